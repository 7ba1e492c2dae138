package com.orderdesk.bench.kpi;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.SettlementKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, plausible set of ledgers from a seed, for timing the KPI engine: customers with their
 * own paying habits (some early with a discount, most around terms, a tail late), partial
 * payments, deductions, credit memos and write-offs, invoices still open at the as-of date, and
 * orders over four channels with touched, split and imperfect ones. Not a simulation of the desk:
 * the ledgers only have to look like a book's to the engine (sizes, date spreads, group sizes).
 */
public final class KpiLedgerGenerator {
    /** Days of history before the as-of date. */
    static final int HISTORY_DAYS = 730;

    private final Random random;
    private final LocalDate asOf;
    /** One LocalDate per day, shared: a million invoices need not carry a million date objects. */
    private final LocalDate[] dayCache;
    private final List<Ledgers.Settlement> settlements = new ArrayList<>();
    private final List<Ledgers.Payment> payments = new ArrayList<>();

    private KpiLedgerGenerator(long seed, LocalDate asOf) {
        this.random = new Random(seed);
        this.asOf = asOf;
        this.dayCache = new LocalDate[HISTORY_DAYS + 400];
        for (int k = 0; k < dayCache.length; k++) {
            dayCache[k] = asOf.minusDays(HISTORY_DAYS).plusDays(k);
        }
    }

    /** Ledgers of {@code invoices} invoices and {@code orders} orders for {@code customers} customers, ending on {@code asOf}. */
    public static Ledgers generate(int customers, int invoices, int orders, long seed, LocalDate asOf) {
        KpiLedgerGenerator g = new KpiLedgerGenerator(seed, asOf);
        String[] customerNos = new String[customers];
        int[] lateness = new int[customers];
        for (int c = 0; c < customers; c++) {
            customerNos[c] = String.format("C%06d", c + 1);
            // Most customers pay around terms; one in five habitually 2-8 weeks late.
            lateness[c] = g.random.nextInt(5) == 0 ? 14 + g.random.nextInt(42) : g.random.nextInt(11) - 4;
        }
        List<Ledgers.Invoice> invoiceList = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            int c = g.random.nextInt(customers);
            invoiceList.add(g.invoice(String.format("INV-%07d", i + 1), customerNos[c], lateness[c]));
        }
        List<Ledgers.Order> orderList = new ArrayList<>(orders);
        for (int o = 0; o < orders; o++) {
            orderList.add(g.order(String.format("SO-%07d", o + 1), customerNos[g.random.nextInt(customers)]));
        }
        return new Ledgers(invoiceList, g.settlements, g.payments, orderList);
    }

    private LocalDate day(int offsetFromAsOf) {
        return dayCache[HISTORY_DAYS + offsetFromAsOf];
    }

    private Ledgers.Invoice invoice(String no, String customerNo, int lateness) {
        int issued = -random.nextInt(HISTORY_DAYS);
        int roll = random.nextInt(100);
        int terms = roll < 70 ? 30 : roll < 85 ? 45 : roll < 95 ? 60 : 10;
        long cents = Math.max(500, Math.round(Math.exp(10 + 1.2 * random.nextGaussian())));
        Ledgers.Invoice invoice = new Ledgers.Invoice(no, customerNo, day(issued), day(issued + terms), BigDecimal.valueOf(cents, 2));
        settle(invoice, issued, terms, lateness, cents);
        return invoice;
    }

    /** The invoice's settlements and the payments behind its cash, as far as they happened by the as-of date. */
    private void settle(Ledgers.Invoice invoice, int issued, int terms, int lateness, long cents) {
        int roll = random.nextInt(100);
        if (roll < 10 && issued + 10 <= 0) { // paid within the discount days, 2 % off
            long discount = Math.round(cents * 0.02);
            int paid = issued + 1 + random.nextInt(10);
            cash(invoice, paid, cents - discount);
            settlements.add(new Ledgers.Settlement(invoice.invoiceNo(), day(paid), BigDecimal.valueOf(discount, 2), SettlementKind.DISCOUNT));
            return;
        }
        int paid = issued + terms + lateness + (int) Math.round(random.nextGaussian() * 6);
        paid = Math.max(paid, issued);
        if (roll < 13) { // never pays: written off after 120 days past due, if that has come
            int writeOff = issued + terms + 120;
            if (writeOff <= 0) {
                settlements.add(new Ledgers.Settlement(invoice.invoiceNo(), day(writeOff), invoice.amount(), SettlementKind.WRITE_OFF));
            }
            return;
        }
        if (paid > 0) {
            return; // not paid yet at the as-of date
        }
        if (roll < 18) { // pays short, keeping a deduction
            long deduction = Math.max(1, cents / 20);
            cash(invoice, paid, cents - deduction);
            settlements.add(new Ledgers.Settlement(invoice.invoiceNo(), day(paid), BigDecimal.valueOf(deduction, 2), SettlementKind.DEDUCTION));
        } else if (roll < 22) { // a credit memo first, then the rest
            long credit = Math.max(1, cents / 4);
            int credited = Math.max(issued, paid - 5);
            settlements.add(new Ledgers.Settlement(invoice.invoiceNo(), day(credited), BigDecimal.valueOf(credit, 2), SettlementKind.CREDIT_MEMO));
            cash(invoice, paid, cents - credit);
        } else if (roll < 28) { // two instalments
            int first = Math.max(issued, paid - 15);
            cash(invoice, first, cents / 2);
            cash(invoice, paid, cents - cents / 2);
        } else {
            cash(invoice, paid, cents);
        }
    }

    private void cash(Ledgers.Invoice invoice, int day, long cents) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        settlements.add(new Ledgers.Settlement(invoice.invoiceNo(), day(day), amount, SettlementKind.CASH));
        payments.add(new Ledgers.Payment("PAY-" + (payments.size() + 1), day(day), amount, random.nextInt(100) < 86));
    }

    private Ledgers.Order order(String no, String customerNo) {
        int entered = -random.nextInt(HISTORY_DAYS);
        int roll = random.nextInt(100);
        OrderChannel channel = roll < 35 ? OrderChannel.PHONE : roll < 60 ? OrderChannel.EMAIL : roll < 90 ? OrderChannel.EDI : OrderChannel.FILE;
        int touchedPercent = switch (channel) {
            case PHONE -> 40;
            case EMAIL -> 25;
            case EDI -> 5;
            case FILE -> 12;
        };
        boolean touched = random.nextInt(100) < touchedPercent;
        int shippedOn = entered + random.nextInt(6) + (random.nextInt(20) == 0 ? 10 : 0);
        if (shippedOn > 0 || random.nextInt(100) < 2) { // not shipped yet, or cancelled
            return new Ledgers.Order(no, customerNo, channel, day(entered), touched, null, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    false, false, false, false);
        }
        int splitRoll = random.nextInt(100);
        int shipments = splitRoll < 80 ? 1 : splitRoll < 95 ? 2 : 3;
        BigDecimal shipping = BigDecimal.valueOf(600 + random.nextInt(4000) * (long) shipments, 2);
        BigDecimal handling = BigDecimal.valueOf(200 + random.nextInt(300), 2);
        return new Ledgers.Order(no, customerNo, channel, day(entered), touched, day(shippedOn), shipments, shipping, handling,
                random.nextInt(100) < 96, random.nextInt(100) < 94, random.nextInt(100) < 99, random.nextInt(100) < 98);
    }
}
