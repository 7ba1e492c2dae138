package com.orderdesk.application.capture;

import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.capture.edi.InterchangeAdmission;
import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter;
import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter.AckLine;
import com.orderdesk.logic.capture.edi.X12Interchange;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.OrderLineDraft;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The X12 acknowledgments the inbox sends: a 997 for every interchange read (every set rejected, AK9
 * R, when the file cannot be read), a TA1 when the interchange's own envelope is broken, and an
 * 855 for every EDI order saved. The control numbers are taken from the book's counters inside the caller's
 * unit of work (so they never repeat, whichever desk sends); the text is written to the outbox
 * only after that unit commits, by {@link Pending#send}.
 */
final class EdiAcks {
    /** The desk's interchange ID and its qualifier (company settings; the administrator sets them). */
    static final String OUR_ID_SETTING = com.orderdesk.logic.company.CompanySettings.EDI_ID;
    static final String OUR_QUALIFIER_SETTING = com.orderdesk.logic.company.CompanySettings.EDI_QUALIFIER;
    /** What the desk answers from while no ID is set (it then takes interchanges addressed to any receiver). */
    static final String DEFAULT_OUR_ID = "ORDERDESK";
    static final String DEFAULT_QUALIFIER = "ZZ";

    /** An acknowledgment made in a unit of work, to be written once it committed. */
    record Pending(String fileName, String content) {
        void send(AckOutbox outbox, java.nio.file.Path folder) {
            outbox.send(folder, fileName, content);
        }
    }

    private final InboxRepository repo;
    private final Clock clock;

    EdiAcks(InboxRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /** The desk's own interchange ID as set (blank when none is; see {@link InterchangeAdmission#admit}). */
    InterchangeAdmission.OwnId ownId() {
        return new InterchangeAdmission.OwnId(repo.setting(OUR_QUALIFIER_SETTING), repo.setting(OUR_ID_SETTING));
    }

    private X12AcknowledgmentWriter writer() {
        InterchangeAdmission.OwnId ours = ownId();
        return new X12AcknowledgmentWriter(ours.qualifier().isEmpty() ? DEFAULT_QUALIFIER : ours.qualifier(),
                ours.isSet() ? ours.id() : DEFAULT_OUR_ID);
    }

    /** The 997 for an interchange read (call inside a write). */
    Pending functional(X12Interchange read) {
        int isa = repo.nextControlNumber("X12_ISA");
        String text = writer().functionalAck(read, isa, () -> repo.nextControlNumber("X12_GS"), LocalDateTime.now(clock));
        return new Pending(String.format("997-%s-%09d.x12", safe(read.senderId()), isa), text);
    }

    /** The TA1 for an interchange whose envelope could not be read (call inside a write). */
    Pending interchange(X12Interchange read, com.orderdesk.logic.capture.edi.X12OrderReader.EnvelopeFault fault) {
        int isa = repo.nextControlNumber("X12_ISA");
        String text = writer().interchangeAck(read, fault, isa, LocalDateTime.now(clock));
        return new Pending(String.format("TA1-%s-%09d.x12", safe(read.senderId()), isa), text);
    }

    /**
     * The 855 for an EDI order saved (call inside the save's write), in the context of the group the
     * PO came in ({@code group}), BAK04 the PO's own date ({@code poDate}; today when the 850 gave
     * none the reader could find): each line the customer sent,
     * accepted as sent (IA), changed in quantity or price (IC), backordered (IB) or left out of
     * the order (IR), from what was saved and allocated.
     */
    Pending orderAck(X12Interchange read, X12Interchange.Group group, LocalDate poDate, Draft sent, LoadedOrder saved,
                     Map<String, Integer> backordered) {
        Map<String, OrderLineDraft> savedBySku = new HashMap<>();
        Map<String, BigDecimal> priceBySku = new HashMap<>();
        for (int i = 0; i < saved.draft().lines().size(); i++) {
            OrderLineDraft l = saved.draft().lines().get(i);
            savedBySku.put(l.sku(), l);
            LineQuote q = saved.lineQuotes().get(i);
            priceBySku.put(l.sku(), q.unitPrice() == null ? null : q.unitPrice().amount());
        }
        Map<String, String> units = repo.units(sent.lines().stream().map(DraftLine::sku).filter(Objects::nonNull).toList());
        List<AckLine> lines = new ArrayList<>();
        for (int i = 0; i < sent.lines().size(); i++) {
            DraftLine l = sent.lines().get(i);
            BigDecimal ordered = BigDecimal.valueOf(l.quantity() == null ? 0 : l.quantity());
            String unit = units.getOrDefault(l.sku(), "EA");
            OrderLineDraft kept = l.sku() == null ? null : savedBySku.get(l.sku());
            String no = String.valueOf(i + 1);
            if (kept == null) {
                lines.add(new AckLine(no, ordered, unit, l.unitPrice(), l.sku() == null ? "" : l.sku(), "IR", BigDecimal.ZERO, null));
                continue;
            }
            BigDecimal price = priceBySku.get(l.sku());
            BigDecimal qty = BigDecimal.valueOf(kept.quantity());
            String status;
            if (backordered.getOrDefault(l.sku(), 0) > 0) {
                status = "IB";
            } else if (qty.compareTo(ordered) != 0 || (l.unitPrice() != null && price != null && l.unitPrice().compareTo(price) != 0)) {
                status = "IC";
            } else {
                status = "IA";
            }
            lines.add(new AckLine(no, ordered, unit, price, l.sku(), status, qty, null));
        }
        int isa = repo.nextControlNumber("X12_ISA");
        int gs = repo.nextControlNumber("X12_GS");
        X12AcknowledgmentWriter.OrderAck ack = new X12AcknowledgmentWriter.OrderAck(poNumber(sent, saved),
                poDate == null ? LocalDate.now(clock) : poDate, lines);
        String text = writer().orderAck(read, group, ack, isa, gs, LocalDateTime.now(clock));
        return new Pending(String.format("855-%s-%09d.x12", safe(poNumber(sent, saved)), isa), text);
    }

    private static String poNumber(Draft sent, LoadedOrder saved) {
        String typed = saved.draft().customerPo();
        return typed == null || typed.isBlank() ? sent.poNumber() : typed;
    }

    private static String safe(String s) {
        return s == null || s.isBlank() ? "unknown" : s.strip().replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
