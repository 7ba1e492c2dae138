package com.orderdesk.application.collections;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.claims.DisputedAmounts;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.collections.DunningLevel;
import com.orderdesk.model.collections.DunningNotice;
import com.orderdesk.model.common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dunning (issue 15): the procedure's levels (kept by administrators), a run that proposes one
 * letter per customer for review, and the record of the letters printed (each customer's level
 * reached, so the next run proposes the next level). Disputed invoices are left off the letters,
 * and customers with a promise to pay not yet due get none.
 */
public final class DunningUseCases {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final DunningRepository repository;
    private final DisputedAmounts disputes;
    private final AuditRecorder audit;
    private final Clock clock;

    public DunningUseCases(UnitOfWork uow, AccessControl access, DunningRepository repository, DisputedAmounts disputes,
                           AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.disputes = disputes;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The procedure, level by level. */
    public List<DunningRun.Level> levels(SignedInUser user) {
        if (!access.authorizer().can(user, Permission.ADMIN_SETTINGS)) {
            access.require(user, Permission.RUN_DUNNING);
        }
        return uow.read(() -> repository.levels().stream().map(DunningUseCases::level).toList());
    }

    private static DunningRun.Level level(DunningLevel l) {
        return new DunningRun.Level(l.levelNo(), l.daysPastDue(), l.graceDays(), l.fee(), l.letterText());
    }

    /** Changes (or adds) a level of the procedure: administrators only. */
    public void saveLevel(SignedInUser admin, DunningRun.Level level) {
        access.require(admin, Permission.ADMIN_SETTINGS);
        if (level.level() < 1 || level.daysPastDue() < 0 || level.graceDays() < 0 || level.fee().isNegative()) {
            throw new IllegalArgumentException("A level is numbered from 1, with days past due, grace days and fee of zero or more.");
        }
        if (level.text() == null || level.text().isBlank() || level.text().length() > 4000) {
            throw new IllegalArgumentException("The letter text is empty or longer than 4,000 characters.");
        }
        uow.run("Saving the dunning level", () -> {
            Optional<DunningLevel> now = repository.level(level.level());
            String before = now.map(l -> AuditValues.json(Map.of("days", String.valueOf(l.daysPastDue()), "grace",
                    String.valueOf(l.graceDays()), "fee", l.fee().toString(), "text", l.letterText()))).orElse(null);
            if (now.isPresent()) {
                now.get().change(level.daysPastDue(), level.graceDays(), level.fee(), level.text().strip(), admin.userName(),
                        clock.instant());
            } else {
                repository.add(new DunningLevel(level.level(), level.daysPastDue(), level.graceDays(), level.fee(),
                        level.text().strip(), admin.userName(), clock.instant()));
            }
            audit.record(admin, AuditEvent.of(admin.userName(), CollectionsActions.DUNNING_LEVEL_CHANGE,
                    CollectionsActions.DUNNING_PROCEDURE, "level " + level.level()).withChange(before, AuditValues.json(Map.of(
                    "days", String.valueOf(level.daysPastDue()), "grace", String.valueOf(level.graceDays()),
                    "fee", level.fee().toString(), "text", level.text().strip()))));
        });
    }

    /** The letters a run on {@code runDate} proposes, one per customer, for review before printing. */
    public List<DunningRun.Letter> propose(SignedInUser user, LocalDate runDate) {
        access.require(user, Permission.RUN_DUNNING);
        return uow.read(() -> {
            List<DunningRun.Level> levels = repository.levels().stream().map(DunningUseCases::level).toList();
            Map<Long, DunningRun.LastNotice> last = repository.lastNotices();
            Set<Long> promised = repository.openPromises(runDate);
            List<DunningRun.Letter> out = new ArrayList<>();
            for (DunningRepository.OverdueCustomer c : repository.overdue(runDate)) {
                if (promised.contains(c.customerId())) {
                    continue; // checked before the disputes: no need to ask the claims desk about them
                }
                Set<String> disputed = new HashSet<>();
                for (DisputedAmount d : disputes.byInvoice(c.customerId()).values()) {
                    if (d.inOpenAmount().isPositive()) {
                        disputed.add(d.invoiceNumber());
                    }
                }
                List<DunningRun.Item> items = c.items().stream().filter(i -> !disputed.contains(i.invoiceNo())).toList();
                DunningRun.propose(c.customerId(), c.customerNo(), c.name(), c.address(), items, levels,
                        Optional.ofNullable(last.get(c.customerId())), false, runDate).ifPresent(out::add);
            }
            return out;
        });
    }

    /**
     * Records the letters printed on {@code runDate} (each customer's level reached), audited one
     * by one; a customer already recorded for that date is refused, so a run is not counted twice.
     */
    public void recordSent(SignedInUser user, LocalDate runDate, List<DunningRun.Letter> letters) {
        access.require(user, Permission.RUN_DUNNING);
        uow.run("Recording the dunning letters", () -> {
            Set<Long> done = repository.notices(runDate).stream().map(DunningNotice::customerId).collect(Collectors.toSet());
            for (DunningRun.Letter l : letters) {
                if (!done.add(l.customerId())) {
                    throw new IllegalArgumentException("Customer " + l.customerNo() + " already has a letter of " + runDate + ".");
                }
                String invoices = l.items().stream().map(DunningRun.Item::invoiceNo).collect(Collectors.joining(","));
                repository.add(new DunningNotice(l.customerId(), runDate, l.level(), l.items().size(), l.overdue(), l.fee(),
                        invoices, user.userName(), clock.instant()));
                audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.DUNNING_LETTER, CollectionsActions.CUSTOMER,
                        l.customerNo()).withChange(AuditValues.json(Map.of("level", String.valueOf(l.previousLevel()))),
                        AuditValues.json(Map.of("level", String.valueOf(l.level()), "overdue", l.overdue().toString(),
                                "fee", l.fee().toString(), "invoices", invoices, "run", runDate.toString()))));
            }
        });
    }
}
