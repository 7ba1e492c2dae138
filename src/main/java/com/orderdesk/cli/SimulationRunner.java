package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.application.simulation.Simulation;
import com.orderdesk.application.simulation.SimulationParts;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.simulation.Policies;
import com.orderdesk.logic.simulation.SimClock;
import com.orderdesk.logic.simulation.SimulationReport;
import com.orderdesk.application.fulfillment.FulfillmentUseCases;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.DatabaseProbe;
import com.orderdesk.persistence.simulation.HibernateSimulationBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the variants of a {@link SimulationPlan}: a fresh demo book written once and copied for each
 * variant (the same business under each policy), or the book named with {@code --db} after a
 * sign-in; then writes each variant's ledgers and {@code kpis.json}, and the report of all.
 */
final class SimulationRunner {
    private final SimulationPlan plan;
    private final DatabaseOptions database;
    private final SignInOptions signIn;
    private final ProgressBar progress;

    SimulationRunner(SimulationPlan plan, DatabaseOptions database, SignInOptions signIn, PrintWriter err) {
        this.plan = plan;
        this.database = database;
        this.signIn = signIn;
        this.progress = new ProgressBar(err);
    }

    /** Runs every variant; returns the summary lines for standard output. */
    List<String> run() throws IOException {
        List<SimulationReport.Column> columns = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        Path work = Files.createTempDirectory("orderdesk-simulate");
        try {
            Path demo = database.isEmpty() ? freshBook(work) : null;
            for (SimulationPlan.Variant v : plan.variants()) {
                Path folder = plan.comparing() ? plan.out().resolve(v.name()) : plan.out();
                long t0 = System.nanoTime();
                Simulation.Result result = demo != null ? onCopy(demo, work, v, folder) : onGivenBook(v, folder);
                long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
                KpiLedgerWriter.write(result.ledgers(), folder);
                KpiBook book = KpiBook.of(result.ledgers());
                KpiFigures whole = book.figures(plan.firstDay().plusDays(plan.days() - 1L), plan.days());
                SimulationFiles.writeKpis(whole, folder.resolve("kpis.json"));
                KpiReport report = book.report(new Period(plan.firstDay(), plan.firstDay().plusDays(plan.days() - 1L)));
                columns.add(new SimulationReport.Column(v.name(), v.policies().label(), whole, report.byWeek(),
                        notes(result, v.policies(), seconds)));
                summary.add("  " + v.name() + ": " + result.counts().ordersEntered() + " orders (" + result.ordersShipped()
                        + " shipped, " + result.ordersOpen() + " open, " + result.ordersCancelled() + " cancelled), "
                        + result.ledgers().invoices().size() + " invoices, " + result.ledgers().payments().size()
                        + " payments in " + seconds + " s -> " + folder);
            }
        } finally {
            deleteTree(work);
        }
        List<String> lines = SimulationReport.lines("Order Desk simulation: " + plan.days() + " days from " + SimulationReport.date(plan.firstDay())
                + ", about " + plan.ordersPerDay() + " orders a business day, seed " + plan.seed(), columns);
        SimulationFiles.writeText(lines, plan.out().resolve("report.txt"));
        com.orderdesk.reporting.SimulationReportPdf.write(lines, plan.out().resolve("report.pdf"));
        summary.add("  report: " + plan.out().resolve("report.txt") + ", " + plan.out().resolve("report.pdf"));
        return summary;
    }

