package com.orderdesk.logic.capture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules every channel shares: the price an order line carries, a stated price that differs,
 * the default ship-to, duplicate PO numbers, and the decision between touchless and review.
 */
public final class DraftAssembler {
    private final Map<String, MasterData.Product> products = new HashMap<>();
    private final Map<String, BigDecimal> contractPrices = new HashMap<>();
    private final Map<String, List<MasterData.ShipTo>> shipTos = new HashMap<>();

    public DraftAssembler(MasterData data) {
        data.products().forEach(p -> products.put(p.sku(), p));
        data.prices().forEach(p -> contractPrices.put(p.customerNo() + "\u0000" + p.sku(), p.unitPrice()));
        data.shipTos().forEach(s -> shipTos.computeIfAbsent(s.customerNo(), c -> new ArrayList<>()).add(s));
    }

    public Draft assemble(OrderReading r, PoRegister register) {
        List<Reason> reasons = new ArrayList<>(r.reasons);
        String customer = r.customerNo;
        if (customer == null) {
            reasons.add(0, r.customerProblem != null ? r.customerProblem
                    : Reason.of(Reason.Code.UNKNOWN_CUSTOMER, "the sender is not a known customer"));
        }
        String shipTo = customer == null ? null : shipTo(r, customer, reasons);
        if (customer != null && r.poNumber != null) {
            if (register.isUsed(customer, r.poNumber)) {
                reasons.add(Reason.of(Reason.Code.DUPLICATE_PO,
                        "PO " + r.poNumber + " of " + customer + " was already received"));
            }
            register.use(customer, r.poNumber);
        }
        List<DraftLine> lines = new ArrayList<>();
        int certainLines = 0;
        for (LineReading line : r.lines) {
            reasons.addAll(line.problems());
            BigDecimal price = line.sku() == null ? null : price(customer, line.sku());
            if (price != null && line.statedUnitPrice() != null
                    && line.statedUnitPrice().setScale(2, RoundingMode.HALF_UP).compareTo(price) != 0) {
                reasons.add(Reason.of(Reason.Code.PRICE_MISMATCH, "\"" + line.text().strip() + "\": the customer states "
                        + line.statedUnitPrice().setScale(2, RoundingMode.HALF_UP).toPlainString() + " a unit, ours is "
                        + price.toPlainString()));
            } else if (line.certain()) {
                certainLines++;
            }
            lines.add(new DraftLine(line.sku(), line.quantity(), price, line.text(), line.span()));
        }
        if (lines.isEmpty()) {
            reasons.add(Reason.of(Reason.Code.NO_LINES, "no order lines were found"));
        }
        DraftStatus status = reasons.isEmpty() ? DraftStatus.TOUCHLESS : DraftStatus.REVIEW;
        return new Draft(r.source, r.channel, status, customer, shipTo, r.poNumber, r.requestedDate,
                confidence(status, reasons.size(), certainLines, lines.size()), lines, reasons, r.text, r.spans);
    }

    private String shipTo(OrderReading r, String customer, List<Reason> reasons) {
        List<MasterData.ShipTo> own = shipTos.getOrDefault(customer, List.of());
        switch (r.shipToState) {
            case FOUND:
                if (own.stream().anyMatch(s -> s.code().equals(r.shipToCode))) {
                    return r.shipToCode;
                }
                reasons.add(Reason.of(Reason.Code.SHIP_TO_UNKNOWN, "ship-to " + r.shipToCode + " is not one of " + customer + "'s"));
                return null;
            case UNMATCHED:
                reasons.add(Reason.of(Reason.Code.SHIP_TO_UNKNOWN, "ship-to \"" + r.shipToWords
                        + "\" matches none of " + customer + "'s ship-tos"));
                return null;
            default:
                return own.stream().filter(MasterData.ShipTo::isDefault).map(MasterData.ShipTo::code).findFirst().orElse(null);
        }
    }

    /** The customer's contract price, else the list price; two decimals. */
    public BigDecimal price(String customer, String sku) {
        BigDecimal contract = customer == null ? null : contractPrices.get(customer + "\u0000" + sku);
        MasterData.Product product = products.get(sku);
        BigDecimal price = contract != null ? contract : product == null ? null : product.listPrice();
        return price == null ? null : price.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A touchless draft is certain by construction; a review draft's confidence falls with each
     * reason and rises with the share of lines already right, so a clerk can sort the queue by it.
     */
    private static double confidence(DraftStatus status, int reasons, int certainLines, int lines) {
        if (status == DraftStatus.TOUCHLESS) {
            return 0.99;
        }
        double lineShare = lines == 0 ? 0 : (double) certainLines / lines;
        double value = 0.2 + 0.5 * lineShare - 0.05 * Math.min(reasons, 6);
        return Math.round(Math.max(0.05, Math.min(0.8, value)) * 100) / 100.0;
    }
}
