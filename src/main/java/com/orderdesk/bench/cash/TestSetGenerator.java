package com.orderdesk.bench.cash;

import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.logic.cash.matching.Payment;
import com.orderdesk.bench.cash.Expected.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic matching problems with known answers: a book of customers (some with parent
 * companies and known bank accounts) and open invoices, and a day's payments of every kind the
 * desk sees (see {@link Scenario}). The same seed always gives the same set.
 */
public final class TestSetGenerator {
    /** The "today" of every generated set: invoices are dated up to 120 days before it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** Share of payments per scenario, in percent (adds up to 100). */
    private static final int[] WEIGHTS = {43, 10, 5, 2, 4, 4, 2, 10, 6, 3, 2, 3, 3, 3};

    private final Random random;
    private final NameFactory names;
    private final ReferenceStyler styler;
    private final Book book;
    private final List<Payment> payments = new ArrayList<>();
    private final List<Expected> expected = new ArrayList<>();
    private final Set<String> accounts = new HashSet<>();

    private TestSetGenerator(long seed) {
        random = new Random(seed);
        names = new NameFactory(random);
        styler = new ReferenceStyler(random);
        book = new Book(random);
    }

    /** A set of {@code paymentCount} payments against {@code openItemCount} open invoices. */
    public static GeneratedSet generate(int paymentCount, int openItemCount, long seed) {
        TestSetGenerator g = new TestSetGenerator(seed);
        g.book.build(Math.max(10, openItemCount / 20), openItemCount, g.names, g::newAccount);
        for (int i = 0; i < paymentCount; i++) {
            g.addPayment(g.drawScenario());
        }
        return new GeneratedSet(g.book.customers(), g.book.openItems(), List.copyOf(g.payments), List.copyOf(g.expected));
    }

