package com.orderdesk.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command refuses a bad database before any window opens: one sentence, status 2. */
class OrderDeskCommandTest {
    final StringWriter err = new StringWriter();

    int run(CommandLine cli, String... args) {
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void anUnreachableServerStopsBeforeTheWindow() {
        CommandLine cli = OrderDeskCommand.commandLine();
        assertThat(run(cli, "--db-url", "jdbc:postgresql://127.0.0.1:1/orderdesk", "--db-user", "desk")).isEqualTo(2);
        assertThat(OrderDeskCommand.guiWasLaunched(cli)).isFalse();
        assertThat(err.toString()).isEqualTo("orderdesk: Cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused);"
                + " check that it is running and that the address and port are right." + System.lineSeparator());
    }

    @Test
    void anUnknownSchemeStopsBeforeTheWindow() {
        CommandLine cli = OrderDeskCommand.commandLine();
        assertThat(run(cli, "--db-url", "jdbc:oracle:thin:@db:1521:orders")).isEqualTo(2);
        assertThat(OrderDeskCommand.guiWasLaunched(cli)).isFalse();
        assertThat(err.toString()).startsWith("orderdesk: --db-url: unsupported database address \"jdbc:oracle:thin:@db:1521:orders\"");
    }

    @Test
    void helpListsTheDatabaseOptions() {
        CommandLine cli = OrderDeskCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--db=FILE", "--db-url=URL", "--db-user=USER", "--db-password-env=VAR");
    }
}
