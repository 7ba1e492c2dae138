package com.orderdesk.cli;

import com.orderdesk.logic.prediction.PaymentPredictor;
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
    static final int BAD_INPUT = CsvFileRun.BAD_INPUT;

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
        return CsvFileRun.run(spec, out, "predictions.csv", problems -> PredictionCsv.read(history, open, asOf, problems),
                (book, csv) -> PredictionCsv.write(
                        new PaymentPredictor().predict(book.history(), book.open(), asOf).predictions(), csv));
    }
}
