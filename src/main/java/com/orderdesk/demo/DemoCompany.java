package com.orderdesk.demo;

import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.logic.invoicing.print.LogoImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The demo company's own logo stored in the book (as an administrator would through the company
 * settings), so the demo's invoices print it; name, addresses and terms come with the schema.
 */
final class DemoCompany {
    /** Northwind Supply's logo, drawn for the demo (see assets/README.md). */
    static final String LOGO = "/assets/branding/northwind-logo.png";

    private DemoCompany() {
    }

    static void write(Connection c) throws SQLException {
        byte[] png = logo();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM company_logo");
             PreparedStatement ins = c.prepareStatement("INSERT INTO company_logo (id, image_type, image) VALUES (1, 'png', ?)")) {
            del.executeUpdate();
            ins.setBytes(1, png);
            ins.executeUpdate();
        }
        Map<String, String> keys = Map.of(CompanySettings.LOGO_SHA256, LogoImage.sha256(png), CompanySettings.LOGO_TYPE, "png",
                CompanySettings.LOGO_BYTES, String.valueOf(png.length));
        try (PreparedStatement del = c.prepareStatement("DELETE FROM company_setting WHERE setting_key = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO company_setting (setting_key, setting_value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : keys.entrySet()) {
                del.setString(1, e.getKey());
                del.executeUpdate();
                ins.setString(1, e.getKey());
                ins.setString(2, e.getValue());
                ins.executeUpdate();
            }
        }
    }

    private static byte[] logo() {
        try (InputStream in = DemoCompany.class.getResourceAsStream(LOGO)) {
            if (in == null) {
                throw new IllegalStateException("The demo logo " + LOGO + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
