package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export's --out that names a folder is refused before any work, in one sentence that says what
 * to give instead, and nothing is left beside it. Before: products and prices said
 * "/tmp/.../.export-1696...csv -> /tmp/.../adir: Is a directory (the log file ...)" (status 1), and
 * customers said the same about its ".customers-...csv.part", which it left behind whole.
 */
class ExportTargetTest {
    private static final Map<String, String> PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    Path db;
    Path folder;

    @BeforeEach
    void book() throws Exception {
        TestBook book = TestBook.create(dir);
        book.admin();
        book.db.close();
        db = dir.resolve("book.db");
        folder = Files.createDirectories(dir.resolve("exports"));
    }

    private void refusedIntoAFolder(Object command) throws Exception {
        CliRuns.Run r = CliRuns.run(command, PASSWORD, "export", "--db", db.toString(), "--user", "admin", "--out", folder.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains("--out " + folder + " is a folder", "name the file to write")
                .doesNotContain("Exception", "\tat ", ".part", ".export-");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).as("files left beside it").isEmpty();
        }
        try (Stream<Path> inside = Files.list(folder)) {
            assertThat(inside).as("the folder").isEmpty();
        }
    }

    @Test
    void productsIntoAFolder() throws Exception {
        refusedIntoAFolder(new ProductsCommand());
    }

    @Test
    void pricesIntoAFolder() throws Exception {
        refusedIntoAFolder(new PricesCommand());
    }

    @Test
    void customersIntoAFolder() throws Exception {
        refusedIntoAFolder(new CustomersCommand());
    }
}
