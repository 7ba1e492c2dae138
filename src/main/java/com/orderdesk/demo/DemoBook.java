package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.cash.CashRepository;
import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.application.fulfillment.FulfillmentRepository;
import com.orderdesk.application.fulfillment.OrderFulfillment;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.Database;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The whole demo book in an empty database: master data and history in bulk (sealed with a new
 * audit key in the same transaction), then the shipments of allocated and shipped orders, a day of
 * incoming money matched by the engine, and the invoice lines of the history, each done as the
 * demo user whose job it is.
 */
public final class DemoBook {
    /**
     * What the demo's second half runs on, built by the composition root; {@code invoicingOn} is the
     * invoicing desk on a given clock (with its audit trail on that clock), for the demo's past days;
     * {@code credit} and {@code collections} check the history's open orders after the day's predictions.
     */
    public record Parts(UnitOfWork uow, FulfillmentRepository fulfillment, OrderFulfillment routing,
                        FulfillmentRouter historyRouter, CashRepository cash, CashUseCases cashDesk, Clock clock,
                        com.orderdesk.application.capture.InboxUseCases inbox,
                        java.util.function.Function<Clock, com.orderdesk.application.invoicing.InvoicingUseCases> invoicingOn,
                        com.orderdesk.application.credit.CreditUseCases credit,
                        com.orderdesk.application.collections.CollectionsUseCases collections) {
    }

    private DemoBook() {
    }

    /** How much of the demo book to write. */
    public enum Extent {
        /** Master data, history, shipments, a cash day and invoice lines: every screen has work (first start, demo-data). */
        WHOLE,
        /**
         * Master data and history in bulk only, as the benches measured before the use-case layer:
         * the second half routes every allocated and shipped order one by one through the real use
         * cases, which takes minutes on a 100,000-customer book and is not what a bench measures.
         */
        BULK_ONLY
    }

    /**
     * The demo book's steps and their weights: wall-clock shares of a first start's 600-customer book
     * (the log's "Demo book: ... in N ms" lines of a first `mvn javafx:run`, C1, 6 December 2026, 2 cores at
     * load 1-2: 14.6 s in all, 5.8 s of bulk rows, 7.2 s of shipments, 0.8 s of cash, under 0.3 s each for the
     * rest; a busier machine stretches the shipments most: 21.6 of 36.7 s beside a benchmark), so the
     * progress bar moves with the work. The invoicing desk's month came later: 3.1 and 8.9 s of 89 and 97 s
     * of demo-data at load 15-16 (6 December 2026), some 4 in 100.
     */
    public enum Step {
        HISTORY("master data and order history", 40),
        SHIPMENTS("shipments of allocated and shipped orders", 49),
        CASH_DAY("a day of incoming cash", 5.4),
        DESK_INVOICING("the invoicing desk's last month", 4),
        INVOICE_LINES("invoice lines", 0.5),
        INBOX("the order inbox", 2),
        KPI_HISTORY("touches and paid history", 0.2),
        CREDIT_HOLDS("predictions and the open orders' credit checks", 3),
        CLAIMS("returns and cases", 1.7),
        COLLECTIONS("collectors, calls and promises", 0.3),
        CASH_FORECAST("predictions and forecasts", 1.1);

        final String what;
        final double weight;

        Step(String what, double weight) {
            this.what = what;
            this.weight = weight;
        }

        /** Progress inside this step. */
        public DoubleConsumer within(DemoSteps steps) {
            return steps.within(weight);
        }

        /** This step is done. */
        public void done(DemoSteps steps) {
            steps.finished(what, weight);
        }
    }

    /** The steps of a book of this extent, reporting to {@code progress} from 0 to 1 and stopping on a cancel. */
    public static DemoSteps steps(Extent extent, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (extent == Extent.BULK_ONLY) {
            return new DemoSteps(progress, cancelled, Step.HISTORY.weight);
        }
        return new DemoSteps(progress, cancelled, java.util.Arrays.stream(Step.values()).mapToDouble(s -> s.weight).toArray());
    }

