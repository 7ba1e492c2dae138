package com.orderdesk.logic.capture.edi;

import com.orderdesk.logic.capture.Channel;
import com.orderdesk.logic.capture.DraftField;
import com.orderdesk.logic.capture.LineReading;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.OrderReading;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.TextSpan;
import com.orderdesk.logic.capture.text.CatalogIndex;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the 850 purchase orders of an X12 interchange (004010 or 005010): the customer from the
 * ISA sender ID, the PO number (BEG03) and its date (BEG05, for the 855), the requested date (DTM*002, else DTM*010), the ship-to
 * (N1*ST by location code, else by address) and the PO1 lines by SKU, part number or GTIN.
 */
public final class X12OrderReader {
    /**
     * The orders (null entries are transaction sets that are not 850s) and what to answer each
     * interchange of the file with (a file may hold several, each from its own sender):
     * {@code interchangeOfOrder} gives, for each order, the index of its interchange in
     * {@code answers}. A file that cannot be read is {@code rejected} with where; its answers are
     * then the interchanges read so far (every set in them rejected), none when not even the first
     * ISA could be read, and the one where the fault is carries an {@link EnvelopeFault} when the
     * fault lies in the interchange's own envelope (answered with a TA1 rather than a 997).
     */
    public record Result(List<OrderReading> orders, List<Answer> answers, List<Integer> interchangeOfOrder,
                         List<Integer> groupOfOrder, String rejected) {
        /** A result with no order placed in a group (a file rejected: none of its orders is answered by an 855). */
        public Result(List<OrderReading> orders, List<Answer> answers, List<Integer> interchangeOfOrder, String rejected) {
            this(orders, answers, interchangeOfOrder, List.of(), rejected);
        }

        /** The file's first interchange, or null when none could be read. */
        public X12Interchange interchange() {
            return answers.isEmpty() ? null : answers.get(0).interchange();
        }

        /** The interchange order {@code index} came in (the one its 855 goes back to). */
        public X12Interchange interchangeOf(int index) {
            return index < interchangeOfOrder.size() ? answers.get(interchangeOfOrder.get(index)).interchange() : interchange();
        }

        /** The functional group order {@code index} came in (its 855 is answered in that group's codes), or null when not known. */
        public X12Interchange.Group groupOf(int index) {
            X12Interchange x = interchangeOf(index);
            return x == null || index >= groupOfOrder.size() || groupOfOrder.get(index) >= x.groups().size() ? null
                    : x.groups().get(groupOfOrder.get(index));
        }

        /**
         * The date the purchaser gave order {@code index} (BEG05), which its 855 repeats in BAK04. BEG05
         * is mandatory in X12's 850, yet when a partner leaves it out (or sends no date there) the
         * date its group was made (GS04) stands in: the PO cannot be younger than the group that
         * carries it. Null when neither reads as a date.
         */
        public LocalDate poDateOf(int index) {
            OrderReading order = index < orders.size() ? orders.get(index) : null;
            if (order != null && order.poDate != null) {
                return order.poDate;
            }
            X12Interchange.Group group = groupOf(index);
            return group == null ? null : X12Elements.dateOrNull(group.date());
        }

        /** The fault of the interchange whose envelope is broken, or null. */
        public EnvelopeFault envelopeFault() {
            return answers.stream().map(Answer::fault).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
    }

    /** One interchange of the file and, when its envelope is broken, the fault its TA1 reports (else it gets a 997). */
    public record Answer(X12Interchange interchange, EnvelopeFault fault) {
    }

    /** The received ISA's date and time (TA102, TA103) and the TA1 note code (TA105). */
    public record EnvelopeFault(String isaDate, String isaTime, String noteCode) {
    }

    private final CatalogIndex index;
    private final Map<String, String> customerByEdiId = new HashMap<>();
    private final Map<String, List<MasterData.ShipTo>> shipTos = new HashMap<>();

    public X12OrderReader(CatalogIndex index, MasterData data) {
        this.index = index;
        data.customers().stream().filter(c -> !c.ediId().isBlank())
                .forEach(c -> customerByEdiId.put(c.ediId().trim().toUpperCase(Locale.ROOT), c.customerNo()));
        data.shipTos().forEach(s -> shipTos.computeIfAbsent(s.customerNo(), c -> new ArrayList<>()).add(s));
    }

    public Result read(String source, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        IsaHeader firstIsa = IsaHeader.at(bytes, firstSegment(bytes), 1);
        if (firstIsa != null && firstIsa.fault() != null) {
            return X12Envelopes.headerRejected(firstIsa); // StAEDI would read nothing of it, or read it wrongly
        }
        List<X12Segment> segments = null;
        try {
            segments = X12SegmentReader.read(bytes);
            Result faultyHeader = laterHeaderFault(segments, bytes);
            if (faultyHeader != null) {
                return faultyHeader;
            }
            List<Answer> answers = new ArrayList<>();
            List<Integer> interchangeOfOrder = new ArrayList<>();
            List<Integer> groupOfOrder = new ArrayList<>();
            X12Interchange.Builder envelope = null;
            List<OrderReading> orders = new ArrayList<>();
            X12Segment isa = segments.get(0);
            String customer = null;
            List<X12Interchange.TransactionSet> sets = null;
            X12Segment gs = null;
            OrderInProgress order = null;
            for (X12Segment s : segments) {
                switch (s.tag()) {
                    case "ISA" -> { // each interchange from its own sender, answered on its own
                        isa = s;
                        envelope = X12Envelopes.from(s);
                        customer = customerByEdiId.get(s.element(6).trim().toUpperCase(Locale.ROOT));
                    }
                    case "IEA" -> answers.add(new Answer(envelope.build(), null));
                    case "GS" -> {
                        gs = s;
                        sets = new ArrayList<>();
                    }
                    case "GE" -> {
                        if (gs != null) {
                            envelope.groups.add(X12Envelopes.group(gs, sets));
                        }
                        gs = null;
                    }
                    case "ST" -> {
                        if (sets != null) {
                            sets.add(new X12Interchange.TransactionSet(s.element(1), s.element(2), List.of()));
                        }
                        order = s.element(1).equals("850")
                                ? new OrderInProgress(new OrderReading(source, Channel.EDI, text), customer, isa.element(6).trim(), isa) : null;
                        if (!s.element(1).equals("850")) {
                            orders.add(null);
                            interchangeOfOrder.add(answers.size());
                            groupOfOrder.add(envelope.groups.size());
                        }
                    }
                    case "SE" -> {
                        if (order != null) {
                            orders.add(order.finish(s));
                            interchangeOfOrder.add(answers.size());
                            groupOfOrder.add(envelope.groups.size()); // the group being read is added at its GE
                        }
                        order = null;
                    }
                    default -> {
                        if (order != null) {
                            order.segment(s);
                        }
                    }
                }
            }
            return new Result(orders, answers, interchangeOfOrder, groupOfOrder, null);
        } catch (X12SegmentReader.Broken e) {
            // a fault in a set's content (the envelope read whole) is answered by a 997, one in the structure may need a TA1
            return segments == null ? X12Envelopes.rejected(e.getMessage(), e, e.readSoFar, e.envelope, bytes, firstIsa)
                    : X12Envelopes.rejected(e.getMessage(), e, segments, false, bytes, firstIsa);
        }
    }

    /** The second and later ISAs of a file, read by position as the first was: the first at fault rejects the file. */
    private static Result laterHeaderFault(List<X12Segment> segments, byte[] bytes) {
        for (int i = 1; i < segments.size(); i++) {
            X12Segment s = segments.get(i);
            IsaHeader isa = s.tag().equals("ISA") ? IsaHeader.at(bytes, s.start(), s.number()) : null;
            if (isa != null && isa.fault() != null) {
                X12SegmentReader.Broken e = new X12SegmentReader.Broken(isa.fault().reason(), segments.subList(0, i + 1), true, "ISA");
                return X12Envelopes.rejected(e.getMessage(), e, e.readSoFar, true, bytes, null);
            }
        }
        return null;
    }

    /** Where the first segment starts: StAEDI skips a byte-order mark and blank lines before it, and so does the header read. */
    private static int firstSegment(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && (Character.isWhitespace(bytes[i]) || (bytes[i] & 0xFF) == 0xEF || (bytes[i] & 0xFF) == 0xBB
                || (bytes[i] & 0xFF) == 0xBF)) {
            i++;
        }
        return i;
    }

