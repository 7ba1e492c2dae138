package com.orderdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.cli.CliRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two book benchmarks share their set-up (BenchBookOptions); their refusals read as before, word for word. */
class BookBenchCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBookOrAnExistingOneToCreateIsRefusedWithExitTwo() throws Exception {
        Path missing = dir.resolve("missing.db");
        Path existing = Files.writeString(dir.resolve("existing.db"), "");

        CliRuns.Run r = CliRuns.run(new CollectionsBenchCommand(), Map.of(), "--db", missing.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("collections-bench: --db: " + missing
                + ": no such database file (add --create to build one)");
        r = CliRuns.run(new CollectionsBenchCommand(), Map.of(), "--db", existing.toString(), "--create");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("collections-bench: --db: " + existing + " already exists; give a new file");

        r = CliRuns.run(new CreditBenchCommand(), Map.of(), "--db", missing.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("bench-credit: --db: " + missing
                + ": no such database file (add --create to build one)");
        r = CliRuns.run(new CreditBenchCommand(), Map.of(), "--db", existing.toString(), "--create");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("bench-credit: --create: " + existing + " already exists; give a new file");
        r = CliRuns.run(new CreditBenchCommand(), Map.of(), "--db", existing.toString(), "--opens", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("bench-credit: --opens and --releases must be at least 1");
    }
}
