package com.orderdesk.logic.capture;

import com.orderdesk.logic.capture.edi.X12OrderReader;
import com.orderdesk.logic.capture.email.EmailOrderReader;
import com.orderdesk.logic.capture.email.SenderDirectory;
import com.orderdesk.logic.capture.file.OrderCsvReader;
import com.orderdesk.logic.capture.text.CatalogIndex;
import com.orderdesk.logic.capture.text.FreeTextOrderReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one inbound message into drafts (src/site/markdown/contracts/capture.md): email ({@code .eml}), X12 850
 * ({@code .edi}, {@code .x12}, {@code .850}) and order files ({@code .csv}). Built once from the
 * master data and then used for any number of messages; deterministic for the same inputs. The
 * {@link PoRegister} carries the PO numbers already used across calls (a run, or the book).
 */
public final class CaptureEngine {
    private final EmailOrderReader email;
    private final X12OrderReader edi;
    private final OrderCsvReader csv;
    private final DraftAssembler assembler;

    public CaptureEngine(MasterData data) {
        CatalogIndex index = new CatalogIndex(data);
        this.email = new EmailOrderReader(new SenderDirectory(data), new FreeTextOrderReader(index, data));
        this.edi = new X12OrderReader(index, data);
        this.csv = new OrderCsvReader(index, data);
        this.assembler = new DraftAssembler(data);
    }

    /** The drafts of one message, in the order they appear in it; {@code usedPoNumbers} learns this message's POs. */
    public List<Draft> capture(InboundMessage message, LocalDate today, PoRegister usedPoNumbers) {
        String name = message.fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".eml")) {
            EmailOrderReader.Result r = email.read(name, message.bytes(), today);
            if (r.rejected() != null) {
                return List.of(rejected(name, Channel.EMAIL, Reason.Code.MALFORMED, r.rejected(), message));
            }
            if (r.notAnOrder() != null) {
                return List.of(notAnOrder(name, Channel.EMAIL, r.notAnOrder(), message));
            }
            return List.of(assembler.assemble(r.reading(), usedPoNumbers));
        }
        if (lower.endsWith(".edi") || lower.endsWith(".x12") || lower.endsWith(".850")) {
            X12OrderReader.Result r = edi.read(name, message.bytes());
            if (r.rejected() != null) {
                return List.of(rejected(name, Channel.EDI, Reason.Code.MALFORMED, r.rejected(), message));
            }
            return numbered(name, Channel.EDI, r.orders(), usedPoNumbers, message);
        }
        if (lower.endsWith(".csv")) {
            OrderCsvReader.Result r = csv.read(name, message.bytes());
            if (r.rejected() != null) {
                return List.of(rejected(name, Channel.FILE, Reason.Code.MALFORMED, r.rejected(), message));
            }
            return numbered(name, Channel.FILE, r.orders(), usedPoNumbers, message);
        }
        return List.of(rejected(name, Channel.FILE, Reason.Code.UNSUPPORTED,
                "not an order format the engine reads (.eml, .edi, .x12, .850, .csv)", message));
    }

    /** The 997-ready envelope of an X12 file, or null when it cannot be read (for the inbox's acknowledgments). */
    public X12OrderReader.Result readInterchange(InboundMessage message) {
        return edi.read(message.fileName(), message.bytes());
    }

    private List<Draft> numbered(String name, Channel channel, List<OrderReading> orders, PoRegister register, InboundMessage m) {
        if (orders.isEmpty()) {
            return List.of(notAnOrder(name, channel, "no purchase order in it", m));
        }
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            String source = orders.size() > 1 ? name + "#" + (i + 1) : name;
            OrderReading r = orders.get(i);
            if (r == null) {
                out.add(notAnOrder(source, channel, "a transaction set that is not an 850 purchase order", m));
                continue;
            }
            OrderReading renamed = rename(r, source);
            out.add(assembler.assemble(renamed, register));
        }
        return out;
    }

    private static OrderReading rename(OrderReading r, String source) {
        if (r.source.equals(source)) {
            return r;
        }
        OrderReading copy = new OrderReading(source, r.channel, r.text);
        copy.customerNo = r.customerNo;
        copy.customerProblem = r.customerProblem;
        copy.shipToState = r.shipToState;
        copy.shipToCode = r.shipToCode;
        copy.shipToWords = r.shipToWords;
        copy.poNumber = r.poNumber;
        copy.poDate = r.poDate;
        copy.requestedDate = r.requestedDate;
        copy.lines.addAll(r.lines);
        copy.reasons.addAll(r.reasons);
        copy.spans.putAll(r.spans);
        return copy;
    }

    private static Draft notAnOrder(String source, Channel channel, String why, InboundMessage m) {
        return new Draft(source, channel, DraftStatus.NOT_AN_ORDER, null, null, null, null, 0.9, List.of(),
                List.of(Reason.of(Reason.Code.OTHER, why)), text(m), Map.of());
    }

    private static Draft rejected(String source, Channel channel, Reason.Code code, String why, InboundMessage m) {
        return new Draft(source, channel, DraftStatus.REJECTED, null, null, null, null, 0.0, List.of(),
                List.of(Reason.of(code, why)), text(m), Map.of());
    }

    private static String text(InboundMessage m) {
        return new String(m.bytes(), StandardCharsets.ISO_8859_1);
    }
}
