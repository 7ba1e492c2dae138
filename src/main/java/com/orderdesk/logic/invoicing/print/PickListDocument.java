package com.orderdesk.logic.invoicing.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A pick list for one shipment at one fulfillment node. Lines print in pick-path order: by bin,
 * then SKU; lines without a bin come last.
 *
 * @param nodeCode e.g. "DAL-1"; {@code nodeName} e.g. "Dallas warehouse"
 */
public record PickListDocument(String shipmentNumber, String nodeCode, String nodeName, String orderNumber,
                               String customerName, AddressBlock shipTo, LocalDate shipDate, String carrier,
                               List<Line> lines, LocalDate printedOn) {
    private static final Comparator<Line> PICK_PATH = Comparator
            .comparing((Line l) -> l.bin() == null || l.bin().isBlank())
            .thenComparing(l -> l.bin() == null ? "" : l.bin())
            .thenComparing(Line::sku);

    public PickListDocument {
        Objects.requireNonNull(shipmentNumber, "shipmentNumber");
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(printedOn, "printedOn");
        lines = lines.stream().sorted(PICK_PATH).toList();
        carrier = carrier == null ? "" : carrier;
    }

    /** One SKU to pick; {@code bin} may be null where the node does not track bins. */
    public record Line(int lineNo, String sku, String description, BigDecimal quantity, String unit, String bin) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            unit = unit == null || unit.isBlank() ? "EA" : unit;
        }
    }
}
