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
 * @param service  the carrier service routing chose (e.g. "Overnight"), null when none
 * @param deliveryDate the date the shipment is planned to arrive, null when not dated
 */
public record PickListDocument(String shipmentNumber, String nodeCode, String nodeName, String orderNumber,
                               String customerName, AddressBlock shipTo, LocalDate shipDate, String carrier,
                               List<Line> lines, LocalDate printedOn, String service, LocalDate deliveryDate) {
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

    /** A pick list without a carrier service or delivery date (a rate card without services). */
    public PickListDocument(String shipmentNumber, String nodeCode, String nodeName, String orderNumber,
                            String customerName, AddressBlock shipTo, LocalDate shipDate, String carrier,
                            List<Line> lines, LocalDate printedOn) {
        this(shipmentNumber, nodeCode, nodeName, orderNumber, customerName, shipTo, shipDate, carrier, lines, printedOn,
                null, null);
    }

    /** One SKU to pick; {@code bin} may be null where the node does not track bins. */
    public record Line(int lineNo, String sku, String description, BigDecimal quantity, String unit, String bin) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            unit = unit == null || unit.isBlank() ? "EA" : unit;
        }
    }
}
