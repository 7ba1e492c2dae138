package com.orderdesk.application.collections;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.claims.DisputedAmounts;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.logic.collections.DunningProcedure;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.collections.DunningLevel;
import com.orderdesk.model.collections.DunningNotice;
import com.orderdesk.model.common.Money;
import java.nio.file.Path;
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
 * Dunning (issue 15): the procedure's levels (kept by administrators and credit managers), a run that proposes one
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

    /** The procedure, level by level: for those who run dunning and those who keep the procedure. */
    public List<DunningRun.Level> levels(SignedInUser user) {
        if (!access.authorizer().can(user, Permission.MAINTAIN_DUNNING)) {
            access.require(user, Permission.RUN_DUNNING);
        }
        return uow.read(() -> repository.levels().stream().map(DunningUseCases::level).toList());
    }

    private static DunningRun.Level level(DunningLevel l) {
        return new DunningRun.Level(l.levelNo(), l.daysPastDue(), l.graceDays(), l.fee(), l.template(), l.letterText());
    }

    /** Changes (or adds) one level of the procedure; the whole procedure must still keep its rules. */
    public void saveLevel(SignedInUser user, DunningRun.Level level) {
        access.require(user, Permission.MAINTAIN_DUNNING);
        List<DunningRun.Level> all = new ArrayList<>(levels(user).stream().filter(l -> l.level() != level.level()).toList());
        all.add(level);
        all.sort(java.util.Comparator.comparingInt(DunningRun.Level::level));
        saveProcedure(user, all);
    }

    /**
     * Replaces the procedure with {@code levels} (administrators and credit managers, the AR leads):
     * refused with every problem named when the levels break {@link DunningProcedure}'s rules.
     * Levels past the new last one are taken out (letters already sent at them stay recorded; a
     * customer there gets the last level's letter next). One audit entry per level changed, added or
     * taken out, with before and after.
     */
    public void saveProcedure(SignedInUser user, List<DunningRun.Level> levels) {
        access.require(user, Permission.MAINTAIN_DUNNING);
        List<String> problems = DunningProcedure.problems(levels);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        uow.run("Saving the dunning procedure", () -> {
            Map<Integer, DunningLevel> now = new java.util.LinkedHashMap<>();
            repository.levels().forEach(l -> now.put(l.levelNo(), l));
            for (DunningRun.Level l : levels) {
                DunningLevel stored = now.remove(l.level());
                String before = stored == null ? null : json(level(stored));
                if (before != null && before.equals(json(l))) {
                    continue;
                }
                if (stored == null) {
                    repository.add(new DunningLevel(l.level(), l.daysPastDue(), l.graceDays(), l.fee(), l.template(),
                            l.text().strip(), user.userName(), clock.instant()));
                } else {
                    stored.change(l.daysPastDue(), l.graceDays(), l.fee(), l.template(), l.text().strip(), user.userName(),
                            clock.instant());
                }
                audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.DUNNING_LEVEL_CHANGE,
                        CollectionsActions.DUNNING_PROCEDURE, "level " + l.level()).withChange(before, json(l)));
            }
            for (DunningLevel gone : now.values()) {
                audit.record(user, AuditEvent.of(user.userName(), CollectionsActions.DUNNING_LEVEL_CHANGE,
                        CollectionsActions.DUNNING_PROCEDURE, "level " + gone.levelNo()).withChange(json(level(gone)), null));
                repository.remove(gone);
            }
        });
    }

    private static String json(DunningRun.Level l) {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("days", String.valueOf(l.daysPastDue()));
        v.put("grace", String.valueOf(l.graceDays()));
        v.put("fee", l.fee().toString());
        v.put("letter", l.template().name());
        String text = l.text().strip();
        // the audit columns hold 4,000 characters: a very long letter text is kept in part
        v.put("text", text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
        return AuditValues.json(v);
    }

    /** What a proposal found: the letters, and whether it was stopped before the last customer (then it holds none). */
    /**
     * The letters proposed, whether the run was cancelled, and the invoices left off every letter because their open
     * amount is no whole number ('abc', 12.5: the log names the row), for the screen to say.
     */
    public record Proposal(List<DunningRun.Letter> letters, boolean cancelled, int customersRead, int customersOverdue,
                           List<String> leftOut) {
        public Proposal {
            letters = List.copyOf(letters);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The letters a run on {@code runDate} proposes, one per customer, for review before printing. */
    public List<DunningRun.Letter> propose(SignedInUser user, LocalDate runDate) {
        return propose(user, runDate, BatchProgress.NONE).letters();
    }

    /**
     * {@link #propose(SignedInUser, LocalDate)} told before each overdue customer ({@code progress}
     * names it) and asked between two whether to stop: on a book of 100,000 customers the run reads
     * the disputes of tens of thousands and takes seconds. A proposal stopped halfway is no run at
     * all (a letter list missing the customers after the one in hand would look complete), so it
     * gives no letters. Nothing is written either way.
     */
    public Proposal propose(SignedInUser user, LocalDate runDate, BatchProgress progress) {
        access.require(user, Permission.RUN_DUNNING);
        return uow.read(() -> {
            List<DunningRun.Level> levels = repository.levels().stream().map(DunningUseCases::level).toList();
            Map<Long, DunningRun.LastNotice> last = repository.lastNotices();
            Set<Long> promised = repository.openPromises(runDate);
            DunningRepository.Overdue read = repository.overdue(runDate);
            List<DunningRepository.OverdueCustomer> overdue = read.customers();
            List<DunningRun.Letter> out = new ArrayList<>();
            int done = 0;
            for (DunningRepository.OverdueCustomer c : overdue) {
                if (progress.stopRequested()) {
                    return new Proposal(List.of(), true, done, overdue.size(), read.leftOut());
                }
                progress.starting(++done, overdue.size(), c.customerNo());
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
            return new Proposal(out, false, done, overdue.size(), read.leftOut());
        });
    }

    /** Writes one letter (a PDF in the folder the clerk chose) and returns the file: the window's printer or a test's. */
    @FunctionalInterface
    public interface LetterWriter {
        Path write(DunningRun.Letter letter);
    }

    /**
     * Prints the letters one by one and records the levels reached for exactly the ones written.
     * The permission and the account are checked before the first letter is written: a user who may
     * not record letters sent must not leave PDFs behind that look sent. {@code progress} hears of
     * each letter before it is written and is asked between two whether to stop; the letter in hand
     * is always finished, the letters written so far are recorded, the rest are not (the next run
     * proposes them again). Returns the files written, in order.
     */
    public List<Path> printAndRecord(SignedInUser user, LocalDate runDate, List<DunningRun.Letter> letters,
                                     LetterWriter writer, BatchProgress progress) {
        access.require(user, Permission.RUN_DUNNING);
        List<Path> written = new ArrayList<>();
        List<DunningRun.Letter> printed = new ArrayList<>();
        for (DunningRun.Letter l : letters) {
            if (progress.stopRequested()) {
                break;
            }
            progress.starting(printed.size() + 1, letters.size());
            written.add(writer.write(l));
            printed.add(l);
        }
        if (!printed.isEmpty()) {
            recordSent(user, runDate, printed);
        }
        return written;
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
                    throw new IllegalArgumentException("Customer " + l.customerNo() + " already has a letter of " + ReadableDates.format(runDate) + ".");
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
