package com.orderdesk.logic.capture.text;

import com.orderdesk.logic.capture.DraftField;
import com.orderdesk.logic.capture.LineReading;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.OrderReading;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an order written by a person: the PO number, the requested date, the ship-to and the lines,
 * from the parts of a decoded message that belong to the order (quoted mail and signatures are
 * left out by the caller). Every value keeps the place it came from.
 */
public final class FreeTextOrderReader {
    /** A part of the decoded text to read: {@code header} parts (a subject) give PO and date but no lines. */
    public record Region(int start, int end, boolean header) {
    }

    private static final Pattern ORDER_CUE = Pattern.compile(
            "(?i)\\b(please (ship|send|supply|deliver|process|enter|book|fill)|we (would like to|want to|need to|'d like to) order"
                    + "|(purchase )?order|p\\.?o\\.?\\b|ship to|deliver to|we need|need the following|send us|pls send|kindly send"
                    + "|please add|can you ship|could you ship|place an order|ordering)\\b");
    private static final Pattern QUESTION_CUE = Pattern.compile(
            "(?i)(\\bdo you (have|stock|carry)|\\bis there|\\bhow much|\\bwhat is the price|\\bprice (for|of|on)\\b|\\bquote\\b|\\bquotation"
                    + "|\\bavailability|\\bin stock\\?|\\blead time|\\bcan you tell|\\bwondering|\\bbefore we order|\\bthinking about ordering)");

    private final CatalogIndex index;
    private final ItemLineReader lineReader;
    private final Map<String, List<MasterData.ShipTo>> shipTos = new HashMap<>();
    private final Map<String, Set<String>> ignorableByCustomer = new HashMap<>();

    public FreeTextOrderReader(CatalogIndex index, MasterData data) {
        this.index = index;
        this.lineReader = new ItemLineReader(index);
        data.shipTos().forEach(s -> shipTos.computeIfAbsent(s.customerNo(), c -> new ArrayList<>()).add(s));
        for (MasterData.Customer c : data.customers()) {
            Set<String> words = new HashSet<>(Words.of(c.name()));
            for (MasterData.ShipTo s : shipTos.getOrDefault(c.customerNo(), List.of())) {
                words.addAll(Words.of(s.name() + " " + s.city() + " " + s.street()));
            }
            words.removeIf(index.descriptions()::knows);
            ignorableByCustomer.put(c.customerNo(), words);
        }
    }

    /** Whether the text reads like an order and whether it reads like a question (a quote request, a stock check). */
    public record Intent(boolean orderCue, boolean questionCue) {
    }

    public Intent read(OrderReading r, List<Region> regions, LocalDate today) {
        String text = r.text;
        char[] premasked = text.toCharArray();
        String customer = r.customerNo;
        readDate(r, regions, today, premasked);
        readPo(r, regions, premasked);
        List<MasterData.ShipTo> own = customer == null ? List.of() : shipTos.getOrDefault(customer, List.of());
        Set<Integer> shipToLines = readShipTo(r, regions, own);
        Set<String> ignorable = customer == null ? Set.of() : ignorableByCustomer.getOrDefault(customer, Set.of());
        String masked = new String(premasked);
        boolean orderCue = false;
        boolean questionCue = false;
        for (Region region : regions) {
            String part = text.substring(region.start(), region.end());
            orderCue |= ORDER_CUE.matcher(part).find();
            questionCue |= QUESTION_CUE.matcher(part).find();
            if (!region.header()) {
                readLines(r, region, masked, customer, ignorable, shipToLines);
            }
        }
        return new Intent(orderCue, questionCue);
    }

