package com.orderdesk.application.collections;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.common.ReadableDates;
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
                Optional<StatementDocument> doc = statement(user, customerNo, asOf);
                if (doc.isEmpty()) {
                    leftOut.add(customerNo);
                } else {
                    written.add(writer.write(doc.get()));
                    billed = billed.plus(doc.get().balance());
                }
            } catch (RuntimeException e) {
                failures.put(customerNo, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            done++;
        }
        Outcome outcome = new Outcome(asOf, customers.size(), written, billed, leftOut, failures, done < customers.size());
        record(user, outcome);
        return outcome;
    }

    private void record(SignedInUser user, Outcome o) {
        Map<String, String> after = new LinkedHashMap<>();
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
