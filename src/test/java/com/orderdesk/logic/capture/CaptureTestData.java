package com.orderdesk.logic.capture;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A small distributor's master data (the same as src/test/resources/capture/master) and helpers to capture one message. */
public final class CaptureTestData {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 7); // a Monday

    private CaptureTestData() {
    }

    public static MasterData master() {
        return new MasterData(
                List.of(new MasterData.Customer("C00042", "Acme Building Supply", List.of("@acmebuild.com", "orders@acme-hq.com"), "ACMEBLD", "214-555-0100"),
                        new MasterData.Customer("C00043", "Brightline Electric", List.of("buyer@brightline.net"), "BRIGHT01", "312-555-0177"),
                        new MasterData.Customer("C00044", "Coastal Plumbing Co", List.of("@coastalplumb.com", "@sharedmail.com"), "", ""),
                        new MasterData.Customer("C00045", "Delta Hardware", List.of("@sharedmail.com", "jo@deltahw.com"), "DELTAHW", "")),
                List.of(new MasterData.ShipTo("C00042", "DAL", "Dallas Warehouse", "1200 Commerce St", "Dallas", "TX", "75201", true),
                        new MasterData.ShipTo("C00042", "HOU", "Houston Store", "88 Westheimer Rd", "Houston", "TX", "77006", false),
                        new MasterData.ShipTo("C00043", "MAIN", "Main Office", "400 Lake Shore Dr", "Chicago", "IL", "60611", true),
                        new MasterData.ShipTo("C00044", "HQ", "Head Office", "9 Harbor Way", "Tampa", "FL", "33602", true),
                        new MasterData.ShipTo("C00045", "DH1", "Delta Hardware", "17 Elm St", "Columbus", "OH", "43215", true)),
                List.of(product("VLV-1001", "Ball Valve, Brass, 3/4 in, Full Port", "EA", 12, "00012345678905", "12.40"),
                        product("VLV-1002", "Ball Valve, Brass, 1 in, Full Port", "EA", 10, "00012345678912", "16.90"),
                        product("VLV-1003", "Ball Valve, Stainless Steel, 3/4 in", "EA", 12, "", "24.10"),
                        product("PIP-2040", "PVC Pipe Schedule 40, 1/2 in x 10 ft", "EA", 1, "", "4.75"),
                        product("GLV-3300", "Nitrile Gloves, Large, Box of 100", "BX", 10, "00098765432109", "9.80"),
                        product("HAM-16OZ", "Claw Hammer, 16 oz, Fiberglass Handle", "EA", 6, "", "18.50"),
                        product("TAP-0750", "Teflon Tape, 3/4 in x 520 in", "RL", 24, "", "1.35")),
                List.of(new MasterData.Price("C00042", "VLV-1001", new BigDecimal("11.95")),
                        new MasterData.Price("C00043", "GLV-3300", new BigDecimal("9.20"))),
                List.of(new MasterData.PartNumber("C00042", "AC-4471", "VLV-1002"),
                        new MasterData.PartNumber("C00043", "BL-GLOVE-L", "GLV-3300")),
                List.of("@orderdesk.example"));
    }

    private static MasterData.Product product(String sku, String description, String unit, int caseQty, String gtin, String price) {
        return new MasterData.Product(sku, description, unit, caseQty, gtin, new BigDecimal(price));
    }

    /** A plain-text mail from {@code from} with this subject and body. */
    public static byte[] mail(String from, String subject, String body) {
        return ("From: " + from + "\r\nTo: orders@orderdesk.example\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Captures one message with a fresh PO register. */
    public static Draft one(String fileName, byte[] bytes) {
        List<Draft> drafts = new CaptureEngine(master()).capture(new InboundMessage(fileName, bytes), TODAY, PoRegister.empty());
        if (drafts.size() != 1) {
            throw new AssertionError("expected one draft, got " + drafts.size());
        }
        return drafts.get(0);
    }
}
