package com.orderdesk.application.cash;

import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.cash.desk.ApplicationRules;
import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.CustomerBankAccount;
import com.orderdesk.model.cash.PaymentState;
import com.orderdesk.model.cash.ProposalLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.order.OrderSettlement;
import com.orderdesk.application.claims.DeductionCases;
import com.orderdesk.logic.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts money to invoices and reverses postings, each in one transaction with its audit entry.
 * Posted rows are never edited; a reversal adds negated rows and restores the invoices.
 */
final class CashPosting {
    private static final Logger LOG = LoggerFactory.getLogger(CashPosting.class);
    /** Postings per chunk of a batch, after which the session is flushed and cleared. */
    static final int CHUNK = 5;

    private final UnitOfWork uow;
    private final CashRepository cash;
    private final Clock clock;
    private final AuditRecorder audit;
    private final OrderSettlement settlement;
    private final DeductionCases deductions;

    CashPosting(UnitOfWork uow, CashRepository cash, Clock clock, AuditRecorder audit, OrderSettlement settlement,
                DeductionCases deductions) {
        this.uow = uow;
        this.cash = cash;
        this.clock = clock;
        this.audit = audit;
        this.settlement = settlement;
        this.deductions = deductions;
    }

    void post(PostRequest request, SignedInUser user) {
        uow.run("Posting the payment", () -> postIn(request, user, CashApplication.ORIGIN_MANUAL));
    }

    /** A posting checked against the book, not yet written. */
    private record Checked(PostRequest request, CashPayment payment, Customer customer, Map<String, Invoice> invoices) {
    }

    private void postIn(PostRequest r, SignedInUser actor, String origin) {
        apply(check(r), actor, origin);
    }

    /** The checks of a posting, before anything is written: a refusal is a {@link StoreException}. */
    private Checked check(PostRequest r) {
        CashPayment p = payment(r.paymentId(), r.expectedVersion());
        if (p.state() != PaymentState.OPEN) {
            throw new StoreException("Payment " + p.number() + " is already posted; reverse it first to apply it differently.");
        }
        if (!p.currency().equals(Money.BOOK_CURRENCY) && !p.currency().equals(Money.NO_CURRENCY)) {
            // applied or on account, it would count as that many dollars (tour of 7 December: EUR 8.85)
            throw new StoreException(ApplicationRules.notInTheBooksCurrency(p.number(), p.currency(), p.amount().toString(),
                    Money.BOOK_CURRENCY));
        }
        if (p.currency().equals(Money.NO_CURRENCY) && !r.bookCurrencyConfirmed()) {
            // taken for dollars without anyone saying so (cash1024): the engine only suggests it, a person decides
            throw new StoreException(ApplicationRules.noCurrencyStated(p.number(), p.amount().toString(), Money.BOOK_CURRENCY));
        }
        Customer customer = null;
        Map<String, Invoice> invoices = new HashMap<>();
        Map<String, BigDecimal> open = new HashMap<>();
        if (r.customerNo() != null) {
            customer = cash.customerByNumber(r.customerNo()).orElse(null);
            if (customer == null) {
                throw new StoreException("Customer " + r.customerNo() + " does not exist.");
            }
            List<String> numbers = r.lines().stream().map(PostRequest.Line::invoiceNo).toList();
            for (Invoice i : cash.invoicesByNumber(numbers)) {
                Customer owner = i.customer();
                boolean family = owner.id().equals(customer.id())
                        || owner.parent() != null && owner.parent().id().equals(customer.id());
                if (family && (i.status() == InvoiceStatus.OPEN || i.status() == InvoiceStatus.PARTLY_PAID)) {
                    invoices.put(i.number(), i);
                    open.put(i.number(), i.openAmount().amount());
                }
            }
        } else if (!r.lines().isEmpty()) {
            throw new StoreException("Choose the customer before applying " + p.number() + " to invoices.");
        }
        List<String> problems = ApplicationRules.check(p.amount().amount(), r.lines(), open);
        if (!problems.isEmpty()) {
            throw new StoreException(p.number() + " was not posted: " + String.join(" ", problems));
        }
        return new Checked(r, p, customer, invoices);
    }

