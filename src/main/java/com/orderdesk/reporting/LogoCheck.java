package com.orderdesk.reporting;

import com.orderdesk.logic.company.LogoReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a logo as the documents will print it: a PNG through ImageIO, an SVG through Batik (the
 * library JasperReports draws SVG with). Refuses anything else, images too small or too large to
 * print sensibly, and SVGs that load other files or run scripts (a logo must print the same on
 * every desk, from the book alone). Also draws a logo small for the settings screen's preview.
 */
public final class LogoCheck implements LogoReader {
    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 6000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Override
    public Facts read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("Logo: the file is empty; choose a PNG or SVG image.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("Logo: the file has " + bytes.length / 1024 + " KB; a logo may have at most "
                    + MAX_BYTES / 1024 + " KB.");
        }
        Facts facts = isPng(bytes) ? png(bytes) : looksLikeSvg(bytes) ? svg(bytes) : null;
        if (facts == null) {
            throw new IllegalArgumentException("Logo: the file is neither a PNG nor an SVG image; save the logo in one of"
                    + " those formats.");
        }
        if (Math.min(facts.width(), facts.height()) < MIN_SIDE && facts.type().equals("png")) {
            throw new IllegalArgumentException("Logo: the image is " + facts.width() + " x " + facts.height() + " pixels;"
                    + " it would print blurred. Use one at least " + MIN_SIDE + " pixels on each side (200 or more is best).");
        }
        if (Math.max(facts.width(), facts.height()) > MAX_SIDE) {
            throw new IllegalArgumentException("Logo: the image is " + facts.width() + " x " + facts.height() + "; at most "
                    + MAX_SIDE + " on each side. Save it smaller.");
        }
        return facts;
    }

    /** The logo drawn to fit {@code maxWidth} x {@code maxHeight} pixels (for a preview). */
    public static BufferedImage preview(byte[] bytes, int maxWidth, int maxHeight) {
        if (isPng(bytes)) {
            BufferedImage image = pngImage(bytes);
            double scale = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
            return draw((int) Math.round(image.getWidth() * scale), (int) Math.round(image.getHeight() * scale),
                    g -> g.drawImage(image, AffineTransform.getScaleInstance(scale, scale), null));
        }
        Svg svg = svgNode(bytes);
        double scale = Math.min((double) maxWidth / svg.width(), (double) maxHeight / svg.height());
        return draw(Math.max(1, (int) Math.round(svg.width() * scale)), Math.max(1, (int) Math.round(svg.height() * scale)), g -> {
            g.scale(scale, scale);
            svg.node().paint(g);
        });
    }

    private static BufferedImage draw(int width, int height, java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage out = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return out;
    }

    static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return head.contains("<svg");
    }

    private static Facts png(byte[] bytes) {
        BufferedImage image = pngImage(bytes);
        return new Facts("png", image.getWidth(), image.getHeight());
    }

    private static BufferedImage pngImage(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("Logo: the PNG file cannot be read (it may be damaged); save it again.");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("Logo:")) {
                throw iae;
            }
            throw new IllegalArgumentException("Logo: the PNG file cannot be read (" + e.getMessage() + "); save it again.", e);
        }
    }

    private static Facts svg(byte[] bytes) {
        Svg svg = svgNode(bytes);
        return new Facts("svg", (int) Math.ceil(svg.width()), (int) Math.ceil(svg.height()));
    }

    private record Svg(GraphicsNode node, double width, double height) {
    }

    private static Svg svgNode(byte[] bytes) {
        requireSelfContained(bytes);
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            Document doc = factory.createDocument("file:/company-logo.svg", new ByteArrayInputStream(bytes));
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamicState(BridgeContext.STATIC);
            GraphicsNode node = new GVTBuilder().build(context, doc);
            Dimension2D size = context.getDocumentSize();
            if (node == null || size == null || size.getWidth() <= 0 || size.getHeight() <= 0) {
                throw new IllegalArgumentException("Logo: the SVG has no size; give its svg element a width and height"
                        + " or a viewBox.");
            }
            return new Svg(node, size.getWidth(), size.getHeight());
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("Logo:")) {
                throw iae;
            }
            throw new IllegalArgumentException("Logo: the SVG file cannot be drawn (" + firstLine(e.getMessage()) + ").", e);
        }
    }

    /**
     * Refuses a DTD with entities, scripts, embedded foreign content and references to anything but
     * the file itself or inline data, read with a parser that fetches nothing.
     */
    private static void requireSelfContained(byte[] bytes) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // said in the refusal, not printed on the console
                }
            });
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Logo: the SVG file is not well-formed XML (" + firstLine(e.getMessage()) + ").", e);
        }
        if (doc.getDoctype() != null && doc.getDoctype().getEntities().getLength() > 0) {
            throw new IllegalArgumentException("Logo: the SVG declares entities; save it as plain SVG.");
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName() == null ? root.getNodeName() : root.getLocalName())) {
            throw new IllegalArgumentException("Logo: the file's outer element is <" + root.getNodeName() + ">, not <svg>.");
        }
        check(root);
    }

    private static void check(Element e) {
        String name = (e.getLocalName() == null ? e.getNodeName() : e.getLocalName()).toLowerCase(Locale.ROOT);
        if (name.equals("script") || name.equals("foreignobject")) {
            throw new IllegalArgumentException("Logo: the SVG contains <" + name + ">; a logo must be drawing only.");
        }
        if (name.equals("style") && refersOutside(e.getTextContent())) {
            throw new IllegalArgumentException("Logo: the SVG's style sheet refers to another file; it must hold everything"
                    + " it draws.");
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String attr = (a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getNodeValue().strip();
            if (attr.equals("href") && !value.startsWith("#") && !value.startsWith("data:")) {
                throw new IllegalArgumentException("Logo: the SVG refers to " + value + "; it must hold everything it"
                        + " draws (embed images, do not link them).");
            }
            if (attr.startsWith("on")) {
                throw new IllegalArgumentException("Logo: the SVG has a script attribute (" + a.getNodeName() + ").");
            }
            if (refersOutside(value)) {
                throw new IllegalArgumentException("Logo: the SVG refers to another file in " + a.getNodeName()
                        + "; it must hold everything it draws.");
            }
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                check(child);
            }
        }
    }

    /** A url(...) to anything but a part of the same file, or an @import. */
    private static boolean refersOutside(String css) {
        String text = css == null ? "" : css.toLowerCase(Locale.ROOT);
        if (text.contains("@import")) {
            return true;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]*)").matcher(text);
        while (m.find()) {
            if (!m.group(1).startsWith("#") && !m.group(1).startsWith("data:")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse(message);
    }
}
