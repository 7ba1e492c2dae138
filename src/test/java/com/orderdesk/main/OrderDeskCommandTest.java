package com.orderdesk.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The root command refuses a bad database before the desk opens: one sentence on the terminal, status 2, and the
 * same sentence in a window of its own (a desktop user started from a shortcut saw nothing at all, tour14).
 */
class OrderDeskCommandTest {
    final StringWriter err = new StringWriter();
    /** The sentences the refusal window was asked to show (none opens in a test). */
    final List<String> refusalsShown = new ArrayList<>();
    /** Records the sentence; the person quits (no other book opened). */
    final OrderDeskCommand.RefusalWindow recorder = (sentence, folder) -> {
        refusalsShown.add(sentence);
        return false;
    };

    @TempDir
    Path dir;

    int run(CommandLine cli, String... args) {
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void anUnreachableServerStopsBeforeTheWindow() {
        CommandLine cli = OrderDeskCommand.commandLine(recorder);
        assertThat(run(cli, "--db-url", "jdbc:postgresql://127.0.0.1:1/orderdesk", "--db-user", "desk")).isEqualTo(2);
        assertThat(OrderDeskCommand.guiWasLaunched(cli)).isFalse();
        assertThat(err.toString()).isEqualTo("orderdesk: Cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused);"
                + " check that it is running and that the address and port are right." + System.lineSeparator());
    }

    @Test
    void aFileThatIsNotABookIsSaidInAWindowTooAndLeftAsItWas() throws Exception {
        Path notes = Files.writeString(dir.resolve("notabook.db"), "shopping list\n");
        CommandLine cli = OrderDeskCommand.commandLine(recorder);
        assertThat(run(cli, "--db", notes.toString())).isEqualTo(2);
        assertThat(OrderDeskCommand.guiWasLaunched(cli)).isFalse();
        String sentence = notes + " is not a SQLite database (it does not start with the SQLite header), so it is not an"
                + " Order Desk book.";
        assertThat(err.toString()).isEqualTo("orderdesk: " + sentence + System.lineSeparator());
        assertThat(refusalsShown).containsExactly(sentence);
        assertThat(Files.readString(notes)).isEqualTo("shopping list\n");
        assertThat(Files.list(dir)).containsExactly(notes);
    }

    @Test
    void anotherBookOpenedFromTheRefusalWindowEndsWithStatusZero() throws Exception {
        Path notes = Files.writeString(dir.resolve("notabook.db"), "shopping list\n");
        List<Path> folders = new ArrayList<>();
        CommandLine cli = OrderDeskCommand.commandLine((sentence, folder) -> {
            refusalsShown.add(sentence);
            folders.add(folder);
            return true; // the person chose a book there, and the desk ran on it until closed
        });
        assertThat(run(cli, "--db", notes.toString())).isZero();
        assertThat(OrderDeskCommand.guiWasLaunched(cli)).isTrue();
        assertThat(err.toString()).as("the terminal still says why").startsWith("orderdesk: " + notes + " is not a SQLite database");
        assertThat(refusalsShown).singleElement().asString().startsWith(notes + " is not a SQLite database");
        assertThat(folders).as("the choosers start beside the refused file").containsExactly(dir.toAbsolutePath());
    }

    @Test
    void aRefusedServerLeavesTheChoosersWhereTheyStart() {
        List<Path> folders = new ArrayList<>();
        CommandLine cli = OrderDeskCommand.commandLine((sentence, folder) -> {
            folders.add(folder);
            return false; // Quit
        });
        assertThat(run(cli, "--db-url", "jdbc:postgresql://127.0.0.1:1/orderdesk", "--db-user", "desk")).isEqualTo(2);
        assertThat(folders).containsExactly((Path) null);
    }

    @Test
    void anEmptyFileIsSaidInAWindowToo() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        CommandLine cli = OrderDeskCommand.commandLine(recorder);
        assertThat(run(cli, "--db", empty.toString())).isEqualTo(2);
        assertThat(refusalsShown).singleElement().asString().startsWith(empty + " is empty (0 bytes)");
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void anUnknownSchemeStopsBeforeTheWindow() {
        CommandLine cli = OrderDeskCommand.commandLine(recorder);
        assertThat(run(cli, "--db-url", "jdbc:oracle:thin:@db:1521:orders")).isEqualTo(2);
        assertThat(OrderDeskCommand.guiWasLaunched(cli)).isFalse();
        assertThat(err.toString()).startsWith("orderdesk: --db-url: unsupported database address \"jdbc:oracle:thin:@db:1521:orders\"");
    }

    @Test
    void helpListsTheDatabaseOptions() {
        CommandLine cli = OrderDeskCommand.commandLine(recorder);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--db=FILE", "--db-url=URL", "--db-user=USER", "--db-password-env=VAR");
    }
}
