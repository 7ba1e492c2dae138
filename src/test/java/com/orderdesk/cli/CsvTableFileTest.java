package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file that cannot be a table at all is told in one sentence, whichever command reads it
 * (match, predict-payments, kpi, capture, products/prices/customers import). Before: an empty file
 * gave one "FILE:1: column: missing column" line per column expected (eleven for products), and a
 * folder "cannot read: Is a directory".
 */
class CsvTableFileTest {
    private static final List<String> COLUMNS = List.of("payment_id", "received_date", "amount");

    @TempDir
    Path dir;

    private List<String> problemsOf(Path file) {
        InputProblems problems = new InputProblems();
        assertThat(CsvTable.read(file, COLUMNS, problems)).isNull();
        return problems.messages();
    }

    @Test
    void anEmptyFileIsOneSentenceNamingTheHeaderWanted() throws Exception {
        Path empty = Files.createFile(dir.resolve("payments.csv"));

        assertThat(problemsOf(empty)).singleElement().asString()
                .contains("payments.csv", "the file is empty", "payment_id,received_date,amount");
    }

    @Test
    void aFileOfBlankLinesIsEmptyToo() throws Exception {
        Path blank = Files.writeString(dir.resolve("payments.csv"), "\r\n\r\n");

        assertThat(problemsOf(blank)).singleElement().asString().contains("the file is empty");
    }

    @Test
    void aFolderIsNotAFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("payments"));

        assertThat(problemsOf(folder)).singleElement().asString()
                .contains("payments", "is a folder, not a file").doesNotContain("Is a directory");
    }
}