    private void apply(Checked c, SignedInUser actor, String origin) {
        String user = actor.userName();
        PostRequest r = c.request();
        CashPayment p = c.payment();
        Customer customer = c.customer();
        Map<String, Invoice> invoices = c.invoices();
        Money applied = Money.ZERO;
        StringJoiner what = new StringJoiner("; ");
        String stated = null;
        if (p.currency().equals(Money.NO_CURRENCY)) { // check() let it through on the person's word
            p.stateCurrency(Money.BOOK_CURRENCY);
            stated = "no currency in the file, " + Money.BOOK_CURRENCY + " by " + user;
        }
        List<Long> orders = new ArrayList<>();
        for (PostRequest.Line l : r.lines()) {
            Invoice inv = invoices.get(l.invoiceNo());
            orders.add(inv.order() == null ? null : inv.order().id());
            CashApplication a = new CashApplication(p, inv, Money.of(l.applied()), Money.of(l.discount()),
                    Money.of(l.deduction()), l.deduction().signum() > 0 ? l.reasonCode() : null, null, origin,
                    clock.instant(), user, null);
            inv.reduceOpenAmount(a.settles(), InvoiceStatus.PAID);
            cash.add(a);
            if (a.deduction().isPositive()) {
                deductions.deductionPosted(actor, p, a); // a deduction becomes a case, in this transaction
            }
            applied = applied.plus(a.applied());
            what.add(describe(l));
        }
        Money rest = p.amount().minus(applied);
        if (rest.isPositive()) {
            cash.add(new CashApplication(p, null, rest, Money.ZERO, Money.ZERO, null, "on account", origin,
                    clock.instant(), user, null));
            what.add("on account " + rest);
        }
        if (customer != null) {
            p.setCustomer(customer);
            learnAccount(p, customer);
        }
        p.markPosted(rest, CashApplication.ORIGIN_AUTO.equals(origin));
        // an order whose invoices are now settled is PAID, in the same transaction as the money
        settlement.follow(orders);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("customer", r.customerNo());
        after.put("amount", p.amount().toString());
        if (stated != null) {
            after.put("currency", stated);
        }
        after.put("applications", what.toString());
        after.put("origin", origin);
        audit.record(actor, AuditEvent.of(user, CashActions.CASH_APPLY, CashActions.PAYMENT, p.number())
                .withChange(null, AuditValues.json(after))
                .withReason(CashApplication.ORIGIN_AUTO.equals(origin) ? "engine AUTO: " + p.matchReason() : null));
    }

    private static String describe(PostRequest.Line l) {
        StringBuilder sb = new StringBuilder(l.invoiceNo()).append(' ').append(l.applied().toPlainString());
        if (l.discount().signum() > 0) {
            sb.append(" discount ").append(l.discount().toPlainString());
        }
        if (l.deduction().signum() > 0) {
            sb.append(" deduction ").append(l.deduction().toPlainString()).append(' ').append(l.reasonCode());
        }
        return sb.toString();
    }

    /** A cheque or transfer posted to a customer teaches the engine that account for next time. */
    private void learnAccount(CashPayment p, Customer customer) {
        if (p.payerRouting() == null || p.payerAccount() == null) {
            return;
        }
        if (!cash.bankAccountKnown(p.payerRouting(), p.payerAccount())) {
            cash.add(new CustomerBankAccount(customer, p.payerRouting(), p.payerAccount()));
        }
    }

