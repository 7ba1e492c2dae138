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
        CommandLine cli = new CommandLine(new OrderDeskCommand());
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
        CommandLine match = new CommandLine(new OrderDeskCommand());
        match.setOut(new PrintWriter(matched, true));
        match.setErr(new PrintWriter(err, true));
        int matchStatus = match.execute("match", "--customers", dir.resolve("customers.csv").toString(),
                "--open-items", dir.resolve("open.csv").toString(), "--payments", dir.resolve("payments.csv").toString());
        assertThat(err.toString()).isEmpty();
        assertThat(matchStatus).isZero();
        assertThat(matched.toString().lines().count()).isGreaterThan(300);
    }
}
