package com.orderdesk.application.collections;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.claims.DisputedAmounts;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.collections.PromiseCheck;
import com.orderdesk.logic.collections.WorklistRanking;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.collections.CollectorAssignment;
import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collections desk's use cases (issue 15): the worklist, calls and emails, promises to pay,
 * collectors. Promises are checked against the cash posted each time the worklist is loaded (its
 * opening and every refresh), so a promise broken overnight tops the list the next morning without
 * the cash desk knowing about collections.
 */
public final class CollectionsUseCases {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final CollectionsRepository repository;
    private final AuditRecorder audit;
    private final Clock clock;
    private final PredictionRefresh refresh;
    private final DisputedAmounts disputes;

    /** The worklist as loaded: the rows ranked, the day of the predictions behind them, and what was settled on the way. */
    public record Worklist(Listing<WorklistRow> listing, LocalDate predictionsAsOf, int promisesKept, int promisesBroken) {
    }

    /** The customer's contacts and promises, newest first, and its disputed amounts by invoice now. */
    public record CustomerFile(long customerId, String customerNo, String name, List<CollectionContact> contacts,
                               List<PaymentPromise> promises, Money disputedNow) {
    }

    public CollectionsUseCases(UnitOfWork uow, AccessControl access, CollectionsRepository repository,
                               DisputedAmounts disputes, AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.disputes = disputes;
        this.refresh = new PredictionRefresh(repository, disputes);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether today's predictions are cached (if not, {@link #refreshPredictions} first: it takes seconds on a big book). */
    public boolean predictionsCurrent(SignedInUser user) {
        access.require(user, Permission.WORK_COLLECTIONS);
        return uow.read(() -> repository.predictionsAsOf().filter(today()::equals).isPresent());
    }

    /** Runs the prediction engine over the whole book as of today and caches its answers per customer. */
    public int refreshPredictions(SignedInUser user) {
        return refreshPredictions(user, BatchProgress.NONE, PredictionRefresh.STEPS.size());
    }

    private int refreshPredictions(SignedInUser user, BatchProgress progress, int of) {
        access.require(user, Permission.WORK_COLLECTIONS);
        LocalDate asOf = today();
        return uow.write("Refreshing the payment predictions", () -> {
            int customers = refresh.run(asOf, progress, of);
            audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.PREDICTIONS_REFRESHED, CollectionsActions.BOOK,
                    asOf.toString()).withChange(null, AuditValues.json(Map.of("customers", String.valueOf(customers)))));
            return customers;
        });
    }

    /** The last step of {@link #load}, after the prediction run's when there is one. */
    public static final String READING_THE_WORKLIST = "Checking promises and reading the worklist";

    /**
     * The worklist as the screen opens it: today's predictions first when they are not cached yet
     * (or {@code repredict}), then {@link #worklist}. {@code progress} is told of each step (the
     * prediction run's, then the list's) and asked between two, and between two customers of the
     * prediction run, whether to stop; stopped, nothing of the run is stored (the day's cache stays
     * as it was, and no promise is settled) and the answer is empty.
     */
    public Optional<Worklist> load(SignedInUser user, boolean repredict, BatchProgress progress) {
        access.require(user, Permission.WORK_COLLECTIONS);
        boolean predict = repredict || !predictionsCurrent(user);
        int of = predict ? PredictionRefresh.STEPS.size() + 1 : 1;
        if (predict) {
            try {
                refreshPredictions(user, progress, of);
            } catch (PredictionRefresh.Stopped stopped) {
                return Optional.empty();
            }
        }
        if (progress.stopRequested()) {
            return Optional.empty();
        }
        progress.starting(of, of, READING_THE_WORKLIST);
        return Optional.of(worklist(user));
    }

    /**
     * Settles the open promises by the cash posted so far, then reads the worklist ranked. A cash application whose
     * amount is no whole number is left out of the cash counted and named in the list's damage notes; a promise is not
     * called broken on it (it stays open until the row is mended).
     */
    public Worklist worklist(SignedInUser user) {
        access.require(user, Permission.WORK_COLLECTIONS);
        LocalDate today = today();
        Settled settled = uow.write("Checking promises to pay", () -> settlePromises(user, today));
        return uow.read(() -> {
            Listing<WorklistRow> rows = repository.worklist(today);
            List<String> damaged = new java.util.ArrayList<>(rows.damaged());
            settled.leftOut().forEach(name -> damaged.add(name + "; left out of the promise check"));
            return new Worklist(new Listing<>(WorklistRanking.rank(rows.rows()), damaged),
                    repository.predictionsAsOf().orElse(null), settled.kept(), settled.broken());
        });
    }

    /** The promises settled kept and broken, and the damaged applications the checks left out. */
    private record Settled(int kept, int broken, java.util.Set<String> leftOut) {
    }

    private Settled settlePromises(SignedInUser user, LocalDate today) {
        int kept = 0;
        int broken = 0;
        java.util.Set<String> leftOut = new java.util.LinkedHashSet<>();
        for (PaymentPromise p : repository.openPromises()) {
            CollectionsRepository.PaidSince since = repository.paidSince(p.customerId(), p.recordedAt(), p.promisedFor());
            leftOut.addAll(since.leftOut());
            Money paid = since.paid();
            PaymentPromise.Status outcome = PromiseCheck.outcome(p.amount(), p.promisedFor(), paid, today);
            if (outcome == PaymentPromise.Status.OPEN
                    || outcome == PaymentPromise.Status.BROKEN && !since.leftOut().isEmpty()) {
                continue;
            }
            p.settle(outcome, paid, outcome == PaymentPromise.Status.KEPT ? today : p.promisedFor().plusDays(1));
            String customerNo = repository.customer(p.customerId()).map(c -> c[0]).orElse(String.valueOf(p.customerId()));
            audit.record(user, AuditEvent.of(user.userName(), outcome == PaymentPromise.Status.KEPT
                            ? CollectionsActions.PROMISE_KEPT : CollectionsActions.PROMISE_BROKEN, CollectionsActions.CUSTOMER, customerNo)
                    .withChange(AuditValues.json(Map.of("promised", p.amount().toString(), "by", p.promisedFor().toString())),
                            AuditValues.json(Map.of("paid", paid.toString(), "status", outcome.name())))
                    .withReason("found when the worklist was loaded on " + today));
            if (outcome == PaymentPromise.Status.KEPT) {
                kept++;
            } else {
                broken++;
            }
        }
        return new Settled(kept, broken, leftOut);
    }

    /** Logs a call or email with the customer. */
    public void logContact(SignedInUser user, long customerId, CollectionContact.Channel channel, String note,
                           LocalDate nextActionOn) {
        access.require(user, Permission.WORK_COLLECTIONS);
        if (channel == null) {
            throw new IllegalArgumentException("Say whether it was a call or an email.");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Write what was said: the note is empty.");
        }
        if (nextActionOn != null && nextActionOn.isBefore(today())) {
            throw new IllegalArgumentException("The next action date " + ReadableDates.format(nextActionOn) + " is in the past.");
        }
        String text = note.strip().length() > 2000 ? note.strip().substring(0, 2000) : note.strip();
        uow.run("Logging the contact", () -> {
            String customerNo = customerNo(customerId);
            repository.add(new CollectionContact(customerId, channel, text, nextActionOn, clock.instant(), user.userName()));
            audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.CONTACT_LOGGED, CollectionsActions.CUSTOMER, customerNo)
                    .withChange(null, AuditValues.json(Map.of("channel", channel.name(),
                            "next", nextActionOn == null ? "" : nextActionOn.toString())))
                    .withReason(text));
        });
    }

    /** Records the customer's promise to pay {@code amount} by {@code by}. */
    public void recordPromise(SignedInUser user, long customerId, Money amount, LocalDate by, String note) {
        access.require(user, Permission.WORK_COLLECTIONS);
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("A promise is for an amount above zero.");
        }
        if (by == null || by.isBefore(today())) {
            throw new IllegalArgumentException("The promised date must be today or later.");
        }
        uow.run("Recording the promise to pay", () -> {
            String customerNo = customerNo(customerId);
            repository.add(new PaymentPromise(customerId, amount, by, clock.instant(), user.userName()));
            audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.PROMISE_RECORDED, CollectionsActions.CUSTOMER, customerNo)
                    .withChange(null, AuditValues.json(Map.of("amount", amount.toString(), "by", by.toString())))
                    .withReason(note == null || note.isBlank() ? null : note.strip()));
        });
    }

    /** Gives the customer to a collector (a user name), or takes it from whoever had it when {@code collector} is blank. */
    public void assignCollector(SignedInUser user, long customerId, String collector) {
        access.require(user, Permission.WORK_COLLECTIONS);
        String who = collector == null ? "" : collector.strip();
        uow.run("Assigning the collector", () -> {
            String customerNo = customerNo(customerId);
            Optional<CollectorAssignment> now = repository.assignment(customerId);
            String before = now.map(CollectorAssignment::collector).orElse("");
            if (now.isPresent()) {
                now.get().change(who, user.userName(), clock.instant());
            } else {
                repository.add(new CollectorAssignment(customerId, who, user.userName(), clock.instant()));
            }
            audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.COLLECTOR_ASSIGNED, CollectionsActions.CUSTOMER, customerNo)
                    .withChange(AuditValues.json(Map.of("collector", before)), AuditValues.json(Map.of("collector", who))));
        });
    }

    /** The customer's collections history and what is in dispute now. */
    public CustomerFile customerFile(SignedInUser user, long customerId) {
        access.require(user, Permission.WORK_COLLECTIONS);
        return uow.read(() -> {
            String[] c = repository.customer(customerId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no customer " + customerId + "."));
            Money disputed = disputes.byInvoice(customerId).values().stream().map(d -> d.inOpenAmount())
                    .reduce(Money.ZERO, Money::plus);
            return new CustomerFile(customerId, c[0], c[1], repository.contacts(customerId), repository.promises(customerId),
                    disputed);
        });
    }

    private String customerNo(long customerId) {
        return repository.customer(customerId).map(c -> c[0])
                .orElseThrow(() -> new IllegalArgumentException("There is no customer " + customerId + "."));
    }
}
