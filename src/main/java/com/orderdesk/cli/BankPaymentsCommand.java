package com.orderdesk.cli;

import com.orderdesk.logic.cash.intake.Bai2Parser;
import com.orderdesk.logic.cash.intake.CamtParser;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.logic.cash.matching.Payment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank-payments}: turns a BAI2 or camt.053/054 bank file into the payments.csv that {@code match} reads. */
@Command(name = "bank-payments", mixinStandardHelpOptions = true,
        description = {"Reads the credits of a bank file (BAI2, or ISO 20022 camt.053 / camt.054 XML: recognised by content) "
                + "and writes them as payments.csv for the match command.",
                "All or nothing: a malformed file writes nothing and lists each problem with its line (exit status 2)."})
public final class BankPaymentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bank file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write payments.csv (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println(name + ": file not found (" + file + ")");
            err.flush();
            return MatchCommand.BAD_INPUT;
        }
        List<ImportedPayment> payments;
        try {
            payments = looksLikeXml(bytes)
                    ? CamtParser.parse(name, new ByteArrayInputStream(bytes))
                    : Bai2Parser.parse(name, new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (ImportException e) {
            e.problems().forEach(err::println);
            err.flush();
            return MatchCommand.BAD_INPUT;
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
                .setHeader(CashCsv.PAYMENT_COLUMNS.toArray(String[]::new)).get())) {
            for (ImportedPayment ip : payments) {
                Payment x = ip.payment();
                p.printRecord(x.paymentId(), x.receivedDate(), x.amount().toPlainString(), x.currency(), x.payerName(),
                        x.payerAccount(), x.reference());
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            MatchCommand.writeWhole(out, csv.toString());
        }
        return 0;
    }

    private static boolean looksLikeXml(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("<");
    }
}
