package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capture-bench}: generates inbound messages with known answers, captures them and scores the drafts beside a baseline. */
@Command(name = "capture-bench", mixinStandardHelpOptions = true,
        description = {"Generates realistic order messages (email, EDI 850, order CSV, non-orders, broken files) with known "
                + "right answers, runs the capture engine and an exact-SKU baseline on them, and reports the touchless hit "
                + "share, the false-touchless share, broken files rejected with their location, and the time taken.",
                "With --write DIR the set is also written (master CSVs, messages/, expected.csv) for the capture command."})
public final class CaptureBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--messages", defaultValue = "1000", paramLabel = "N", description = "Messages to generate (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--style", defaultValue = "mixed", paramLabel = "STYLE",
            description = "How the email customers write: friendly, terse or mixed (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--today", defaultValue = "2026-12-07", paramLabel = "YYYY-MM-DD", description = "The day the messages arrive (default: ${DEFAULT-VALUE}).")
    LocalDate today;

    @Option(names = "--write", paramLabel = "DIR", description = "Also write the set into this folder.")
    Path write;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N", description = "Capture the set N times and report each time (the first includes JIT warm-up).")
    int runs;

    @Option(names = "--show", defaultValue = "10", paramLabel = "N", description = "List up to N false-touchless and missed sources (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() throws IOException {
        if (messages < 1 || runs < 1 || !List.of("friendly", "terse", "mixed").contains(style.toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--messages and --runs must be at least 1; --style friendly, terse or mixed");
        }
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        CaptureSetGenerator.CaptureSet set = CaptureSetGenerator.generate(messages, seed, today, style);
        out.printf(Locale.ROOT, "Generated %,d messages (%,d expected entries, style %s, seed %d) in %.2f s%n", set.messages().size(),
                set.expected().size(), style, seed, (System.nanoTime() - t0) / 1e9);
        if (write != null) {
            CaptureBenchFiles.write(set, write);
            out.println("Wrote customers.csv, ship_tos.csv, products.csv, prices.csv, part_numbers.csv, messages/, expected.csv to " + write);
        }
        List<Draft> drafts = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            CaptureEngine engine = new CaptureEngine(set.data());
            PoRegister register = PoRegister.empty();
            drafts = new ArrayList<>();
            for (GeneratedMessage m : set.messages()) {
                drafts.addAll(engine.capture(new InboundMessage(m.fileName(), m.bytes()), today, register));
            }
            long elapsed = System.nanoTime() - start;
            out.printf(Locale.ROOT, "Captured %,d messages in %.2f s elapsed (%.2f s CPU, one thread)%s%n", set.messages().size(),
                    elapsed / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9, runs > 1 ? " (run " + run + ")" : "");
        }
        ExactSkuBaseline baseline = new ExactSkuBaseline(set.data());
        PoRegister baselineRegister = PoRegister.empty();
        List<Draft> baselineDrafts = new ArrayList<>();
        for (GeneratedMessage m : set.messages()) {
            baselineDrafts.addAll(baseline.capture(new InboundMessage(m.fileName(), m.bytes()), today, baselineRegister));
        }
        CaptureScore engineScore = CaptureScore.score(set.expected(), drafts);
        CaptureScore baseScore = CaptureScore.score(set.expected(), baselineDrafts);
        report(out, engineScore, baseScore);
        out.flush();
        return 0;
    }

    private void report(PrintWriter out, CaptureScore e, CaptureScore b) {
        out.printf(Locale.ROOT, "%-44s %18s %18s%n", "", "engine", "exact-SKU baseline");
        row(out, "touchless hits / touchless-able orders", e.touchlessHits, e.touchlessAble, b.touchlessHits, b.touchlessAble);
        row(out, "false touchless / touchless drafts", e.falseTouchless, e.touchlessDrafts, b.falseTouchless, b.touchlessDrafts);
        row(out, "orders needing a person sent to review", e.needsPersonReviewed, e.needsPerson, b.needsPersonReviewed, b.needsPerson);
        row(out, "non-orders recognised", e.nonOrdersRecognised, e.nonOrders, b.nonOrdersRecognised, b.nonOrders);
        row(out, "broken files rejected with location", e.brokenRejectedWithLocation, e.broken, b.brokenRejectedWithLocation, b.broken);
        row(out, "review drafts: lines already right", e.reviewLinesRight, e.reviewLines, b.reviewLinesRight, b.reviewLines);
        if (e.missingDrafts > 0) {
            out.println("Missing drafts: " + e.missingDrafts);
        }
        out.println("By scenario (expected entries, engine right, engine false touchless):");
        for (Map.Entry<String, int[]> s : e.byScenario.entrySet()) {
            int[] c = s.getValue();
            out.printf(Locale.ROOT, "  %-24s %6d %7.1f %% %5d%n", s.getKey(), c[0], 100.0 * c[1] / c[0], c[2]);
        }
        if (!e.falseTouchlessSources.isEmpty()) {
            out.println("False touchless: " + String.join(" ", e.falseTouchlessSources.stream().limit(show).toList()));
        }
        if (!e.missedSources.isEmpty()) {
            out.println("Touchless-able sent to review: " + String.join(" ", e.missedSources.stream().limit(show).toList()));
        }
    }

    private static void row(PrintWriter out, String what, int n, int of, int bn, int bof) {
        out.printf(Locale.ROOT, "%-44s %8s %9s %8s %9s%n", what, n + "/" + of, pct(n, of), bn + "/" + bof, pct(bn, bof));
    }

    private static String pct(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.2f %%", 100.0 * n / of);
    }
}
