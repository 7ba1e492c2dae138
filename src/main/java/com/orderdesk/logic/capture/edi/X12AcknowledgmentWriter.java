package com.orderdesk.logic.capture.edi;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Writes X12 acknowledgments with StAEDI: a 997 functional acknowledgment for an interchange read,
 * and an 855 purchase order acknowledgment for an order saved. Each goes back to the sender in its
 * own interchange, in the version it came in, with the control numbers the caller assigns (the
 * inbox keeps the counters, so numbers never repeat).
 */
public final class X12AcknowledgmentWriter {
    /** What became of one ordered line: IA accepted, IC changed, IB backordered, IR rejected. */
    public record AckLine(String lineNumber, BigDecimal orderedQuantity, String unit, BigDecimal unitPrice, String sku,
                          String status, BigDecimal acknowledgedQuantity, LocalDate shipDate) {
    }

    /** The 855's content: the PO acknowledged and each line's outcome. */
    public record OrderAck(String poNumber, LocalDate poDate, List<AckLine> lines) {
    }

    private static final DateTimeFormatter DATE8 = DateTimeFormatter.BASIC_ISO_DATE;
    private final String ourQualifier;
    private final String ourId;

    public X12AcknowledgmentWriter(String ourQualifier, String ourId) {
        this.ourQualifier = ourQualifier;
        this.ourId = ourId;
    }

    /** A 997 for every group and transaction set of {@code read}, its groups numbered from {@code groupControl} on. */
    public String functionalAck(X12Interchange read, int interchangeControl, int groupControl, LocalDateTime now) {
        int[] next = {groupControl};
        return functionalAck(read, interchangeControl, () -> next[0]++, now);
    }

    /**
     * A 997 for every group and transaction set of {@code read}: accepted when read without fault.
     * X12's 997 (note 1/010) exchanges the application sender's and receiver's codes of the group
     * acknowledged (our GS02 is its GS03, our GS03 its GS02), so one acknowledgment group answers
     * only the groups of one pair of codes: groups of different codes get a group each, its
     * number from {@code groupControls}.
     */
    public String functionalAck(X12Interchange read, int interchangeControl, IntSupplier groupControls, LocalDateTime now) {
        Map<List<String>, List<X12Interchange.Group>> byCodes = new LinkedHashMap<>();
        for (X12Interchange.Group g : read.groups()) {
            byCodes.computeIfAbsent(List.of(g.receiverCode().trim(), g.senderCode().trim()), k -> new ArrayList<>()).add(g);
        }
        if (byCodes.isEmpty()) {
            byCodes.put(List.of("", ""), List.of()); // an interchange with no group read: an empty FA group, as before
        }
        List<GroupOut> groups = new ArrayList<>();
        byCodes.forEach((codes, acknowledged) -> groups.add(new GroupOut("FA", codes.get(0), codes.get(1), groupControls.getAsInt(),
                w -> acknowledge(w, acknowledged))));
        return envelope(read, interchangeControl, now, groups);
    }

    private static int acknowledge(EDIStreamWriter w, List<X12Interchange.Group> groups) throws EDIStreamException {
        int set = 0;
        for (X12Interchange.Group g : groups) {
            int count = 0;
            set++;
            String st = String.format(Locale.ROOT, "%04d", set);
            segment(w, "ST", "997", st);
            count++;
            segment(w, "AK1", g.functionalId(), g.controlNumber());
            count++;
            int accepted = 0;
            for (X12Interchange.TransactionSet t : g.sets()) {
                segment(w, "AK2", t.type(), t.controlNumber());
                segment(w, "AK5", t.errors().isEmpty() ? "A" : "R");
                count += 2;
                accepted += t.errors().isEmpty() ? 1 : 0;
            }
            String status = accepted == g.sets().size() ? "A" : accepted == 0 ? "R" : "P";
            segment(w, "AK9", status, String.valueOf(g.sets().size()), String.valueOf(g.sets().size()), String.valueOf(accepted));
            count++;
            segment(w, "SE", String.valueOf(count + 1), st);
        }
        return set;
    }

