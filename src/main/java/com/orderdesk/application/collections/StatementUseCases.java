package com.orderdesk.application.collections;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.logic.invoicing.print.ActivityStatement;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Statements of account for every customer who owes a balance, in one batch (issue 15): one PDF
 * per customer (so each can be mailed or emailed to its own customer), with progress and Cancel,
 * and one audit entry for the run (who, for what date, how many written). A customer whose items
 * net to zero or to a credit in its favour gets no statement: a statement asks for payment, and a
 * credit balance is settled by a refund or the next invoice, not by a letter asking for money.
 */
public final class StatementUseCases {

    /** Writes one statement (a PDF) and returns the file; called off the FX thread, one at a time. */
    @FunctionalInterface
    public interface StatementWriter {
        Path write(StatementDocument statement);
    }

    /** Writes one activity statement (a PDF) and returns the file; called off the FX thread, one at a time. */
    @FunctionalInterface
    public interface ActivityWriter {
        Path write(ActivityStatement statement);
    }

    /** One customer's statement of a batch: the file written and what it asks for, or empty when it is left out. */
    private interface OneCustomer {
        Optional<Written> write(String customerNo);
    }

    private record Written(Path file, Money balance) {
    }

    /** What a batch did. {@code leftOut}: candidates with a zero or credit balance (no statement). */
    public record Outcome(LocalDate asOf, int candidates, List<Path> written, Money billed, List<String> leftOut,
                          Map<String, String> failures, boolean cancelled) {
        public Outcome {
            written = List.copyOf(written);
            leftOut = List.copyOf(leftOut);
            failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }
    }

    private final UnitOfWork uow;
    private final AccessControl access;
    private final StatementRepository repository;
    private final AuditRecorder audit;
    private final Clock clock;

    public StatementUseCases(UnitOfWork uow, AccessControl access, StatementRepository repository, AuditRecorder audit,
                             Clock clock) {
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The customers a batch on {@code asOf} looks at (those with open items), in customer-number order. */
    public List<String> candidates(SignedInUser user, LocalDate asOf) {
        access.require(user, Permission.WORK_COLLECTIONS);
        return uow.read(() -> repository.withOpenItems(asOf));
    }

    /** The customer's statement on {@code asOf}, or empty when nothing is owed (zero or credit balance). */
    public Optional<StatementDocument> statement(SignedInUser user, String customerNo, LocalDate asOf) {
        access.require(user, Permission.WORK_COLLECTIONS);
        StatementDocument doc = uow.read(() -> repository.statement(customerNo, asOf, today()));
        return doc.balance().isPositive() ? Optional.of(doc) : Optional.empty();
    }

    /**
     * Writes the statement of every customer owing a balance on {@code asOf}, one customer at a time
     * (each read in its own short unit, so the book is not held for the whole batch), stopping before
     * the next customer on Cancel ({@code progress} is told each customer's number before it is read). A customer whose statement fails is named with the reason and the
     * batch goes on. The run is audited once at the end, cancelled or not, with what was written.
     */
    public Outcome printAll(SignedInUser user, LocalDate asOf, StatementWriter writer, BatchProgress progress) {
        if (asOf == null) {
            throw new IllegalArgumentException("Give the statement date.");
        }
        if (asOf.isAfter(today())) {
            throw new IllegalArgumentException("The statement date " + ReadableDates.format(asOf) + " is in the future; statements age the items"
                    + " on a day that has come.");
        }
        List<String> customers = candidates(user, asOf);
        Outcome outcome = run(customers, asOf, progress, customerNo -> statement(user, customerNo, asOf)
                .map(doc -> new Written(writer.write(doc), doc.balance())));
        record(user, outcome, null);
        return outcome;
    }

    /** The customer's activity statement for {@code from} to {@code to} (the same permission as the open-item one). */
    public ActivityStatement activity(SignedInUser user, String customerNo, LocalDate from, LocalDate to) {
        access.require(user, Permission.WORK_COLLECTIONS);
        ActivityStatement.checkPeriod(from, to, today());
        return uow.read(() -> repository.activity(customerNo, from, to, today()));
    }

    /**
     * The activity statements for {@code from} to {@code to} of every customer whose account moved in the period or
     * owes or is owed something at either end of it, one at a time with Cancel, as {@link #printAll}; a customer with
     * nothing to say (no movement, nothing owed either way) is left out. {@code billed} adds the closing balances
     * of the statements written. Audited once like {@link #printAll}, saying it was the activity kind and its period.
     */
    public Outcome printActivity(SignedInUser user, LocalDate from, LocalDate to, ActivityWriter writer, BatchProgress progress) {
        access.require(user, Permission.WORK_COLLECTIONS);
        ActivityStatement.checkPeriod(from, to, today());
        List<String> customers = uow.read(() -> repository.withActivity(from, to));
        Outcome outcome = run(customers, to, progress, customerNo -> {
            ActivityStatement doc = activity(user, customerNo, from, to);
            return doc.hasAnything() ? Optional.of(new Written(writer.write(doc), doc.closing())) : Optional.empty();
        });
        record(user, outcome, from);
        return outcome;
    }

    private Outcome run(List<String> customers, LocalDate asOf, BatchProgress progress, OneCustomer one) {
        List<Path> written = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Money billed = Money.ZERO;
        int done = 0;
        for (String customerNo : customers) {
            if (progress.stopRequested()) {
                break;
            }
            progress.starting(done + 1, customers.size(), customerNo);
            try {
                Optional<Written> w = one.write(customerNo);
                if (w.isEmpty()) {
                    leftOut.add(customerNo);
                } else {
                    written.add(w.get().file());
                    billed = billed.plus(w.get().balance());
                }
            } catch (RuntimeException e) {
                failures.put(customerNo, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            done++;
        }
        return new Outcome(asOf, customers.size(), written, billed, leftOut, failures, done < customers.size());
    }

    /** {@code from}: the first day of an activity batch's period, null for the open-item batch (recorded as before). */
    private void record(SignedInUser user, Outcome o, LocalDate from) {
        Map<String, String> after = new LinkedHashMap<>();
        if (from != null) {
            after.put("kind", "activity");
            after.put("from", from.toString());
        }
        after.put("asOf", o.asOf().toString());
        after.put("statements", String.valueOf(o.written().size()));
        after.put("balance", o.billed().toString());
        after.put("customers", String.valueOf(o.candidates()));
        after.put("leftOut", String.valueOf(o.leftOut().size()));
        after.put("failed", String.valueOf(o.failures().size()));
        after.put("cancelled", String.valueOf(o.cancelled()));
        uow.run("Recording the statement run", () -> audit.record(user, AuditEvent.of(user.userName(),
                CollectionsActions.STATEMENTS_PRINTED, CollectionsActions.BOOK, "statements " + o.asOf())
                .withChange(null, AuditValues.json(after))));
    }
}
