package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and amounts of the cases opened in a period, by reason, customer, product or shipping node,
 * so recurring deductions can be traced to where they start. A case's amount is spread over its
 * invoice's products in proportion to each line's net amount (a case counts once for each product
 * it touches); its node is the node its invoice's shipment left from. Cases withdrawn because their
 * payment was reversed are left out (the deduction never stood).
 */
public final class RootCauses {
    public enum Dimension {
        REASON("Reason"), CUSTOMER("Customer"), PRODUCT("Product"), NODE("Shipping node");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the view counts of one case. {@code valid} is the credited part of a resolved case, else null. */
    public record CaseFact(String caseNumber, ClaimReason reason, String customerNumber, String customerName,
                           String nodeCode, String nodeName, Money amount, Money valid, List<ProductShare> products) {
        public CaseFact {
            products = List.copyOf(products);
        }
    }

    /** One invoiced product of a case's invoice and its line's net amount. */
    public record ProductShare(String sku, String description, Money net) {
    }

    /** One row of the view. */
    public record Row(String key, String label, int cases, Money amount, Money valid, Money share) {
    }

    private RootCauses() {
    }

    public static List<Row> by(Dimension dimension, List<CaseFact> facts) {
        Map<String, Acc> rows = new LinkedHashMap<>();
        Money total = Money.ZERO;
        for (CaseFact f : facts) {
            total = total.plus(f.amount());
            switch (dimension) {
                case REASON -> acc(rows, f.reason().name(), f.reason().label()).add(f.amount(), f.valid());
                case CUSTOMER -> acc(rows, f.customerNumber(), f.customerName()).add(f.amount(), f.valid());
                case NODE -> acc(rows, f.nodeCode() == null ? "-" : f.nodeCode(),
                        f.nodeName() == null ? "no shipment on record" : f.nodeName()).add(f.amount(), f.valid());
                case PRODUCT -> spread(rows, f);
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : rows.entrySet()) {
            Acc a = e.getValue();
            Money share = total.isZero() ? Money.ZERO : Money.of(a.amount.amount().multiply(BigDecimal.valueOf(100))
                    .divide(total.amount(), MathContext.DECIMAL64));
            out.add(new Row(e.getKey(), a.label, a.cases, a.amount, a.valid, share));
        }
        out.sort(Comparator.comparing(Row::amount).reversed().thenComparing(Row::key));
        return out;
    }

    private static void spread(Map<String, Acc> rows, CaseFact f) {
        Money base = f.products().stream().map(ProductShare::net).reduce(Money.ZERO, Money::plus);
        if (f.products().isEmpty() || !base.isPositive()) {
            acc(rows, "-", "no invoice lines on record").add(f.amount(), f.valid());
            return;
        }
        // the last product takes the rounding remainder, so the shares add up to the case's amount
        Money givenAmount = Money.ZERO;
        Money givenValid = Money.ZERO;
        Map<String, ProductShare> bySku = new HashMap<>();
        List<ProductShare> merged = new ArrayList<>();
        for (ProductShare p : f.products()) {
            ProductShare prev = bySku.get(p.sku());
            if (prev == null) {
                bySku.put(p.sku(), p);
                merged.add(p);
            } else {
                ProductShare sum = new ProductShare(p.sku(), p.description(), prev.net().plus(p.net()));
                bySku.put(p.sku(), sum);
                merged.set(merged.indexOf(prev), sum);
            }
        }
        for (int i = 0; i < merged.size(); i++) {
            ProductShare p = merged.get(i);
            boolean last = i == merged.size() - 1;
            BigDecimal part = p.net().amount().divide(base.amount(), MathContext.DECIMAL64);
            Money amount = last ? f.amount().minus(givenAmount) : f.amount().times(part);
            Money valid = f.valid() == null ? null : last ? f.valid().minus(givenValid) : f.valid().times(part);
            givenAmount = givenAmount.plus(amount);
            givenValid = valid == null ? givenValid : givenValid.plus(valid);
            acc(rows, p.sku(), p.description()).add(amount, valid);
        }
    }

    private static Acc acc(Map<String, Acc> rows, String key, String label) {
        return rows.computeIfAbsent(key, k -> new Acc(label));
    }

    private static final class Acc {
        final String label;
        int cases;
        Money amount = Money.ZERO;
        Money valid = Money.ZERO;

        Acc(String label) {
            this.label = label;
        }

        void add(Money a, Money v) {
            cases++;
            amount = amount.plus(a);
            if (v != null) {
                valid = valid.plus(v);
            }
        }
    }
}