    /** One 850 being read, segment by segment. */
    private final class OrderInProgress {
        private final OrderReading r;
        private final String customer;
        private X12Segment shipToN1;
        private final List<X12Segment> shipToAddress = new ArrayList<>();
        private boolean inShipTo;
        private LocalDate shipRequested;
        private TextSpan shipRequestedSpan;

        OrderInProgress(OrderReading r, String customer, String senderId, X12Segment isa) {
            this.r = r;
            this.customer = customer;
            r.customerNo = customer;
            if (customer == null) {
                r.customerProblem = Reason.of(Reason.Code.UNKNOWN_CUSTOMER, "interchange sender " + senderId + " is not a known customer");
            } else {
                r.span(DraftField.CUSTOMER, span(isa));
            }
        }

        void segment(X12Segment s) throws X12SegmentReader.Broken {
            if (!s.tag().equals("N2") && !s.tag().equals("N3") && !s.tag().equals("N4") && !s.tag().equals("PER")
                    && !s.tag().equals("REF")) {
                inShipTo = false;
            }
            switch (s.tag()) {
                case "BEG" -> {
                    r.poNumber = s.element(3).isBlank() ? null : s.element(3).trim();
                    r.poDate = X12Elements.dateOrNull(s.element(5)); // only answered back in the 855: a date that does not read is left to GS04
                    r.span(DraftField.PO_NUMBER, span(s));
                }
                case "DTM" -> {
                    LocalDate date = X12Elements.date(s);
                    if (s.element(1).equals("002")) {
                        r.requestedDate = date;
                        r.span(DraftField.REQUESTED_DATE, span(s));
                    } else if (s.element(1).equals("010")) {
                        shipRequested = date;
                        shipRequestedSpan = span(s);
                    }
                }
                case "N1" -> {
                    inShipTo = s.element(1).equals("ST");
                    if (inShipTo) {
                        shipToN1 = s;
                    }
                }
                case "N2", "N3", "N4" -> {
                    if (inShipTo) {
                        shipToAddress.add(s);
                    }
                }
                case "PO1" -> r.lines.add(line(s));
                default -> {
                }
            }
        }

