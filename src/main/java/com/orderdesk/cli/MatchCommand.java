package com.orderdesk.cli;

import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.MatchingEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
    static final int BAD_INPUT = 2;

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
        PrintWriter err = spec.commandLine().getErr();
        InputProblems problems = new InputProblems();
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                problems.addFile("--out", "folder " + dir + " does not exist");
            }
        }
        CashCsv.MatchInput input = CashCsv.read(customers, openItems, payments, problems);
        if (input == null || !problems.isEmpty()) {
            problems.printTo(err);
            return BAD_INPUT;
        }
        List<Application> rows = new MatchingEngine(input.customers(), input.openItems()).matchAll(input.payments());
        try {
            StringWriter csv = new StringWriter();
            CashCsv.write(rows, csv);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(csv);
                stdout.flush();
            } else {
                writeWhole(out, csv.toString());
            }
        } catch (IOException e) {
            err.println((out == null ? "standard output" : out.toString()) + ": cannot write: " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }

    /** Writes through a temporary file and a rename, so a failure never leaves a partial file. */
    static void writeWhole(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".applications", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