    /** Writes the demo book unless the database has customers already (then empty: another desk wrote it). */
    public static Optional<DemoDataGenerator.Result> createIfEmpty(Database db, DemoDataGenerator generator, Parts parts,
                                                                   DemoSize size, Extent extent, DoubleConsumer progress,
                                                                   BooleanSupplier cancelled) {
        return createIfEmpty(db, generator, parts, size, extent, steps(extent, progress, cancelled), cancelled);
    }

    /** The same, reporting to steps the caller goes on with (the claims and collections that follow). */
    public static Optional<DemoDataGenerator.Result> createIfEmpty(Database db, DemoDataGenerator generator, Parts parts,
                                                                   DemoSize size, Extent extent, DemoSteps steps,
                                                                   BooleanSupplier cancelled) {
        if (extent == Extent.WHOLE) {
            generator.deferStockMovements(); // written after the shipments, whose counts they chain through
        } else {
            generator.auditHoldsInBulk(); // its holds are final: audited as the check that held them
        }
        Optional<DemoDataGenerator.Result> written = generator.generateIfEmpty(db, size, Step.HISTORY.within(steps), cancelled);
        if (written.isPresent()) {
            Step.HISTORY.done(steps);
        }
        if (extent == Extent.WHOLE) {
            written.ifPresent(r -> finish(db, parts, r.key(), generator.deferredStockMovements(), steps));
        }
        return written;
    }

    private static void finish(Database db, Parts parts, AuditKey key, java.util.List<DemoStockAndPrices.Move> moves,
                               DemoSteps steps) {
        DemoFulfillment.backfill(parts, user("olivia", key), Step.SHIPMENTS.within(steps));
        // the history's shipments left without lowering the stock: the movements' counts are chained through them
        DemoStockChain.write(db, moves);
        Step.SHIPMENTS.done(steps);
        new CashDemoDay(parts, user("arthur", key)).fillIfEmpty();
        Step.CASH_DAY.done(steps);
        // the desk invoiced every day what had shipped (the history stops a week back); before the
        // backfill, whose unprinted week is counted back from the newest invoice, and before the paid
        // history's cash, which pays what the desk's customers paid too
        DemoDeskInvoicing.run(db, parts.clock(), parts.invoicingOn(), user("arthur", key));
        Step.DESK_INVOICING.done(steps);
        InvoicingBackfill.run(db, parts.clock());
        Step.INVOICE_LINES.done(steps);
        if (parts.inbox() != null) {
            try {
                DemoInbox.fill(db, parts.inbox(), user("olivia", key)); // issue 12: the order inbox has work
            } catch (RuntimeException e) {
                // the rest of the demo book stands without it; the inbox screen says how to import
                org.slf4j.LoggerFactory.getLogger(DemoBook.class).warn("The demo inbox was not filled: {}", e.toString());
            }
        }
        Step.INBOX.done(steps);
        DemoKpiHistory.run(db, parts.clock()); // touches and the paid history's cash, for the dashboard
        Step.KPI_HISTORY.done(steps);
        // last: the predictions the holds quote read the paid history's cash, and are the ones the desk shows
        DemoCreditHolds.run(db, parts, key);
        Step.CREDIT_HOLDS.done(steps);
    }

    /** A demo user as signed in (ids follow {@link DemoDataGenerator#USERS}, written with explicit ids). */
    public static SignedInUser user(String userName, AuditKey key) {
        for (int i = 0; i < DemoDataGenerator.USERS.size(); i++) {
            DemoDataGenerator.DemoUser u = DemoDataGenerator.USERS.get(i);
            if (u.username().equals(userName)) {
                return new SignedInUser(i + 1, u.username(), u.displayName(), Set.of(u.role()), key);
            }
        }
        throw new IllegalArgumentException("No demo user " + userName);
    }

    /** The demo user of a role (the first one listed). */
    public static SignedInUser userOf(Role role, AuditKey key) {
        return DemoDataGenerator.USERS.stream().filter(u -> u.role() == role).findFirst()
                .map(u -> user(u.username(), key)).orElseThrow();
    }
}