        OrderReading finish(X12Segment se) {
            if (r.requestedDate == null && shipRequested != null) {
                r.requestedDate = shipRequested;
                r.span(DraftField.REQUESTED_DATE, shipRequestedSpan);
            }
            if (shipToN1 != null && customer != null) {
                shipTo();
            }
            return r;
        }

        private void shipTo() {
            List<MasterData.ShipTo> own = shipTos.getOrDefault(customer, List.of());
            String code = shipToN1.element(4).trim();
            TextSpan span = shipToAddress.isEmpty() ? span(shipToN1)
                    : new TextSpan(shipToN1.start(), shipToAddress.get(shipToAddress.size() - 1).end());
            r.span(DraftField.SHIP_TO, span);
            for (MasterData.ShipTo s : own) {
                if (!code.isEmpty() && s.code().equalsIgnoreCase(code)) {
                    r.shipToState = OrderReading.ShipToState.FOUND;
                    r.shipToCode = s.code();
                    return;
                }
            }
            String street = "";
            String zip = "";
            for (X12Segment a : shipToAddress) {
                if (a.tag().equals("N3")) {
                    street = a.element(1);
                } else if (a.tag().equals("N4")) {
                    zip = a.element(3);
                }
            }
            List<MasterData.ShipTo> byAddress = new ArrayList<>();
            for (MasterData.ShipTo s : own) {
                if (!street.isBlank() && squeeze(s.street()).equals(squeeze(street))
                        && (zip.isBlank() || zip.trim().startsWith(s.zip().trim()))) {
                    byAddress.add(s);
                }
            }
            if (byAddress.size() == 1) {
                r.shipToState = OrderReading.ShipToState.FOUND;
                r.shipToCode = byAddress.get(0).code();
            } else {
                r.shipToState = OrderReading.ShipToState.UNMATCHED;
                r.shipToWords = String.join(" ", List.of(shipToN1.element(2), code, street, zip)).replaceAll("\\s+", " ").trim();
            }
        }

