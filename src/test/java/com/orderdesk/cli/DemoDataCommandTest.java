package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoDataCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void buildsASmallBookAndRefusesToWriteIntoItAgain() {
        Path db = dir.resolve("demo.db");
        assertThat(run(new DemoDataCommand(), "--db", db.toString(), "--customers", "20", "--orders", "30")).isZero();
        assertThat(out.toString()).contains("20 customers").contains("30 orders");

        assertThat(run(new DemoDataCommand(), "--db", db.toString(), "--customers", "20", "--orders", "30")).isEqualTo(2);
        assertThat(err.toString()).contains("already has customers");
    }

    @Test
    void aSizeOutOfRangeIsAClearMessageAndNoFile() {
        Path db = dir.resolve("none.db");
        assertThat(run(new DemoDataCommand(), "--db", db.toString(), "--customers", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("demo-data: customers must be at least 1, not 0");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void aNonNumberIsReportedByName() {
        assertThat(run(new DemoDataCommand(), "--db", dir.resolve("x.db").toString(), "--orders", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("--orders").contains("many");
    }

    @Test
    void benchDeskNeedsAnExistingDatabase() {
        assertThat(run(new DeskBenchCommand(), "--db", dir.resolve("missing.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no database file at");
    }
}
