package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's definitions written out the slow, obvious way (loops over the records, BigDecimal
 * all along), to check the indexed engine against on random ledgers. Same decisions as the
 * engine (kpi.md, "Decisions"), reached independently: no timeline, no prefix sums, no events.
 */
final class KpiReference {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Ledgers ledgers;
    private final Map<String, List<Ledgers.Settlement>> settlementsByInvoice = new java.util.HashMap<>();

    KpiReference(Ledgers ledgers) {
        this.ledgers = ledgers;
        for (Ledgers.Settlement s : ledgers.settlements()) {
            settlementsByInvoice.computeIfAbsent(s.invoiceNo(), k -> new ArrayList<>()).add(s);
        }
    }

    /** The day a settlement counts from: not before its invoice's date. */
    private static LocalDate effective(Ledgers.Settlement s, Ledgers.Invoice invoice) {
        return s.date().isBefore(invoice.invoiceDate()) ? invoice.invoiceDate() : s.date();
    }

    BigDecimal openAt(Ledgers.Invoice invoice, LocalDate d) {
        BigDecimal open = invoice.amount();
        for (Ledgers.Settlement s : settlementsByInvoice.getOrDefault(invoice.invoiceNo(), List.of())) {
            if (!effective(s, invoice).isAfter(d)) {
                open = open.subtract(s.amount());
            }
        }
        return open;
    }

    BigDecimal ar(LocalDate d, AgingBucket bucket) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Ledgers.Invoice invoice : ledgers.invoices()) {
            if (!invoice.invoiceDate().isAfter(d)
                    && (bucket == null || AgingBucket.of(ChronoUnit.DAYS.between(invoice.dueDate(), d)) == bucket)) {
                total = total.add(openAt(invoice, d));
            }
        }
        return total;
    }

    BigDecimal sales(LocalDate a, LocalDate b) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Ledgers.Invoice invoice : ledgers.invoices()) {
            if (!invoice.invoiceDate().isBefore(a) && !invoice.invoiceDate().isAfter(b)) {
                total = total.add(invoice.amount());
            }
        }
        return total;
    }

    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int scale) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    BigDecimal countback(LocalDate d) {
        BigDecimal r = ar(d, null);
        if (r.signum() <= 0) {
            return new BigDecimal("0.0");
        }
        BigDecimal n = BigDecimal.ZERO;
        for (int k = 0; k < 12; k++) {
            BigDecimal s = sales(d.minusDays(30L * k + 29), d.minusDays(30L * k));
            if (r.compareTo(s) > 0) {
                n = n.add(BigDecimal.valueOf(30));
                r = r.subtract(s);
            } else {
                return n.add(BigDecimal.valueOf(30).multiply(r).divide(s, 30, RoundingMode.HALF_UP)).setScale(1, RoundingMode.HALF_UP);
            }
        }
        return new BigDecimal("360.0");
    }

    /** Days to pay of one invoice in the period, or null: the day its open amount last reached zero, if still there at the end. */
    Integer daysToPay(Ledgers.Invoice invoice, Period period) {
        BigDecimal before = invoice.amount(); // owed "the day before it was issued" only if issued for more than zero
        LocalDate paid = null;
        for (LocalDate day = invoice.invoiceDate(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            BigDecimal open = openAt(invoice, day);
            if (before.signum() > 0 && open.signum() <= 0) {
                paid = day;
            } else if (open.signum() > 0) {
                paid = null;
            }
            before = open;
        }
        return paid != null && period.contains(paid) ? (int) ChronoUnit.DAYS.between(invoice.invoiceDate(), paid) : null;
    }

    private static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        BigDecimal twice = sorted.size() % 2 == 1 ? BigDecimal.valueOf(2L * sorted.get(m))
                : BigDecimal.valueOf((long) sorted.get(m - 1) + sorted.get(m));
        return twice.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    KpiFigures figures(Period period) {
        LocalDate d = period.last();
        BigDecimal p = BigDecimal.valueOf(period.days());
        BigDecimal ar = ar(d, null);
        BigDecimal current = ar(d, AgingBucket.CURRENT);
        BigDecimal s = sales(period.first(), d);
        BigDecimal opening = ar(period.first().minusDays(1), null);
        BigDecimal dso = divide(ar.multiply(p), s, 1);
        BigDecimal best = divide(current.multiply(p), s, 1);
        BigDecimal cei = divide(HUNDRED.multiply(opening.add(s).subtract(ar)), opening.add(s).subtract(current), 2);

        Map<OrderChannel, BigDecimal> byChannel = new EnumMap<>(OrderChannel.class);
        long entered = 0;
        long touched = 0;
        for (OrderChannel channel : OrderChannel.values()) {
            long channelEntered = 0;
            long channelTouched = 0;
            for (Ledgers.Order o : ledgers.orders()) {
                if (o.channel() == channel && period.contains(o.enteredDate())) {
                    channelEntered++;
                    channelTouched += o.touched() ? 1 : 0;
                }
            }
            byChannel.put(channel, rate(channelEntered - channelTouched, channelEntered));
            entered += channelEntered;
            touched += channelTouched;
        }
        long received = ledgers.payments().stream().filter(x -> period.contains(x.receivedDate())).count();
        long auto = ledgers.payments().stream().filter(x -> period.contains(x.receivedDate()) && x.auto()).count();
        List<Ledgers.Order> shipped = ledgers.orders().stream().filter(o -> o.shipped() && period.contains(o.shippedDate())).toList();
        long split = shipped.stream().filter(o -> o.shipments() >= 2).count();
        long perfect = shipped.stream().filter(Ledgers.Order::perfect).count();
        BigDecimal cost = shipped.stream().map(o -> o.shippingCost().add(o.handlingCost())).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<Integer> shipDays = shipped.stream().map(o -> (int) ChronoUnit.DAYS.between(o.enteredDate(), o.shippedDate())).toList();
        List<Integer> payDays = new ArrayList<>();
        for (Ledgers.Invoice invoice : ledgers.invoices()) {
            Integer days = daysToPay(invoice, period);
            if (days != null) {
                payDays.add(days);
            }
        }
        Aging aging = new Aging(current, ar(d, AgingBucket.DAYS_1_30), ar(d, AgingBucket.DAYS_31_60),
                ar(d, AgingBucket.DAYS_61_90), ar(d, AgingBucket.OVER_90));
        Basis basis = new Basis(s, opening, entered, touched, received, auto, shipped.size(), split, perfect, cost, payDays.size());
        return new KpiFigures(period, ar, current, aging, dso, best, dso == null ? null : dso.subtract(best), countback(d), cei,
                rate(entered - touched, entered), byChannel, rate(auto, received), rate(split, shipped.size()),
                divide(cost, BigDecimal.valueOf(shipped.size()), 2), rate(perfect, shipped.size()), median(shipDays),
                median(payDays), basis);
    }
}
