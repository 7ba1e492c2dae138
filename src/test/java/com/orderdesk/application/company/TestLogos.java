package com.orderdesk.application.company;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Logo files for the tests: a PNG drawn here (a red ring with a word in it, easy to see on a page) and small SVGs. */
public final class TestLogos {
    private TestLogos() {
    }

    /** A {@code width} x {@code height} PNG: red ring, the word in dark blue. */
    public static byte[] png(int width, int height, String word) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xC62828));
        g.setStroke(new BasicStroke(Math.max(2, height / 12f)));
        int inset = Math.max(2, height / 10);
        g.drawOval(inset, inset, height - 2 * inset, height - 2 * inset);
        g.fillOval(height / 3, height / 3, height / 3, height / 3);
        g.setColor(new Color(0x0D2C6C));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, height / 2)));
        g.drawString(word, height + inset, height * 2 / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] svg(String body) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"240\" height=\"60\" viewBox=\"0 0 240 60\">" + body + "</svg>").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] greenSvg() {
        return svg("<rect x=\"2\" y=\"2\" width=\"56\" height=\"56\" rx=\"8\" fill=\"#2e7d32\"/>"
                + "<text x=\"70\" y=\"40\" font-family=\"sans-serif\" font-size=\"28\" fill=\"#1b5e20\">Green</text>");
    }
}
