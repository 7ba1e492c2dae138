package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Proposes how incoming payments apply to open invoices (see src/site/markdown/contracts/match.md).
 *
 * <p>One call to {@link #matchAll} is one run: payments see what earlier payments of the same run
 * already consumed, so two payments never settle the same invoice beyond its open amount.
 * Payments whose remittance names an existing invoice number are matched first (in input order),
 * then the rest (in input order): a reference is stronger evidence than an amount, so a payment
 * matched on its amount alone must not take an invoice that another payment names. And only AUTO
 * answers are kept in a first pass; suggestions are made in a second pass over what is left.
 *
 * <p>The answer keeps the spec's invariants: every payment has at least one row; its rows'
 * applied amounts add up to its amount; an application never exceeds the invoice's open amount;
 * only the payer's invoices (or its children's) are used; money is exact to the cent.
 */
public final class MatchingEngine {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final List<Customer> customers;
    private final List<OpenItem> openItems;

    public MatchingEngine(List<Customer> customers, List<OpenItem> openItems) {
        this.customers = List.copyOf(customers);
        this.openItems = List.copyOf(openItems);
    }

    /** Matches the payments in one run; the rows come in the payments' order. */
    public List<Application> matchAll(List<Payment> payments) {
        return matchAll(payments, done -> { }, () -> false);
    }

    /**
     * The same run, telling {@code progress} the share done (0 to 1) and stopping with a
     * {@link CancellationException} once {@code cancelled} says so: a whole day's file is matched
     * in one run (so references win over amounts across all of it), and a person can still stop it.
     */
    public List<Application> matchAll(List<Payment> payments, DoubleConsumer progress, BooleanSupplier cancelled) {
        CustomerDirectory directory = new CustomerDirectory(customers);
        OpenBook book = new OpenBook(openItems, directory);
        RemittanceParser parser = new RemittanceParser(book.prefixes());
        PaymentMatcher matcher = new PaymentMatcher(directory, book);

        int n = payments.size();
        Remittance[] remittances = new Remittance[n];
        List<Integer> order = new ArrayList<>();
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remittances[i] = parser.parse(payments.get(i).reference());
            (namesAnInvoice(remittances[i], book) ? order : later).add(i);
        }
        order.addAll(later);
        // Pass 1 posts only what is safe; pass 2 proposes the rest against what is left, so a
        // mere suggestion never takes an invoice away from a payment that matches it for sure.
        Memo memo = new Memo(n, book, matcher);
        Proposal[] proposals = new Proposal[n];
        List<Integer> pending = new ArrayList<>();
        int step = 0;
        for (int i : order) {
            tick(++step, n, 0.0, 0.6, progress, cancelled);
            Proposal proposal = memo.match(i, payments.get(i), remittances[i]);
            if (proposal.auto()) {
                commit(book, payments.get(i), proposal);
                proposals[i] = proposal;
            } else {
                pending.add(i);
            }
        }
        // A payment left pending may have become safe once later AUTO answers took invoices it
        // competed with: one more AUTO-only round over what is pending.
        List<Integer> stillPending = new ArrayList<>();
        step = 0;
        for (int i : pending) {
            tick(++step, pending.size(), 0.6, 0.8, progress, cancelled);
            Proposal proposal = memo.match(i, payments.get(i), remittances[i]);
            if (proposal.auto()) {
                commit(book, payments.get(i), proposal);
                proposals[i] = proposal;
            } else {
                stillPending.add(i);
            }
        }
        step = 0;
        for (int i : stillPending) {
            tick(++step, stillPending.size(), 0.8, 1.0, progress, cancelled);
            Proposal proposal = memo.match(i, payments.get(i), remittances[i]);
            // Suggestions committed before this one may have removed the alternatives that kept
            // it from being AUTO: an answer that only became unique that way is a suggestion.
            proposals[i] = proposal.auto() ? proposal.asSuggestion("other invoices held by suggestions") : proposal;
            commit(book, payments.get(i), proposals[i]);
        }
        List<Application> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            toRows(payments.get(i), proposals[i], book, rows);
        }
        return rows;
    }

    /**
     * A payment's last answer, kept with a stamp of the invoices it looked at (its payer's group):
     * passes 2 and 3 ask again about every payment still pending, and most of those are the
     * costly ones (amount-only searches over large customers) whose invoices nothing touched in
     * between. The same question on the same invoices gets the same answer, so it is reused.
     */
    private static final class Memo {
        private final OpenBook book;
        private final PaymentMatcher matcher;
        private final Proposal[] last;
        private final List<List<Integer>> groups;
        private final long[] stamps;

        Memo(int n, OpenBook book, PaymentMatcher matcher) {
            this.book = book;
            this.matcher = matcher;
            last = new Proposal[n];
            groups = new ArrayList<>(java.util.Collections.nCopies(n, null));
            stamps = new long[n];
        }

        Proposal match(int i, Payment p, Remittance r) {
            List<Integer> group = groups.get(i);
            if (last[i] != null && (group == null || book.stateOf(group) == stamps[i])) {
                return last[i];
            }
            last[i] = matcher.match(p, r);
            group = matcher.lastGroup();
            groups.set(i, group);
            stamps[i] = group == null ? 0 : book.stateOf(group);
            return last[i];
        }
    }

    /** Every 256 payments: the share done within the pass's slice of the bar, and a look at Cancel. */
    private static void tick(int step, int of, double from, double to, DoubleConsumer progress, BooleanSupplier cancelled) {
        if ((step & 255) == 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.accept(from + (to - from) * step / of);
        }
    }

    private static boolean namesAnInvoice(Remittance r, OpenBook book) {
        return r.refs().stream().anyMatch(ref -> !book.byCore(ref.core()).isEmpty());
    }

    private static void commit(OpenBook book, Payment p, Proposal proposal) {
        for (Proposal.Allocation a : proposal.allocations()) {
            book.consume(a.invoice(), a.settles(), p.paymentId());
        }
    }

    private static void toRows(Payment p, Proposal proposal, OpenBook book, List<Application> rows) {
        ApplicationStatus status = proposal.auto() ? ApplicationStatus.AUTO : ApplicationStatus.SUGGESTED;
        double confidence = Math.max(0, Math.min(1, proposal.confidence()));
        for (Proposal.Allocation a : proposal.allocations()) {
            rows.add(new Application(p.paymentId(), book.item(a.invoice()).invoiceNo(), Cents.toMoney(a.applied()),
                    Cents.toMoney(a.discount()), Cents.toMoney(a.deduction()), status, confidence, proposal.reason()));
        }
        if (proposal.unapplied() != 0 || proposal.allocations().isEmpty()) {
            rows.add(new Application(p.paymentId(), null, Cents.toMoney(proposal.unapplied()), ZERO, ZERO,
                    ApplicationStatus.UNAPPLIED, confidence, proposal.unappliedReason()));
        }
    }
}
