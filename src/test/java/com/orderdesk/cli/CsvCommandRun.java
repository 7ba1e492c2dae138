package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/**
 * What the tests of the commands that read CSV files and write one (match, predict-payments) do alike: run the
 * command through the whole command line with its input files, keep what it wrote to standard output and error
 * (every run's, until {@link #clearErr}), and check a bad input's outcome and that no temporary file is left.
 */
final class CsvCommandRun {
    private final Supplier<List<String>> command;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** {@code command}: the command's name and its input options, asked at each run (a test's folder is set late). */
    CsvCommandRun(Supplier<List<String>> command) {
        this.command = command;
    }

    /** The command with its input options, then {@code extra}; its exit status. */
    int run(String... extra) {
        List<String> args = new ArrayList<>(command.get());
        args.addAll(List.of(extra));
        return runAlone(args.toArray(String[]::new));
    }

    /** Exactly {@code args}, without the input options; its exit status. */
    int runAlone(String... args) {
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Standard error's lines. */
    List<String> errors() {
        return err().lines().toList();
    }

    /** Forgets what standard error has had so far (a test that runs again). */
    void clearErr() {
        err.getBuffer().setLength(0);
    }

    /** Run with {@code --out target}: refused as bad input (2), nothing written, exactly these messages (any order). */
    void assertBadInput(Path target, String... expectedMessages) {
        assertThat(run("--out", target.toString())).isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(out()).isEmpty();
        assertThat(errors()).containsExactlyInAnyOrder(expectedMessages);
    }

    /** No temporary file of a whole-or-nothing write is left in {@code dir}. */
    static void assertNoTemporaryFileIn(Path dir) throws IOException {
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** The records of {@code csv}, by its header row. */
    static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }
}
