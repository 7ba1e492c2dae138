package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.logic.cash.intake.BankFile;
import com.orderdesk.logic.cash.intake.BankFileReader;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.logic.cash.matching.Payment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank-payments}: turns a bank or remittance file into the payments.csv that {@code match} reads. */
@Command(name = "bank-payments", mixinStandardHelpOptions = true,
        description = {"Reads the credits of a bank or remittance file, recognised by content: ISO 20022 camt.052/053/054 XML, "
                + "BAI2 or BTRS (BAI version 3), SWIFT MT940/MT942, ANSI X12 820, or a bank CSV export with a known "
                + "column layout; and writes them as payments.csv for the match command.",
                "All or nothing: a file that cannot be read writes nothing and lists each problem with its line "
                        + "(exit status 2)."})
public final class BankPaymentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bank or remittance file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write payments.csv (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String refusal = outRefusal();
        if (refusal == null) {
            refusal = inputRefusal(name);
        }
        if (refusal != null) {
            err.println(refusal);
            err.flush();
            return MatchCommand.BAD_INPUT;
        }
        BankFile read;
        try {
            read = BankFileReader.read(name, Files.readAllBytes(file));
        } catch (ImportException e) {
            e.problems().forEach(err::println);
            err.flush();
            return MatchCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println(name + ": cannot be read: " + FileTrouble.why(file, e));
            err.flush();
            return MatchCommand.BAD_INPUT;
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
                .setHeader(CashCsv.PAYMENT_COLUMNS.toArray(String[]::new)).get())) {
            for (ImportedPayment ip : read.payments()) {
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
        err.println(name + ": " + read.format().description() + (read.version().isEmpty() ? "" : " " + read.version())
                + ", " + read.encoding() + ": " + read.payments().size() + " credit" + (read.payments().size() == 1 ? "" : "s"));
        err.flush();
        return 0;
    }

    private String inputRefusal(String name) {
        if (Files.isDirectory(file)) {
            return name + ": is a folder, not a file (give one bank file)";
        }
        if (!Files.exists(file)) {
            return name + ": file not found (" + file + ")";
        }
        String why = FileTrouble.unreadable(file);
        return why == null ? null : name + ": cannot be read: " + why;
    }

    /** Checked before reading, so a bad --out never costs a read and never leaves half a file. */
    private String outRefusal() {
        if (out == null) {
            return null;
        }
        if (Files.isDirectory(out)) {
            return "--out " + out + ": is a folder; give the file to write, e.g. " + out.resolve("payments.csv");
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "--out " + out + ": folder " + dir + " does not exist";
        }
        String refusal = FileTrouble.unwritable(out, "payments.csv");
        return refusal == null ? null : "--out " + out + ": " + refusal;
    }
}