        private LineReading line(X12Segment s) throws X12SegmentReader.Broken {
            BigDecimal quantity = X12Elements.number(s, 2, "quantity");
            String unit = s.element(3).trim().toUpperCase(Locale.ROOT);
            BigDecimal price = s.element(4).isBlank() ? null : X12Elements.number(s, 4, "unit price");
            List<Reason> problems = new ArrayList<>();
            Set<String> skus = new LinkedHashSet<>();
            List<String> unresolved = new ArrayList<>();
            for (int q = 6; q + 1 < s.elements().size(); q += 2) {
                String qualifier = s.element(q).trim();
                String id = s.element(q + 1).trim();
                if (qualifier.isEmpty() || id.isEmpty()) {
                    continue;
                }
                String sku = switch (qualifier) {
                    case "VP", "VN", "VA", "SK" -> index.sku(id);
                    case "BP", "IN", "CB" -> index.partNumber(customer, id);
                    case "UP", "EN", "UK", "UA", "UI" -> index.gtin(id);
                    default -> "";
                };
                if (sku == null) {
                    unresolved.add(qualifier + " " + id);
                } else if (!sku.isEmpty()) {
                    skus.add(sku);
                }
            }
            String text = s.tag() + " " + String.join(" ", s.elements().subList(1, s.elements().size())).trim();
            String sku = skus.size() == 1 ? skus.iterator().next() : null;
            if (skus.size() > 1) {
                problems.add(Reason.of(Reason.Code.AMBIGUOUS_ITEM, s.where() + ": the item codes name different products: " + skus));
            } else if (skus.isEmpty()) {
                problems.add(Reason.of(Reason.Code.UNKNOWN_ITEM, s.where() + ": " + (unresolved.isEmpty() ? "no item code"
                        : String.join(", ", unresolved) + " is not in the catalogue")));
            }
            MasterData.Product product = sku == null ? null : index.product(sku);
            Long units = null;
            BigDecimal perUnit = price;
            if (product != null) {
                boolean cases = unit.equals("CA") || unit.equals("CS");
                boolean ownUnit = unit.equals(product.unit().toUpperCase(Locale.ROOT)) || unit.equals("EA") || unit.equals("PC")
                        || unit.equals("UN");
                BigDecimal factor = cases && !ownUnit ? (product.caseQty() > 1 ? BigDecimal.valueOf(product.caseQty()) : null)
                        : ownUnit ? BigDecimal.ONE : null;
                if (factor == null) {
                    problems.add(Reason.of(Reason.Code.QUANTITY_UNCLEAR, s.where() + ": unit " + unit + " for " + sku
                            + " (sold by " + product.unit() + (product.caseQty() > 1 ? ", " + product.caseQty() + " a case" : "") + ")"));
                } else {
                    BigDecimal total = quantity.multiply(factor);
                    if (total.stripTrailingZeros().scale() > 0) {
                        problems.add(Reason.of(Reason.Code.QUANTITY_UNCLEAR, s.where() + ": " + total.toPlainString() + " is not a whole number of " + product.unit()));
                    } else {
                        units = total.longValueExact();
                    }
                    if (price != null) {
                        perUnit = price.divide(factor, MathContext.DECIMAL64);
                    }
                }
            }
            if (product == null && (unit.equals("EA") || unit.equals("PC") || unit.equals("UN"))
                    && quantity.stripTrailingZeros().scale() <= 0) {
                units = quantity.longValue(); // for the clerk: the count stands even when the item must be found
            }
            return new LineReading(sku, units, perUnit, text, span(s), problems);
        }
    }

    private static TextSpan span(X12Segment s) {
        return new TextSpan(s.start(), Math.max(s.start(), s.end()));
    }

    private static String squeeze(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
