package com.orderdesk.gui.company;

import com.orderdesk.gui.common.AllowedToUseAwt;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.reporting.LogoCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** The logo drawn as the invoices print it (PNG or SVG, through the report renderer's own reader), for the form's preview. */
@AllowedToUseAwt("the logo is drawn by the same AWT/SVG code that prints it on invoices, then shown as a JavaFX image")
final class LogoPreview {
    static final int WIDTH = 320;
    static final int HEIGHT = 96;

    private LogoPreview() {
    }

    /** The image for {@code bytes}; may run off the FX thread. */
    static Image of(byte[] bytes) {
        return SwingFXUtils.toFXImage(LogoCheck.preview(bytes, WIDTH, HEIGHT), null);
    }

    /** Order Desk's own logo, printed when the book keeps none. */
    static byte[] defaultLogo() {
        try (InputStream in = LogoPreview.class.getResourceAsStream(CompanyProfile.DEFAULT_LOGO)) {
            if (in == null) {
                throw new IllegalStateException("Order Desk's logo " + CompanyProfile.DEFAULT_LOGO + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