    private Scenario drawScenario() {
        int r = random.nextInt(100);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return Scenario.values()[i];
            }
        }
        return Scenario.SINGLE_REF;
    }

    private void addPayment(Scenario s) {
        boolean made = switch (s) {
            case SINGLE_REF -> singleRef();
            case MULTI_REF -> multiRef();
            case DISCOUNT_IN_TERMS -> discountInTerms();
            case DISCOUNT_LATE -> discountLate();
            case PARTIAL -> partial();
            case SHORT_DEDUCTION -> shortDeduction();
            case OVERPAY -> overpay();
            case SINGLE_NO_REF -> singleNoRef();
            case COMBINED_NO_REF -> combinedNoRef();
            case PARENT_PAYER -> parentPayer();
            case DUPLICATE -> duplicate();
            case UNKNOWN_PAYER -> unknownPayer();
            case ADVANCE -> advance();
            case AMBIGUOUS -> ambiguous();
        };
        if (!made && !singleRef()) {
            throw new IllegalStateException("not enough open invoices for the payments asked for");
        }
    }

    private boolean singleRef() {
        Book.Inv inv = book.takeAny();
        if (inv == null) {
            return false;
        }
        emit(Scenario.SINGLE_REF, inv.customer, inv.open, ref(inv) + styler.noise(), List.of(full(inv)), 0, true);
        return true;
    }

    private boolean multiRef() {
        List<Book.Inv> invs = book.takeSeveral(2 + random.nextInt(4));
        if (invs.isEmpty()) {
            return false;
        }
        boolean withAmounts = random.nextInt(10) < 3;
        StringBuilder text = new StringBuilder();
        long total = 0;
        List<Expected.Row> rows = new ArrayList<>();
        for (Book.Inv inv : invs) {
            if (text.length() > 0) {
                text.append(withAmounts ? "; " : random.nextBoolean() ? ", " : " ");
            }
            text.append(ref(inv));
            if (withAmounts) {
                text.append(' ').append(money(inv.open));
            }
            total += inv.open;
            rows.add(full(inv));
        }
        emit(Scenario.MULTI_REF, invs.get(0).customer, total, text.toString(), rows, 0, true);
        return true;
    }

    private boolean discountInTerms() {
        Book.Inv inv = book.takeDiscountable(true);
        if (inv == null) {
            return false;
        }
        long net = inv.discounted();
        emit(Scenario.DISCOUNT_IN_TERMS, inv.customer, net, ref(inv) + (random.nextBoolean() ? "" : " less " + inv.pct.toPlainString() + "% disc"),
                List.of(row(inv, net, inv.open - net, 0)), 0, true);
        return true;
    }

    private boolean discountLate() {
        Book.Inv inv = book.takeDiscountable(false);
        if (inv == null) {
            return false;
        }
        long net = inv.discounted();
        boolean says = random.nextBoolean();
        emit(Scenario.DISCOUNT_LATE, inv.customer, net, ref(inv) + (says ? " less " + inv.pct.toPlainString() + "% discount" : ""),
                List.of(row(inv, net, 0, says ? inv.open - net : 0)), 0, true);
        return true;
    }

    private boolean partial() {
        Book.Inv inv = book.takeAny();
        if (inv == null) {
            return false;
        }
        long paid = Math.max(1, inv.open * (20 + random.nextInt(61)) / 100);
        emit(Scenario.PARTIAL, inv.customer, paid, ref(inv), List.of(row(inv, paid, 0, 0)), 0, true);
        return true;
    }

    private boolean shortDeduction() {
        Book.Inv inv = book.takeAny();
        if (inv == null || inv.open < 1000) {
            return false;
        }
        long d = Math.max(1, inv.open * (2 + random.nextInt(29)) / 100);
        String note = switch (random.nextInt(4)) {
            case 0 -> " less " + money(d) + " damaged";
            case 1 -> " short paid RC-" + (10 + random.nextInt(30));
            case 2 -> " deduct " + money(d) + " pricing";
            default -> " ded " + money(d) + " shortage";
        };
        emit(Scenario.SHORT_DEDUCTION, inv.customer, inv.open - d, ref(inv) + note,
                List.of(row(inv, inv.open - d, 0, d)), 0, true);
        return true;
    }

    private boolean overpay() {
        Book.Inv inv = book.takeAny();
        if (inv == null) {
            return false;
        }
        long extra = 100 + random.nextInt(20_000);
        emit(Scenario.OVERPAY, inv.customer, inv.open + extra, ref(inv), List.of(full(inv)), extra, true);
        return true;
    }

    private boolean singleNoRef() {
        Book.Inv inv = book.takeAny();
        if (inv == null) {
            return false;
        }
        emit(Scenario.SINGLE_NO_REF, inv.customer, inv.open, noText(), List.of(full(inv)), 0, true);
        return true;
    }

    private boolean combinedNoRef() {
        List<Book.Inv> invs = book.takeSeveral(2 + random.nextInt(3));
        if (invs.isEmpty()) {
            return false;
        }
        long total = invs.stream().mapToLong(i -> i.open).sum();
        emit(Scenario.COMBINED_NO_REF, invs.get(0).customer, total, noText(), invs.stream().map(this::full).toList(), 0, true);
        return true;
    }

    private boolean parentPayer() {
        Book.Cust parent = book.randomParent();
        if (parent == null) {
            return false;
        }
        Book.Cust child = parent.children.get(random.nextInt(parent.children.size()));
        List<Book.Inv> invs = book.takeOf(child, random.nextBoolean() ? 1 : 2);
        if (invs.isEmpty()) {
            return false;
        }
        boolean refs = random.nextInt(10) < 7;
        String text = refs ? String.join(", ", invs.stream().map(this::ref).toList()) : noText();
        long total = invs.stream().mapToLong(i -> i.open).sum();
        emit(Scenario.PARENT_PAYER, parent, total, text, invs.stream().map(this::full).toList(), 0, true);
        return true;
    }

    private boolean duplicate() {
        for (int tries = 0; tries < 20 && !payments.isEmpty(); tries++) {
            int i = random.nextInt(payments.size());
            Scenario s = expected.get(i).scenario();
            if (s == Scenario.SINGLE_REF || s == Scenario.SINGLE_NO_REF || s == Scenario.MULTI_REF) {
                Payment original = payments.get(i);
                String id = nextId();
                payments.add(new Payment(id, original.receivedDate(), original.amount(), original.currency(),
                        original.payerName(), original.payerAccount(), original.reference()));
                expected.add(new Expected(id, Scenario.DUPLICATE, List.of(), original.amount(), true));
                return true;
            }
        }
        return false;
    }

    private boolean unknownPayer() {
        long amount = 1000 + random.nextInt(500_000);
        String text = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "DEPOSIT";
            case 2 -> "Donation";
            default -> "REF " + (10000 + random.nextInt(90000));
        };
        String account = random.nextBoolean() ? "" : newAccount();
        String id = nextId();
        payments.add(new Payment(id, receivedDate(), money(amount), "USD", names.strangerName(), account, text));
        expected.add(new Expected(id, Scenario.UNKNOWN_PAYER, List.of(), money(amount), true));
        return true;
    }

    private boolean advance() {
        Book.Inv any = book.peekAny();
        if (any == null) {
            return false;
        }
        long amount = random.nextBoolean() ? 10_000L * (1 + random.nextInt(50)) : 1000 + random.nextInt(1_000_000);
        String text = List.of("", "ADVANCE", "PREPAYMENT ORDER 5512", "deposit on next order").get(random.nextInt(4));
        emit(Scenario.ADVANCE, any.customer, amount, text, List.of(), amount, true);
        return true;
    }

    private boolean ambiguous() {
        List<Book.Inv> twins = book.takeSeveral(2);
        if (twins.isEmpty()) {
            return false;
        }
        Book.Inv older = twins.get(0);
        Book.Inv other = twins.get(1);
        book.makeTwin(other, older);
        emit(Scenario.AMBIGUOUS, older.customer, older.open, noText(), List.of(full(older)), 0, false);
        return true;
    }

    private void emit(Scenario s, Book.Cust customer, long amount, String reference, List<Expected.Row> rows,
                      long unapplied, boolean decidable) {
        String id = nextId();
        payments.add(new Payment(id, receivedDate(), money(amount), "USD", names.payerVariant(customer.name),
                payerAccount(customer), reference));
        expected.add(new Expected(id, s, rows, money(unapplied), decidable));
    }

    /** 80% the customer's known account, 10% none (a cheque without MICR), 10% an account never seen. */
    private String payerAccount(Book.Cust c) {
        int r = random.nextInt(100);
        if (!c.accounts.isEmpty() && r < 80) {
            return c.accounts.get(random.nextInt(c.accounts.size()));
        }
        return r < 90 ? "" : newAccount();
    }

    private String newAccount() {
        String a;
        do {
            a = String.format("%09d:%010d", random.nextInt(1_000_000_000), (long) (random.nextDouble() * 1e10));
        } while (!accounts.add(a));
        return a;
    }

    private LocalDate receivedDate() {
        return TODAY.minusDays(random.nextInt(3));
    }

    private String noText() {
        return List.of("", "", "", "Payment", "thank you", "ACH CREDIT").get(random.nextInt(6));
    }

    private String ref(Book.Inv inv) {
        ReferenceStyler.Styled s = styler.style(inv.no);
        return s.style() == ReferenceStyler.Style.EMBEDDED ? "Payment for " + s.text() + " thanks" : s.text();
    }

    private String nextId() {
        return String.format("PMT-%06d", payments.size() + 1);
    }

    private Expected.Row full(Book.Inv inv) {
        return row(inv, inv.open, 0, 0);
    }

    private static Expected.Row row(Book.Inv inv, long applied, long discount, long deduction) {
        return new Expected.Row(inv.no, money(applied), money(discount), money(deduction));
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