    /**
     * Posts every payment the engine marked AUTO on or before {@code day} ("post the matched credits
     * of the file") in one unit of work; returns how many were posted. Each is checked before it is
     * written; one another desk changed since the run is left for a person, the others are posted.
     * A cancel throws {@link CancellationException} and the unit posts nothing. A failure the checks
     * did not foresee rolls the batch back, and each is posted in its own unit; a cancel then stops
     * before the next one and the count of those already posted is returned.
     */
    int postAllAuto(LocalDate day, SignedInUser user, DoubleConsumer progress, BooleanSupplier cancelled) {
        List<long[]> ready = uow.read(() -> cash.autoPayments(day));
        if (ready.isEmpty()) {
            return 0;
        }
        try {
            return uow.write("Posting the AUTO payments", () -> {
                int posted = 0;
                for (int i = 0; i < ready.size(); i++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    long id = ready.get(i)[0];
                    long version = ready.get(i)[1];
                    Checked checked;
                    try {
                        checked = check(autoRequest(payment(id, version)));
                    } catch (StoreException | IllegalArgumentException e) {
                        // another desk changed the payment or an invoice since the run: left for a person
                        LOG.info("AUTO posting of payment {} skipped: {}", id, e.getMessage());
                        continue;
                    }
                    apply(checked, user, CashApplication.ORIGIN_AUTO);
                    posted++;
                    endOfChunk(i);
                    progress.accept((i + 1.0) / ready.size());
                }
                return posted;
            });
        } catch (CancellationException | com.orderdesk.logic.security.NotSignedInException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Posting {} AUTO payments in one unit was rolled back ({}); posting each on its own", ready.size(),
                    e.getMessage());
            return postAllAutoOneByOne(ready, user, progress, cancelled);
        }
    }

    /**
     * Each AUTO answer in its own unit. A cancel stops before the next one and returns how many
     * were posted: those stay posted, so the caller must not be told (by a CancellationException)
     * that nothing was.
     */
    private int postAllAutoOneByOne(List<long[]> ready, SignedInUser user, DoubleConsumer progress, BooleanSupplier cancelled) {
        int posted = 0;
        for (int i = 0; i < ready.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return posted;
            }
            long id = ready.get(i)[0];
            long version = ready.get(i)[1];
            try {
                uow.run("Posting the AUTO payment", () -> {
                    CashPayment p = payment(id, version);
                    postIn(autoRequest(p), user, CashApplication.ORIGIN_AUTO);
                });
                posted++;
            } catch (StoreException | IllegalArgumentException e) {
                LOG.info("AUTO posting of payment {} skipped: {}", id, e.getMessage());
            }
            progress.accept((i + 1.0) / ready.size());
        }
        return posted;
    }

    /**
     * Posts several payments as a person applied them (the AR clerk's applications of a file) in one
     * unit of work: each checked before it is written; the refused ones are returned (payment id to
     * why) and stay open, the others are posted and audited. A failure the checks did not foresee
     * rolls the batch back and posts each in its own unit.
     */
    Map<Long, String> postAll(List<PostRequest> requests, SignedInUser user) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        try {
            return uow.write("Posting the payments", () -> {
                Map<Long, String> refused = new LinkedHashMap<>();
                for (int i = 0; i < requests.size(); i++) {
                    PostRequest r = requests.get(i);
                    Checked checked;
                    try {
                        checked = check(r);
                    } catch (StoreException | IllegalArgumentException e) {
                        refused.put(r.paymentId(), e.getMessage());
                        continue;
                    }
                    apply(checked, user, CashApplication.ORIGIN_MANUAL);
                    endOfChunk(i);
                }
                return refused;
            });
        } catch (com.orderdesk.logic.security.NotSignedInException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Posting {} payments in one unit was rolled back ({}); posting each on its own", requests.size(), e.getMessage());
            Map<Long, String> refused = new LinkedHashMap<>();
            for (PostRequest r : requests) {
                try {
                    post(r, user);
                } catch (StoreException | IllegalArgumentException each) {
                    refused.put(r.paymentId(), each.getMessage());
                }
            }
            return refused;
        }
    }

    /** Every {@value #CHUNK} postings of a batch the session is written and emptied, so it stays small. */
    private void endOfChunk(int index) {
        if ((index + 1) % CHUNK == 0) {
            cash.flushAndClear();
        }
    }

    private static PostRequest autoRequest(CashPayment p) {
        List<PostRequest.Line> lines = new ArrayList<>();
        String customerNo = null;
        for (ProposalLine l : p.proposal()) {
            if (l.invoiceNo() != null) {
                lines.add(new PostRequest.Line(l.invoiceNo(), l.applied().amount(), l.discount().amount(),
                        l.deduction().amount(), l.deduction().isPositive() ? DeductionReason.REMITTANCE.name() : null));
            }
        }
        if (p.customer() != null) {
            customerNo = p.customer().number();
        }
        return new PostRequest(p.id(), p.version(), customerNo, lines);
    }

    void reverse(long paymentId, long expectedVersion, SignedInUser actor, String why) {
        String user = actor.userName();
        uow.run("Reversing the payment", () -> {
            CashPayment p = payment(paymentId, expectedVersion);
            if (p.state() != PaymentState.POSTED) {
                throw new StoreException("Payment " + p.number() + " is not posted; there is nothing to reverse.");
            }
            List<CashApplication> live = cash.liveApplications(paymentId);
            StringJoiner what = new StringJoiner("; ");
            List<Long> orders = new ArrayList<>();
            for (CashApplication a : live) {
                if (a.deduction().isPositive()) {
                    deductions.deductionReversed(actor, a); // refused while its case stands resolved
                }
                cash.add(new CashApplication(p, a.invoice(), a.applied().negate(), a.discount().negate(),
                        a.deduction().negate(), a.reasonCode(), why, CashApplication.ORIGIN_REVERSAL, clock.instant(), user, a));
                if (a.invoice() != null) {
                    restore(a.invoice(), a.settles());
                    orders.add(a.invoice().order() == null ? null : a.invoice().order().id());
                    what.add(a.invoice().number() + " " + a.settles());
                } else {
                    what.add("on account " + a.applied());
                }
            }
            p.reopen();
            // money taken back: a PAID order is INVOICED again
            settlement.follow(orders);
            audit.record(actor, AuditEvent.of(user, CashActions.CASH_REVERSE, CashActions.PAYMENT, p.number())
                    .withChange(AuditValues.json(Map.of("applications", what.toString())), AuditValues.json(Map.of("state", "OPEN")))
                    .withReason(why));
        });
    }

    /** Puts money back on an invoice: open again in full, or partly paid. */
    private void restore(Invoice invoice, Money amount) {
        cash.refresh(invoice);
        Money open = invoice.openAmount().plus(amount);
        InvoiceStatus status = open.compareTo(invoice.total()) >= 0 ? InvoiceStatus.OPEN : InvoiceStatus.PARTLY_PAID;
        if (!cash.restoreInvoice(invoice, open, status)) {
            throw new ConcurrentEditException("Invoice " + invoice.number() + " was changed at another desk; try the reversal again.");
        }
    }

    private CashPayment payment(long id, long expectedVersion) {
        CashPayment p = cash.payment(id).orElseThrow(() -> new StoreException("Payment " + id + " does not exist."));
        if (p.version() != expectedVersion) {
            throw new ConcurrentEditException("Payment " + p.number() + " was changed at another desk since it was shown;"
                    + " reload it and look again.");
        }
        return p;
    }
}
