package com.orderdesk.bench;

import com.orderdesk.logic.cash.intake.BankFileReader;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationInvariants;
import com.orderdesk.logic.cash.matching.MatchingEngine;
import com.orderdesk.bench.cash.Bai2Writer;
import com.orderdesk.bench.cash.BenchmarkScore;
import com.orderdesk.bench.cash.Expected.Scenario;
import com.orderdesk.bench.cash.GeneratedSet;
import com.orderdesk.bench.cash.TestSetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code match-bench}: generates a test set with known answers, matches it, and reports quality and time. */
@Command(name = "match-bench", mixinStandardHelpOptions = true,
        description = {"Generates a realistic set of payments and open invoices with known answers from a seed, "
                + "runs the matching engine on it and reports the auto-match rate, false-auto rate, "
                + "suggested and unapplied shares, and the time taken.",
                "With --write DIR the set is also written as customers.csv, open.csv, payments.csv and expected.csv, "
                        + "ready for the match command."})
public final class MatchBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--payments", defaultValue = "10000", paramLabel = "N", description = "Payments to generate (default: ${DEFAULT-VALUE}).")
    int payments;

    @Option(names = "--open-items", defaultValue = "100000", paramLabel = "N", description = "Open invoices to generate (default: ${DEFAULT-VALUE}).")
    int openItems;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed; the same seed gives the same set (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write", paramLabel = "DIR", description = "Also write the set's CSV files into this folder.")
    Path write;

    @Option(names = "--bai2", description = "Also write the payments as one BAI2 file and time reading it back "
            + "through the bank file reader (the first step of the application's import).")
    boolean bai2;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N", description = "Match the set N times and report each time (the first run includes JIT warm-up).")
    int runs;

    /** Reads the set's payments back from a BAI2 file as the import would, and reports the time. */
    private static void timeBai2Reading(GeneratedSet set, PrintWriter out) {
        byte[] file = Bai2Writer.write(set.payments(), set.payments().get(0).receivedDate())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Timed<Integer> read;
        try {
            read = Timed.of(Timed.THREAD_CPU, () -> BankFileReader.read("bench.bai", file).payments().size());
        } catch (ImportException e) {
            throw new IllegalStateException("the generated BAI2 file was refused: " + e.summary(), e);
        }
        out.printf(Locale.ROOT, "Read a BAI2 file of %,d transactions (%.1f MB) in %.2f s elapsed (%.2f s CPU)%n",
                read.result(), file.length / 1e6, read.elapsedSeconds(), read.cpuSeconds());
    }

    @Override
    public Integer call() throws IOException {
        if (payments < 1 || openItems < 10 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--payments and --runs must be at least 1, --open-items at least 10");
        }
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        GeneratedSet set = TestSetGenerator.generate(payments, openItems, seed);
        long generated = System.nanoTime() - t0;
        out.printf(Locale.ROOT, "Generated %,d payments against %,d open invoices of %,d customers (seed %d) in %.2f s%n",
                set.payments().size(), set.openItems().size(), set.customers().size(), seed, generated / 1e9);
        if (write != null) {
            BenchFiles.write(set, write);
            out.println("Wrote customers.csv, open.csv, payments.csv, expected.csv to " + write);
        }
        if (bai2) {
            timeBai2Reading(set, out);
        }
        List<Application> rows = null;
        for (int run = 1; run <= runs; run++) {
            Timed<List<Application>> matched = Timed.of(Timed.THREAD_CPU,
                    () -> new MatchingEngine(set.customers(), set.openItems()).matchAll(set.payments()));
            rows = matched.result();
            // CPU time of the matching thread is shown too: on a shared machine wall time includes waiting for a core.
            out.printf(Locale.ROOT, "Matched in %.2f s elapsed (%.2f s CPU, one thread)%s%n", matched.elapsedSeconds(),
                    matched.cpuSeconds(), runs > 1 ? " (run " + run + ")" : "");
        }
        BenchmarkScore score = BenchmarkScore.score(set.expected(), rows);
        List<String> violations = ApplicationInvariants.violations(set.customers(), set.openItems(), set.payments(), rows);
        out.printf(Locale.ROOT, "Auto-matched:     %6.2f %%  (%d of %d)%n", 100 * score.autoMatchRate(), score.autoMatched(), score.payments());
        out.printf(Locale.ROOT, "False auto:       %6.2f %%  (%d)%n", 100 * score.falseAutoRate(), score.falseAuto());
        out.printf(Locale.ROOT, "With suggestion:  %6.2f %%%n", 100.0 * score.withSuggestion() / score.payments());
        out.printf(Locale.ROOT, "Unapplied only:   %6.2f %%%n", 100.0 * score.unappliedOnly() / score.payments());
        out.printf(Locale.ROOT, "Invariant violations: %d%n", violations.size());
        violations.stream().limit(10).forEach(v -> out.println("  " + v));
        out.println("By scenario (payments, auto-matched, false auto):");
        for (Map.Entry<Scenario, int[]> e : score.byScenario().entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "  %-18s %6d %7.1f %% %5d%n", e.getKey(), c[0], 100.0 * c[1] / c[0], c[2]);
        }
        if (!score.falseAutoIds().isEmpty()) {
            out.println("False autos: " + String.join(" ", score.falseAutoIds().stream().limit(20).toList()));
        }
        out.flush();
        return violations.isEmpty() ? 0 : 1;
    }
}
