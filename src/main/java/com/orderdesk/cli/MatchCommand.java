package com.orderdesk.cli;

import com.orderdesk.logic.cash.matching.MatchingEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code match}: applies payments to open invoices from CSV files (src/site/markdown/contracts/match.md). */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Proposes how each payment applies to open invoices.",
                "Reads customers, open items and payments (CSV, UTF-8, header row) and writes one applications row "
                        + "per invoice paid (status AUTO, SUGGESTED or UNAPPLIED).",
                "Exit status: 0 done, 2 bad input (one located message per problem on standard error, nothing written)."})
public final class MatchCommand implements Callable<Integer> {
    static final int BAD_INPUT = CsvFileRun.BAD_INPUT;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", required = true, paramLabel = "FILE",
            description = "customers.csv: customer_no,name,parent_no,bank_accounts")
    Path customers;

    @Option(names = "--open-items", required = true, paramLabel = "FILE",
            description = "open.csv: invoice_no,customer_no,invoice_date,due_date,original_amount,open_amount,currency,discount_pct,discount_until")
    Path openItems;

    @Option(names = "--payments", required = true, paramLabel = "FILE",
            description = "payments.csv: payment_id,received_date,amount,currency,payer_name,payer_account,reference")
    Path payments;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write applications.csv (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        return CsvFileRun.run(spec, out, "applications.csv", problems -> CashCsv.read(customers, openItems, payments, problems),
                (input, csv) -> CashCsv.write(
                        new MatchingEngine(input.customers(), input.openItems()).matchAll(input.payments()), csv));
    }

    /** Writes whole or not at all ({@link CsvFileRun#writeWhole}); bank-payments and capture write their files through it. */
    static void writeWhole(Path target, String text) throws IOException {
        CsvFileRun.writeWhole(target, text);
    }
}
