package com.orderdesk.logic.simulation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The messages a simulated customer sends: a mail written by a buyer (mostly with the SKUs, now
 * and then with the product's description only, which a clerk has to confirm), an X12 850 from
 * its EDI system, or an order CSV file. The capture engine reads them as it reads any inbox.
 */
public final class OrderMessages {
    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy", Locale.ROOT);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** One line as the customer means it. */
    public record Line(String sku, String description, int quantity) {
    }

    /** The order the customer means; {@code shipTo} is the ship-to code. */
    public record Intended(String customerNo, String poNumber, String shipTo, List<Line> lines) {
        public Intended {
            lines = List.copyOf(lines);
        }
    }

    private OrderMessages() {
    }

    /** A plain-text mail from {@code sender}; {@code byDescription}: the buyer names products by their description. */
    public static byte[] email(Intended o, String sender, String buyerName, LocalDate day, boolean byDescription, Random r) {
        StringBuilder b = new StringBuilder(400);
        b.append("From: ").append(buyerName).append(" <").append(sender).append(">\r\n");
        b.append("To: orders@orderdesk-dist.com\r\n");
        b.append("Subject: PO ").append(o.poNumber()).append("\r\n");
        b.append("Date: ").append(day.format(MAIL_DATE)).append(" 09:").append(String.format("%02d", r.nextInt(60)))
                .append(":00 +0000\r\n");
        b.append("Message-ID: <").append(o.poNumber()).append('.').append(day).append("@sim.example>\r\n");
        b.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        b.append(r.nextBoolean() ? "Hello,\r\n\r\nPlease ship the following:\r\n" : "Pls ship:\r\n");
        for (Line l : o.lines()) {
            if (byDescription) {
                b.append(l.quantity()).append(" x ").append(loosely(l.description(), r)).append("\r\n");
            } else {
                b.append("SKU: ").append(l.sku()).append("  QTY ").append(l.quantity()).append("\r\n");
            }
        }
        b.append("\r\nPO#").append(o.poNumber()).append("\r\n\r\nThanks,\r\n").append(buyerName).append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A description as a buyer types it from memory: lower case, the last word or two left out. */
    static String loosely(String description, Random r) {
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
        int keep = Math.max(1, words.length - 1 - r.nextInt(2));
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }

    /** An X12 850 interchange (version 004010) from the customer's EDI id. */
    public static byte[] edi(Intended o, String ediId, LocalDate day, int control) {
        List<String> segs = new ArrayList<>();
        String ctl = String.format(Locale.ROOT, "%09d", control);
        segs.add(String.join("*", "ISA", "00", "          ", "00", "          ", "ZZ", pad(ediId), "ZZ", pad("ORDERDESK"),
                day.format(YYMMDD), "0930", "U", "00401", ctl, "0", "P", ">"));
        segs.add(String.join("*", "GS", "PO", ediId, "ORDERDESK", day.format(YYYYMMDD), "0930", String.valueOf(control), "X",
                "004010"));
        List<String> set = new ArrayList<>();
        set.add(String.join("*", "ST", "850", "0001"));
        set.add(String.join("*", "BEG", "00", "SA", o.poNumber(), "", day.format(YYYYMMDD)));
        set.add(String.join("*", "N1", "ST", "SHIP TO", "92", o.shipTo()));
        int n = 0;
        for (Line l : o.lines()) {
            set.add(String.join("*", "PO1", String.valueOf(++n), String.valueOf(l.quantity()), "EA", "", "", "VP", l.sku()));
        }
        set.add(String.join("*", "CTT", String.valueOf(o.lines().size())));
        set.add(String.join("*", "SE", String.valueOf(set.size() + 1), "0001"));
        segs.addAll(set);
        segs.add(String.join("*", "GE", "1", String.valueOf(control)));
        segs.add(String.join("*", "IEA", "1", ctl));
        return (String.join("~\n", segs) + "~\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An order file: one row per line, the customer's own ship-to stated. */
    public static byte[] csv(Intended o) {
        StringBuilder b = new StringBuilder("customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price\n");
        for (Line l : o.lines()) {
            b.append(String.join(",", o.customerNo(), o.poNumber(), o.shipTo(), "", l.sku(), String.valueOf(l.quantity()), ""))
                    .append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pad(String id) {
        return String.format(Locale.ROOT, "%-15s", id);
    }
}
