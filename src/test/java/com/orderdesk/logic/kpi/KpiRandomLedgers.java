package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random ledgers full of the awkward cases: settlements before their invoice or after the
 * as-of date, reversals, overpayments, zero and negative invoices, invoices after the as-of date,
 * several settlements on one day, unshipped orders and orders shipped after the as-of date.
 */
final class KpiRandomLedgers {
    private KpiRandomLedgers() {
    }

    static Ledgers generate(Random random, LocalDate asOf) {
        List<Ledgers.Invoice> invoices = new ArrayList<>();
        List<Ledgers.Settlement> settlements = new ArrayList<>();
        int invoiceCount = random.nextInt(40);
        for (int i = 0; i < invoiceCount; i++) {
            LocalDate issued = asOf.minusDays(random.nextInt(220) - 10);
            long cents = random.nextInt(20) == 0 ? -random.nextInt(5000) : random.nextInt(200_000);
            Ledgers.Invoice invoice = new Ledgers.Invoice("I" + i, "C" + random.nextInt(5), issued,
                    issued.plusDays(random.nextInt(70) - 5), BigDecimal.valueOf(cents, 2));
            invoices.add(invoice);
            int parts = random.nextInt(4);
            long open = cents;
            for (int s = 0; s < parts; s++) {
                LocalDate day = issued.plusDays(random.nextInt(120) - 8);
                long amount = switch (random.nextInt(5)) {
                    case 0 -> open; // settles what is left
                    case 1 -> -Math.abs(cents) / 2; // a reversal
                    case 2 -> open + 1000; // overpays
                    default -> random.nextInt(100_000);
                };
                open -= amount;
                settlements.add(new Ledgers.Settlement(invoice.invoiceNo(), day, BigDecimal.valueOf(amount, 2),
                        SettlementKind.values()[random.nextInt(SettlementKind.values().length)]));
            }
        }
        List<Ledgers.Payment> payments = new ArrayList<>();
        int paymentCount = random.nextInt(30);
        for (int p = 0; p < paymentCount; p++) {
            payments.add(new Ledgers.Payment("P" + p, asOf.minusDays(random.nextInt(130) - 5),
                    BigDecimal.valueOf(random.nextInt(100_000), 2), random.nextBoolean()));
        }
        List<Ledgers.Order> orders = new ArrayList<>();
        int orderCount = random.nextInt(40);
        for (int o = 0; o < orderCount; o++) {
            LocalDate entered = asOf.minusDays(random.nextInt(130) - 3);
            boolean shipped = random.nextInt(4) > 0;
            orders.add(new Ledgers.Order("O" + o, "C" + random.nextInt(5),
                    OrderChannel.values()[random.nextInt(OrderChannel.values().length)], entered, random.nextInt(3) == 0,
                    shipped ? entered.plusDays(random.nextInt(20)) : null, shipped ? 1 + random.nextInt(3) : 0,
                    BigDecimal.valueOf(random.nextInt(5000), 2), BigDecimal.valueOf(random.nextInt(700), 2),
                    random.nextInt(8) > 0, random.nextInt(8) > 0, random.nextInt(8) > 0, random.nextInt(8) > 0));
        }
        return new Ledgers(invoices, settlements, payments, orders);
    }
}