    private static List<String> notes(Simulation.Result r, Policies p, long seconds) {
        var c = r.counts();
        List<String> notes = new ArrayList<>();
        notes.add("Orders: " + c.ordersEntered() + " entered, " + r.ordersShipped() + " shipped, " + r.ordersOpen() + " open, "
                + r.ordersCancelled() + " cancelled; credit holds " + c.creditHolds() + " (released " + c.released()
                + ", rejected " + c.rejected() + ")");
        notes.add("Capture: " + c.capturedTouchless() + " drafts saved touchless (" + c.capturedWrong() + " of them not as"
                + " meant), " + c.capturedForReview() + " reviewed by a clerk");
        notes.add("Shipping: " + c.shipmentsLeft() + " shipments, " + c.shortPicks() + " short picks; cash: " + c.bankFiles()
                + " bank files, " + c.paymentsAuto() + " payments applied automatically, " + c.paymentsByClerk() + " by the AR clerk; "
                + c.stockReceipts() + " stock receipts");
        if (p.collections() == Policies.Collections.ON) {
            notes.add("Collections: " + c.letters() + " dunning letters, " + c.calls() + " calls, " + c.promises()
                    + " promises (" + c.promisesKept() + " kept); " + c.invoicesBroughtForward() + " invoices paid sooner");
        } else {
            notes.add("Collections: off (no letters or calls; customers pay when their habits say)");
        }
        if (c.refusedInBatches() > 0) {
            notes.add("Refused in batches: " + c.refusedInBatches() + " documents (left as they were, tried again later)");
        }
        StringBuilder steps = new StringBuilder();
        r.millisByStep().forEach((k, ms) -> steps.append(steps.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(ms / 1000).append(" s"));
        notes.add("Run time " + seconds + " s (" + steps + ")");
        return notes;
    }

    /** A demo book with no order history, written once under the simulator's clock. */
    private Path freshBook(Path work) {
        Path file = work.resolve("demo.sqlite");
        progress.say("Writing a fresh demo book of " + plan.customers() + " customers...");
        SimClock clock = new SimClock(plan.firstDay().minusDays(1));
        // written with the copies' throwaway settings too: the file lives in the temporary folder only
        try (BookStart.DemoWritten w = BookStart.createDemo(throwaway(file), clock,
                new DemoSize(plan.customers(), 0, 9, plan.seed()), 0, DemoBook.Extent.BULK_ONLY, p -> { })) {
            key = w.result().orElseThrow(() -> new IllegalStateException("the fresh demo book was not written")).key();
        }
        return file;
    }

    private AuditKey key;

    private Simulation.Result onCopy(Path demo, Path work, SimulationPlan.Variant v, Path folder) throws IOException {
        Path copy = work.resolve(v.name() + ".sqlite");
        Files.copy(demo, copy, StandardCopyOption.REPLACE_EXISTING);
        SimClock clock = new SimClock(plan.firstDay());
        try (AppServices book = AppServices.over(Database.open(throwaway(copy)), StateTaxRateTable.loadDefault(), clock,
                router(v.policies()))) {
            SimulationParts.Cast cast = new SimulationParts.Cast(DemoBook.user("olivia", key), DemoBook.user("carmen", key),
                    DemoBook.user("arthur", key), DemoBook.user("admin", key));
            return simulate(book, clock, cast, v, folder);
        }
    }

    /**
     * The variant's copy of the fresh book, opened for speed rather than safety: it lives in a
     * temporary folder and is deleted after the run (only its ledgers are kept), so a crash loses
     * nothing worth keeping. No journal file (rollback in memory: the use cases still roll back a
     * refused unit), no fsync, and a large page cache. A book named with {@code --db} keeps the
     * desk's own safe settings.
     */
    static DatabaseConfig throwaway(Path file) {
        String url = DatabaseConfig.SQLITE_PREFIX + file.toAbsolutePath() + "?journal_mode=MEMORY&synchronous=OFF"
                + "&cache_size=-131072&temp_store=MEMORY&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE";
        return new DatabaseConfig(DatabaseConfig.Vendor.SQLITE, url, null, null, file.toAbsolutePath().toString());
    }

    /**
     * The book named with {@code --db}: an administrator signs in (the run changes the book), and the
     * simulated people are the book's first active users of each desk, acting under that sign-in's key.
     */
    private Simulation.Result onGivenBook(SimulationPlan.Variant v, Path folder) throws IOException {
        DatabaseConfig config = database.toConfig();
        DatabaseProbe.check(config, DatabaseProbe.Absent.REFUSE);
        SimClock clock = new SimClock(plan.firstDay());
        try (AppServices book = AppServices.over(Database.open(config), StateTaxRateTable.loadDefault(), clock,
                router(v.policies()))) {
            SignedInUser admin = signIn.signIn(book.signIn(), book.authorizer(), Permission.MANAGE_USERS);
            List<AppUser> users = book.activeUsers();
            SimulationParts.Cast cast = new SimulationParts.Cast(as(users, Role.ORDER_CLERK, admin),
                    as(users, Role.CREDIT_MANAGER, admin), as(users, Role.AR_CLERK, admin), admin);
            return simulate(book, clock, cast, v, folder);
        }
    }

    private static SignedInUser as(List<AppUser> users, Role role, SignedInUser signedIn) {
        AppUser u = users.stream().filter(a -> a.roles().contains(role)).min(Comparator.comparing(AppUser::id))
                .orElseThrow(() -> new CommandFailure(2, "the book has no active " + role.name().toLowerCase()
                        + " for the simulation to act as"));
        return new SignedInUser(u.id(), u.username(), u.displayName(), Set.copyOf(u.roles()), signedIn.auditKey());
    }

    /** The use cases of {@code book} (built over {@code clock}) as the simulator drives them. */
    static SimulationParts parts(AppServices book, SimClock clock, SimulationParts.Cast cast) {
        return new SimulationParts(book.orders(), book.credit(), book.shipping(), book.invoicing(), book.cash(),
                book.dunning(), book.collections(),
                book.customers(), book.customerMaintenance(), book.catalog().products(), book.catalog().stock(),
                new HibernateSimulationBook(), book.unitOfWork(), clock, cast);
    }

    private Simulation.Result simulate(AppServices book, SimClock clock, SimulationParts.Cast cast, SimulationPlan.Variant v,
                                       Path folder) {
        SimulationParts parts = parts(book, clock, cast);
        Simulation.Settings settings = new Simulation.Settings(plan.firstDay(), plan.days(), plan.ordersPerDay(), plan.seed(),
                plan.customers(), v.policies());
        Simulation.Result r = new Simulation(parts).run(settings, folder, f -> progress.show(v.name(), f, plan.days()));
        progress.done();
        return r;
    }

    private static FulfillmentRouter router(Policies p) {
        return p.routing() == Policies.Routing.NEAREST_FIRST ? FulfillmentRouter.nearestFirstOnly() : FulfillmentUseCases.deskRouter();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