    private void readLines(OrderReading r, Region region, String masked, String customer, Set<String> ignorable,
                           Set<Integer> skip) {
        String text = r.text;
        TableLayout table = null;
        int lineStart = region.start();
        while (lineStart < region.end()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > region.end() ? region.end() : lineEnd;
            String line = text.substring(lineStart, lineEnd).replace('\r', ' ');
            String pre = masked.substring(lineStart, lineEnd).replace('\r', ' ');
            TableLayout header = TableLayout.header(line);
            if (header != null) {
                table = header;
            } else if (!line.isBlank() && !skip.contains(lineStart)) {
                List<TableLayout.Cell> cells = table == null ? null : table.row(line);
                if (cells != null) {
                    LineReading row = lineReader.readRow(line, pre, lineStart, customer, ignorable, table, cells);
                    if (row != null) {
                        r.lines.add(row);
                    }
                } else {
                    table = null;
                    r.lines.addAll(lineReader.read(line, pre, lineStart, customer, ignorable));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private void readDate(OrderReading r, List<Region> regions, LocalDate today, char[] premasked) {
        Set<LocalDate> requested = new LinkedHashSet<>();
        DateReader.DateMention chosen = null;
        for (Region region : regions) {
            for (DateReader.DateMention d : DateReader.find(r.text.substring(region.start(), region.end()), today)) {
                Masks.fill(premasked, region.start() + d.start(), region.start() + d.end());
                if (d.requested()) {
                    requested.add(d.date());
                    if (chosen == null) {
                        chosen = new DateReader.DateMention(d.date(), region.start() + d.start(), region.start() + d.end(),
                                true, d.doubt());
                    }
                }
            }
        }
        if (chosen == null) {
            return;
        }
        r.requestedDate = chosen.date();
        r.span(DraftField.REQUESTED_DATE, new TextSpan(chosen.start(), chosen.end()));
        String words = r.text.substring(chosen.start(), chosen.end());
        if (requested.size() > 1) {
            r.reasons.add(Reason.of(Reason.Code.OTHER, "several requested dates: " + requested));
        } else if (chosen.doubt() != null) {
            r.reasons.add(Reason.of(Reason.Code.OTHER, chosen.doubt()));
        } else if (chosen.date().isBefore(today)) {
            r.reasons.add(Reason.of(Reason.Code.OTHER, "requested date \"" + words + "\" (" + chosen.date() + ") is in the past"));
        }
    }

    private void readPo(OrderReading r, List<Region> regions, char[] premasked) {
        Set<String> values = new LinkedHashSet<>();
        for (Region region : regions) {
            for (PoNumberReader.PoMention po : PoNumberReader.find(r.text, region.start(), region.end())) {
                Masks.fill(premasked, po.start(), po.end());
                if (values.add(po.value().toUpperCase(java.util.Locale.ROOT)) && r.poNumber == null) {
                    r.poNumber = po.value();
                    r.span(DraftField.PO_NUMBER, new TextSpan(po.start(), po.end()));
                }
            }
        }
        if (values.size() > 1) {
            r.reasons.add(Reason.of(Reason.Code.OTHER, "several PO numbers: " + String.join(", ", values)));
        }
    }

    /** Returns the starts of the lines that belong to a ship-to block, which hold no order lines. */
    private Set<Integer> readShipTo(OrderReading r, List<Region> regions, List<MasterData.ShipTo> own) {
        Set<Integer> lines = new HashSet<>();
        for (Region region : regions) {
            if (region.header()) {
                continue;
            }
            List<int[]> blocks = new ArrayList<>();
            ShipToReader.ShipToMention m = ShipToReader.find(r.text, region.start(), region.end(), own, blocks);
            if (m == null) {
                m = ShipToReader.anywhere(r.text, region.start(), region.end(), own);
            }
            if (m == null) {
                continue;
            }
            for (int[] block : blocks) {
                int at = r.text.lastIndexOf('\n', block[0] - 1) + 1;
                while (at < block[1]) {
                    lines.add(at);
                    int next = r.text.indexOf('\n', at);
                    at = next < 0 ? block[1] : next + 1;
                }
            }
            if (r.shipToState == OrderReading.ShipToState.NOT_STATED) {
                r.span(DraftField.SHIP_TO, new TextSpan(m.start(), m.end()));
                r.shipToWords = m.words();
                if (m.code() != null) {
                    r.shipToState = OrderReading.ShipToState.FOUND;
                    r.shipToCode = m.code();
                } else {
                    r.shipToState = OrderReading.ShipToState.UNMATCHED;
                }
            }
        }
        return lines;
    }
}
