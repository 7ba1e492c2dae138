package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.logic.simulation.Policies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulate --days N --seed S --out DIR [--db FILE --user NAME] [policy options]}: runs N days
 * of a distributor's business through the real use cases (issue 16) and writes the kpi spec's
 * ledgers, {@code kpis.json} and a one-page report. On its own fresh demo book it acts as the demo
 * users; a book named with {@code --db} is changed, so the command then signs in.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulates N days of orders, credit holds, routing and shipping, invoicing and customer payments"
                + " (bank files through the cash desk's import and matching) through Order Desk's own use cases, and writes"
                + " invoices.csv, settlements.csv, payments.csv, orders.csv, kpis.json, report.txt and report.pdf to DIR.",
                "--compare POLICY runs the same business and seed under both values of one policy and reports them side by side.",
                "Exit status: 0 done, 2 bad input (one line on standard error), 1 the run failed."})
public final class SimulateCommand implements Callable<Integer> {
    static final int MAX_DAYS = 3_660;
    static final int MAX_ORDERS_PER_DAY = 20_000;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--days", required = true, paramLabel = "N", description = "Days to simulate (1 to " + MAX_DAYS + ").")
    String days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    String seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created if missing).")
    Path out;

    @Option(names = "--orders-per-day", defaultValue = "500", paramLabel = "N",
            description = "Orders on an average business day (default: ${DEFAULT-VALUE}).")
    String ordersPerDay;

    @Option(names = "--customers", defaultValue = "600", paramLabel = "N",
            description = "Customers of the fresh demo book, or at most this many of the --db book's (default: ${DEFAULT-VALUE}).")
    String customers;

    @Option(names = "--start", defaultValue = "2026-01-05", paramLabel = "YYYY-MM-DD",
            description = "First simulated day (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--routing", defaultValue = "optimal", paramLabel = "optimal|nearest-first")
    String routing;

    @Option(names = "--capture", defaultValue = "inbox", paramLabel = "inbox|keyed")
    String capture;

    @Option(names = "--matching", defaultValue = "engine", paramLabel = "engine|rules")
    String matching;

    @Option(names = "--collections", defaultValue = "on", paramLabel = "on|off",
            description = "Dunning letters, calls and promises to pay by the AR clerk (default: ${DEFAULT-VALUE}).")
    String collections;

    @Option(names = "--compare", paramLabel = "routing|capture|matching|collections",
            description = "Run twice, once under each value of this policy, and report both columns.")
    String compare;

    @Override
    public Integer call() {
        SimulationPlan plan = plan();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter w = spec.commandLine().getOut();
        try {
            // the folders are made as the files are written: a refused sign-in leaves no trace
            List<String> lines = new SimulationRunner(plan, database, signIn, err).run();
            w.println("Simulated " + plan.days() + " days into " + out + ":");
            lines.forEach(w::println);
            w.flush();
            return 0;
        } catch (IOException e) {
            throw new CommandFailure(1, out + ": cannot write: " + e.getMessage());
        }
    }

    /** The options checked, each refusal one line with exit status 2 before anything is written. */
    SimulationPlan plan() {
        int n = number("--days", days, 1, MAX_DAYS);
        long s;
        try {
            s = Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw new CommandFailure(2, "--seed: \"" + seed + "\" is not a whole number");
        }
        int perDay = number("--orders-per-day", ordersPerDay, 1, MAX_ORDERS_PER_DAY);
        int maxCustomers = number("--customers", customers, 1, 100_000);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandFailure(2, "--out: " + out + " is a file, not a folder");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (!Files.exists(out) && (parent == null || !Files.isDirectory(parent))) {
            throw new CommandFailure(2, "--out: the folder " + parent + " does not exist");
        }
        String refusal = FileTrouble.unwritableFolder(out);
        if (refusal != null) {
            throw new CommandFailure(2, "--out: " + refusal);
        }
        LocalDate first;
        try {
            first = LocalDate.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw new CommandFailure(2, "--start: \"" + start + "\" is not a date (YYYY-MM-DD)");
        }
        Policies base;
        try {
            base = new Policies(Policies.parse(Policies.Routing.class, "--routing", routing),
                    Policies.parse(Policies.Capture.class, "--capture", capture),
                    Policies.parse(Policies.Matching.class, "--matching", matching),
                    Policies.parse(Policies.Collections.class, "--collections", collections));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        }
        List<SimulationPlan.Variant> variants = new ArrayList<>();
        if (compare == null) {
            variants.add(new SimulationPlan.Variant("run", base));
        } else {
            switch (compare.strip().toLowerCase(Locale.ROOT)) {
                case "routing" -> {
                    variants.add(new SimulationPlan.Variant("optimal", withRouting(base, Policies.Routing.OPTIMAL)));
                    variants.add(new SimulationPlan.Variant("nearest-first", withRouting(base, Policies.Routing.NEAREST_FIRST)));
                }
                case "capture" -> {
                    variants.add(new SimulationPlan.Variant("inbox", new Policies(base.routing(), Policies.Capture.INBOX,
                            base.matching(), base.collections())));
                    variants.add(new SimulationPlan.Variant("keyed", new Policies(base.routing(), Policies.Capture.KEYED,
                            base.matching(), base.collections())));
                }
                case "matching" -> {
                    variants.add(new SimulationPlan.Variant("engine", new Policies(base.routing(), base.capture(),
                            Policies.Matching.ENGINE, base.collections())));
                    variants.add(new SimulationPlan.Variant("rules", new Policies(base.routing(), base.capture(),
                            Policies.Matching.RULES, base.collections())));
                }
                case "collections" -> {
                    variants.add(new SimulationPlan.Variant("collections-on", new Policies(base.routing(), base.capture(),
                            base.matching(), Policies.Collections.ON)));
                    variants.add(new SimulationPlan.Variant("collections-off", new Policies(base.routing(), base.capture(),
                            base.matching(), Policies.Collections.OFF)));
                }
                default -> throw new CommandFailure(2, "--compare: \"" + compare
                        + "\" is not one of routing|capture|matching|collections");
            }
            if (!database.isEmpty()) {
                throw new CommandFailure(2, "--compare runs the same business twice: it needs a fresh book each time, not --db");
            }
        }
        return new SimulationPlan(first, n, perDay, s, maxCustomers, out, variants);
    }

    private static Policies withRouting(Policies p, Policies.Routing routing) {
        return new Policies(routing, p.capture(), p.matching(), p.collections());
    }

    private static int number(String option, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandFailure(2, option + ": \"" + value + "\" is not a whole number");
        }
        if (n < min || n > max) {
            throw new CommandFailure(2, option + ": must be from " + min + " to " + max + " (was " + n + ")");
        }
        return n;
    }
}