    /**
     * A TA1 interchange acknowledgment rejecting {@code read} (its envelope could not be read): the
     * received control number, date and time, R, and the note code; no functional group.
     */
    public String interchangeAck(X12Interchange read, X12OrderReader.EnvelopeFault fault, int interchangeControl, LocalDateTime now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean v5010 = read.version().startsWith("005");
        try {
            EDIOutputFactory factory = EDIOutputFactory.newFactory();
            factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
            EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name());
            w.startInterchange();
            String isaControl = String.format(Locale.ROOT, "%09d", interchangeControl);
            isa(w, read, isaControl, now, v5010);
            segment(w, "TA1", read.controlNumber(), fault.isaDate(), fault.isaTime(), "R", fault.noteCode());
            segment(w, "IEA", "0", isaControl);
            w.endInterchange();
            w.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the acknowledgment: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private void isa(EDIStreamWriter w, X12Interchange read, String isaControl, LocalDateTime now, boolean v5010)
            throws EDIStreamException {
        segment(w, "ISA", "00", "          ", "00", "          ", ourQualifier, pad(ourId),
                read.senderQualifier(), pad(read.senderId()), now.format(DateTimeFormatter.ofPattern("yyMMdd")),
                now.format(DateTimeFormatter.ofPattern("HHmm")), v5010 ? "^" : "U", v5010 ? "00501" : "00401", isaControl,
                "0", "P", ">");
    }

    /**
     * An 855 for one saved order, in a group of its own (functional ID PR), addressed as a 997 is:
     * to the application sender's code of {@code po}, the group the order came in, from its
     * receiver's code (a file may carry POs of several buying offices, each a group of its own codes).
     * When that group is not known, the interchange's first PO group stands in.
     */
    public String orderAck(X12Interchange read, X12Interchange.Group po, OrderAck ack, int interchangeControl, int groupControl,
                           LocalDateTime now) {
        if (po == null) {
            po = read.groups().stream().filter(g -> g.functionalId().equals("PO")).findFirst()
                    .orElse(read.groups().isEmpty() ? null : read.groups().get(0));
        }
        String from = po == null ? "" : po.receiverCode().trim();
        String to = po == null ? "" : po.senderCode().trim();
        return envelope(read, interchangeControl, now, List.of(new GroupOut("PR", from, to, groupControl, w -> {
            int count = 0;
            segment(w, "ST", "855", "0001");
            count++;
            boolean changed = ack.lines().stream().anyMatch(l -> !l.status().equals("IA"));
            segment(w, "BAK", "00", changed ? "AC" : "AD", ack.poNumber(), ack.poDate().format(DATE8));
            count++;
            for (AckLine l : ack.lines()) {
                segment(w, "PO1", l.lineNumber(), plain(l.orderedQuantity()), l.unit(), l.unitPrice() == null ? "" : plain(l.unitPrice()),
                        "", "VP", l.sku());
                segment(w, "ACK", l.status(), plain(l.acknowledgedQuantity()), l.unit(), l.shipDate() == null ? "" : "068",
                        l.shipDate() == null ? "" : l.shipDate().format(DATE8));
                count += 2;
            }
            segment(w, "CTT", String.valueOf(ack.lines().size()));
            count++;
            segment(w, "SE", String.valueOf(count + 1), "0001");
            return 1;
        })));
    }

    private interface Body {
        /** Writes the group's transaction sets and says how many. */
        int write(EDIStreamWriter w) throws EDIStreamException;
    }

    /** One functional group to write: GS02 {@code senderCode} (else our ID), GS03 {@code receiverCode} (else the ISA sender). */
    private record GroupOut(String functionalId, String senderCode, String receiverCode, int control, Body body) {
    }

    private String envelope(X12Interchange read, int interchangeControl, LocalDateTime now, List<GroupOut> groups) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean v5010 = read.version().startsWith("005");
        try {
            EDIOutputFactory factory = EDIOutputFactory.newFactory();
            factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
            EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name());
            w.startInterchange();
            String isaControl = String.format(Locale.ROOT, "%09d", interchangeControl);
            isa(w, read, isaControl, now, v5010);
            String version = v5010 ? "005010" : "004010";
            for (GroupOut g : groups) {
                segment(w, "GS", g.functionalId(), g.senderCode().isEmpty() ? ourId : g.senderCode(),
                        g.receiverCode().isEmpty() ? read.senderId() : g.receiverCode(), now.format(DATE8),
                        now.format(DateTimeFormatter.ofPattern("HHmm")), String.valueOf(g.control()), "X", version);
                int sets = g.body().write(w);
                segment(w, "GE", String.valueOf(sets), String.valueOf(g.control()));
            }
            segment(w, "IEA", String.valueOf(groups.size()), isaControl);
            w.endInterchange();
            w.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the acknowledgment: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        w.writeStartSegment(tag);
        List<String> values = new ArrayList<>(List.of(elements));
        while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1); // trailing empty elements are left off, as X12 wants
        }
        for (String v : values) {
            if (v.isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(v);
            }
        }
        w.writeEndSegment();
    }

    private static String pad(String id) {
        return String.format(Locale.ROOT, "%-15s", id);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0).toPlainString() : n.stripTrailingZeros().toPlainString();
    }
}
