package com.orderdesk.logic.capture.file;

import com.orderdesk.logic.capture.Channel;
import com.orderdesk.logic.capture.DraftField;
import com.orderdesk.logic.capture.LineReading;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.OrderReading;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.TextSpan;
import com.orderdesk.logic.capture.text.CatalogIndex;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an order file: {@code customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price},
 * one row per line, consecutive rows with the same customer and PO forming one order. A value
 * that is not what its column says rejects the file with its line and column: the file was made
 * by a program, and a program that writes "1O" for a quantity may have written anything else.
 */
public final class OrderCsvReader {
    public static final List<String> COLUMNS = List.of("customer_no", "po_number", "ship_to", "requested_date", "sku",
            "quantity", "unit_price");

    public record Result(List<OrderReading> orders, String rejected) {
    }

    private final CatalogIndex index;
    private final Set<String> customers = new HashSet<>();

    public OrderCsvReader(CatalogIndex index, MasterData data) {
        this.index = index;
        data.customers().forEach(c -> customers.add(c.customerNo()));
    }

    public Result read(String source, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), "line 1: not UTF-8 text");
        }
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        List<OrderReading> orders = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(bom)))) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (header == null || !header.containsKey(COLUMNS.get(i))) {
                    return new Result(List.of(), "line 1, column " + (i + 1) + ": the header lacks " + COLUMNS.get(i)
                            + " (expected " + String.join(",", COLUMNS) + ")");
                }
            }
            OrderReading current = null;
            String key = null;
            for (CSVRecord rec : parser) {
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                long line = lineOf(text, (int) rec.getCharacterPosition() + bom);
                if (rec.size() != header.size()) {
                    return new Result(List.of(), "line " + line + ": " + rec.size() + " fields, the header has " + header.size());
                }
                String customer = rec.get("customer_no").trim();
                String po = rec.get("po_number").trim();
                if (current == null || !(customer + "\u0000" + po).equals(key)) {
                    current = new OrderReading(source, Channel.FILE, text);
                    key = customer + "\u0000" + po;
                    start(current, rec, customer, po, line, header);
                    orders.add(current);
                }
                current.lines.add(line(rec, line, header, bom, text));
            }
            return new Result(orders, null);
        } catch (Rejected e) {
            return new Result(List.of(), e.getMessage());
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            return new Result(List.of(), "malformed CSV: " + e.getMessage());
        }
    }

    private static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }

    private void start(OrderReading r, CSVRecord rec, String customer, String po, long line, Map<String, Integer> header) {
        if (customers.contains(customer)) {
            r.customerNo = customer;
        } else {
            r.customerProblem = Reason.of(Reason.Code.UNKNOWN_CUSTOMER, "line " + line + ": customer " + customer + " is not known");
        }
        r.poNumber = po.isEmpty() ? null : po;
        String shipTo = rec.get("ship_to").trim();
        if (!shipTo.isEmpty()) {
            r.shipToState = OrderReading.ShipToState.FOUND;
            r.shipToCode = shipTo;
            r.shipToWords = shipTo;
        }
        String date = rec.get("requested_date").trim();
        if (!date.isEmpty()) {
            try {
                r.requestedDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new Rejected("line " + line + ", column " + (header.get("requested_date") + 1) + ": requested_date \""
                        + date + "\" is not YYYY-MM-DD");
            }
        }
        // The first row of the order: where its customer, PO, ship-to and date were read.
        int at = (int) rec.getCharacterPosition() + (r.text.startsWith("\uFEFF") ? 1 : 0);
        int end = r.text.indexOf('\n', at);
        TextSpan row = new TextSpan(at, end < 0 ? r.text.length() : end);
        r.span(DraftField.CUSTOMER, row);
        if (r.poNumber != null) {
            r.span(DraftField.PO_NUMBER, row);
        }
    }

    private LineReading line(CSVRecord rec, long line, Map<String, Integer> header, int bom, String text) {
        String sku = rec.get("sku").trim();
        String quantity = rec.get("quantity").trim();
        String price = rec.get("unit_price").trim();
        if (!quantity.matches("\\d{1,9}")) {
            throw new Rejected("line " + line + ", column " + (header.get("quantity") + 1) + ": quantity \"" + quantity
                    + "\" is not a whole number");
        }
        BigDecimal stated = null;
        if (!price.isEmpty()) {
            if (!price.matches("\\d+(\\.\\d+)?")) {
                throw new Rejected("line " + line + ", column " + (header.get("unit_price") + 1) + ": unit_price \"" + price
                        + "\" is not a number");
            }
            stated = new BigDecimal(price);
        }
        List<Reason> problems = new ArrayList<>();
        String ours = index.sku(sku);
        if (ours == null) {
            problems.add(Reason.of(Reason.Code.UNKNOWN_ITEM, "line " + line + ": " + sku + " is not in the catalogue"));
        }
        int start = (int) rec.getCharacterPosition() + bom;
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        String rowText = text.substring(start, end).strip();
        return new LineReading(ours, Long.parseLong(quantity), stated, rowText, new TextSpan(start, start + rowText.length()), problems);
    }

    private static long lineOf(String text, int position) {
        long line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
