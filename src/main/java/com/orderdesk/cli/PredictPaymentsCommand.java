package com.orderdesk.cli;

import com.orderdesk.logic.prediction.PaymentOutlook;
import com.orderdesk.logic.prediction.PaymentPredictor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code predict-payments}: when each open invoice will be paid, from the book's history
 * (src/site/markdown/contracts/predict-payments.md). Read-only: no database, no sign-in.
 */
@Command(name = "predict-payments", mixinStandardHelpOptions = true,
        description = {"Predicts when each open invoice will be paid and how likely it is to be paid more than 30 days late.",
                "Reads the paid history and the open invoices (CSV, UTF-8, header row) and writes one predictions row "
                        + "per open invoice: invoice_no,expected_pay_date,p_late_30,reason.",
                "Exit status: 0 done, 2 bad input (one located message per problem on standard error, nothing written)."})
public final class PredictPaymentsCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "history.csv: invoice_no,customer_no,invoice_date,due_date,amount,terms,paid_date")
    Path history;

    @Option(names = "--open", required = true, paramLabel = "FILE",
            description = "open.csv: invoice_no,customer_no,invoice_date,due_date,amount,terms")
    Path open;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The date the book is as of.")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write predictions.csv (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputProblems problems = new InputProblems();
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                problems.addFile("--out", "folder " + dir + " does not exist");
            }
        }
        PredictionCsv.Book book = PredictionCsv.read(history, open, asOf, problems);
        if (book == null || !problems.isEmpty()) {
            problems.printTo(err);
            return BAD_INPUT;
        }
        PaymentOutlook outlook = new PaymentPredictor().predict(book.history(), book.open(), asOf);
        try {
            StringWriter csv = new StringWriter();
            PredictionCsv.write(outlook.predictions(), csv);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(csv);
                stdout.flush();
            } else {
                MatchCommand.writeWhole(out, csv.toString());
            }
        } catch (IOException e) {
            err.println((out == null ? "standard output" : out.toString()) + ": cannot write: " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }
}
