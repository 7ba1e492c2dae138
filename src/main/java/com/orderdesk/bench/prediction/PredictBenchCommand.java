package com.orderdesk.bench.prediction;

import com.orderdesk.bench.Timed;
import com.orderdesk.logic.prediction.PaymentOutlook;
import com.orderdesk.logic.prediction.PaymentPredictor;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code predict-bench}: generates books with known pay dates and scores the engine against the two baselines. */
@Command(name = "predict-bench", mixinStandardHelpOptions = true,
        description = {"Generates books of paid and open invoices whose real pay dates are known, predicts them and "
                + "reports the contract's figures beside the due-date and customer-average baselines: MAE of the "
                + "expected pay date, Brier score of p_late_30, weekly cash-in forecast error, and the time taken.",
                "The own generator and an independently built variant generator are both scored by default.",
                "With --write DIR each book is also written as history.csv, open.csv and truth.csv for predict-payments."})
public final class PredictBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--open", defaultValue = "10000", paramLabel = "N", description = "Open invoices to generate, about (default: ${DEFAULT-VALUE}).")
    int open;

    @Option(names = "--paid", defaultValue = "100000", paramLabel = "N", description = "Paid invoices of history, at most (default: ${DEFAULT-VALUE}).")
    int paid;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", defaultValue = "2026-11-27", paramLabel = "YYYY-MM-DD", description = "As-of date of the books (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--generator", defaultValue = "both", paramLabel = "own|variant|both",
            description = "Which generator's books to score (default: ${DEFAULT-VALUE}).")
    String generator;

    @Option(names = "--by-kind", description = "Also show the figures by kind of customer.")
    boolean byKind;

    @Option(names = "--write", paramLabel = "DIR", description = "Also write each book's CSV files into DIR/own and DIR/variant.")
    Path write;

    @Override
    public Integer call() throws IOException {
        if (open < 10 || paid < 10) {
            throw new ParameterException(spec.commandLine(), "--open and --paid must be at least 10");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> which = switch (generator) {
            case "own" -> List.of("own");
            case "variant" -> List.of("variant");
            case "both" -> List.of("own", "variant");
            default -> throw new ParameterException(spec.commandLine(), "--generator must be own, variant or both");
        };
        List<String[]> rows = new ArrayList<>();
        for (String g : which) {
            long t0 = System.nanoTime();
            GeneratedBook book = g.equals("own") ? BookGenerator.generate(seed, open, paid, asOf)
                    : VariantBookGenerator.generate(seed, open, paid, asOf);
            long generated = System.nanoTime() - t0;
            out.printf(Locale.ROOT, "%s book: %,d paid, %,d open invoices, %,d customers, as of %s (generated in %.1f s)%n",
                    book.name(), book.history().size(), book.open().size(), book.customerKind().size(), asOf, generated / 1e9);
            if (write != null) {
                BookFiles.write(book, write.resolve(g));
                out.println("  wrote history.csv, open.csv, truth.csv to " + write.resolve(g));
            }
            Timed<PaymentOutlook> outlook = Timed.of(Timed.PROCESS_CPU,
                    () -> new PaymentPredictor().predict(book.history(), book.open(), book.asOf()));
            PredictionScore s = PredictionScore.score(book, outlook.result());
            // CPU time beside wall time: on a shared machine wall time includes waiting for a core.
            out.printf(Locale.ROOT, "  engine: %.2f s elapsed (%.2f s CPU of the whole JVM, JIT included) for %,d predictions%n",
                    outlook.elapsedSeconds(), outlook.cpuSeconds(), s.invoices());
            printScore(out, s);
            if (byKind) {
                printByKind(out, s.byKind());
            }
        }
        out.flush();
        return 0;
    }

    static void printScore(PrintWriter out, PredictionScore s) {
        out.printf(Locale.ROOT, "  %-34s %10s %10s %14s%n", "", "engine", "due date", "cust. average");
        out.printf(Locale.ROOT, "  %-34s %10.2f %10.2f %14.2f%n", "MAE (days)", s.mae(), s.maeDueDate(), s.maeCustomerAverage());
        out.printf(Locale.ROOT, "  %-34s %10s %9.1f%% %13.1f%%%n", "engine MAE / baseline MAE", "",
                100 * s.maeRatioToDueDate(), 100 * s.maeRatioToCustomerAverage());
        out.printf(Locale.ROOT, "  %-34s %10s %10.2f %14.2f%n", "  baselines not before as-of + 1", "",
                s.maeDueDateNotBeforeTomorrow(), s.maeCustomerAverageNotBeforeTomorrow());
        out.printf(Locale.ROOT, "  %-34s %10s %9.1f%% %13.1f%%%n", "  engine MAE / that", "",
                100 * s.mae() / s.maeDueDateNotBeforeTomorrow(), 100 * s.mae() / s.maeCustomerAverageNotBeforeTomorrow());
        out.printf(Locale.ROOT, "  %-34s %10.4f %10s %14.4f%n", "Brier p_late_30 (ref: cust. share)", s.brier(), "", s.brierReference());
        out.printf(Locale.ROOT, "  %-34s %9.1f%% %9.1f%% %13.1f%%%n", "weekly cash-in error", 100 * s.forecastError(),
                100 * s.forecastErrorDueDate(), 100 * s.forecastErrorCustomerAverage());
        out.printf(Locale.ROOT, "  %-34s %9.1f%%%n", "  (engine, whole invoice in its week)", 100 * s.forecastErrorByDate());
    }

    static void printByKind(PrintWriter out, Map<String, double[]> byKind) {
        out.printf(Locale.ROOT, "  %-14s %7s %8s %8s %8s %7s%n", "kind", "open", "MAE", "avg MAE", "Brier", "late30");
        for (Map.Entry<String, double[]> e : byKind.entrySet()) {
            double[] k = e.getValue();
            out.printf(Locale.ROOT, "  %-14s %7.0f %8.2f %8.2f %8.4f %6.1f%%%n", e.getKey(), k[0], k[1] / k[0], k[2] / k[0],
                    k[3] / k[0], 100 * k[4] / k[0]);
        }
    }
}
