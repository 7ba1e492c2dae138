package com.orderdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesWritesMatchesAndReports() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int status = cli.execute("match-bench", "--payments", "300", "--open-items", "3000", "--seed", "9",
                "--write", dir.toString());
        assertThat(status).isZero();
        assertThat(out.toString()).contains("Generated 300 payments against 3,000 open invoices", "Auto-matched:",
                "False auto:", "With suggestion:", "Unapplied only:", "Invariant violations: 0", "Matched in");
        for (String f : new String[] {"customers.csv", "open.csv", "payments.csv", "expected.csv"}) {
            assertThat(dir.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(dir.resolve("payments.csv"))).hasSize(301);

        // The written set is valid input for match.
        StringWriter matched = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine match = OrderDeskCommand.commandLine();
        match.setOut(new PrintWriter(matched, true));
        match.setErr(new PrintWriter(err, true));
        int matchStatus = match.execute("match", "--customers", dir.resolve("customers.csv").toString(),
                "--open-items", dir.resolve("open.csv").toString(), "--payments", dir.resolve("payments.csv").toString());
        assertThat(err.toString()).isEmpty();
        assertThat(matchStatus).isZero();
        assertThat(matched.toString().lines().count()).isGreaterThan(300);
    }
    @Test
    void timesReadingTheGeneratedPaymentsBackFromABai2File() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = com.orderdesk.main.OrderDeskCommand.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        int status = cli.execute("match-bench", "--payments", "200", "--open-items", "2000", "--seed", "3", "--bai2");
        assertThat(status).isZero();
        // Every generated payment comes back through the reader: the file's totals and counts hold.
        assertThat(out.toString()).containsPattern("Read a BAI2 file of 200 transactions \\([0-9.]+ MB\\) in [0-9.]+ s elapsed");
    }
}
