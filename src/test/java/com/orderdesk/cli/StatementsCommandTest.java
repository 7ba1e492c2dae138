package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orderdesk statements}: one PDF per customer owing a balance, its text checked; bad input exits 2, nothing written. */
class StatementsCommandTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void book() {
        CollectionsFixture f = new CollectionsFixture(dir);
        f.book.clerk();
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7102", ClaimReason.PRICING, Money.of("100.00"),
                "price not as agreed"));
        f.book.db.close();
        db = dir.resolve("book.db");
    }

    private CliRuns.Run run(String... args) {
        return CliRuns.run(new StatementsCommand(), Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD), args);
    }

    private static List<String> files(Path folder) throws IOException {
        return Files.exists(folder) ? TestFiles.names(folder) : List.of();
    }

    @Test
    void writesOneStatementPerCustomerWithItsOpenItemsAgingAndDisputeMarked() throws IOException {
        Path out = dir.resolve("statements");
        CliRuns.Run r = run("--db", db.toString(), "--user", "ar1", "--as-of", "2026-11-26", "--out", out.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 2 statements of 2026-11-26 (balance 5420.00)", "0 customers with a zero or credit");
        assertThat(files(out)).containsExactly("STMT-C-10001-2026-11-26.pdf", "STMT-C-10002-2026-11-26.pdf");
        String acme = TestFiles.pdfText(out.resolve("STMT-C-10001-2026-11-26.pdf"));
        assertThat(acme).contains("STATEMENT OF ACCOUNT", "C-10001", "Acme", "REMIT TO", "INV-7101", "INV-7102",
                "5,000.00", "5,300.00", "In dispute", "CASE-100001 Disputed On INV-7102:", "31-60", "Nov 26, 2026");
        assertThat(TestFiles.pdfText(out.resolve("STMT-C-10002-2026-11-26.pdf"))).contains("INV-8101", "120.00").doesNotContain("INV-7101");
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws IOException {
        Path out = dir.resolve("none");
        assertThat(run("--db", db.toString(), "--user", "ar1", "--out", out.toString()).status()).isEqualTo(2);
        CliRuns.Run badDate = run("--db", db.toString(), "--user", "ar1", "--as-of", "2026-13-01", "--out", out.toString());
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("--as-of");
        CliRuns.Run future = run("--db", db.toString(), "--user", "ar1", "--as-of", "2099-01-01", "--out", out.toString());
        assertThat(future.status()).isEqualTo(2);
        assertThat(future.err()).contains("2099-01-01 is in the future");
        Path file = Files.writeString(dir.resolve("a-file.txt"), "x");
        CliRuns.Run onFile = run("--db", db.toString(), "--user", "ar1", "--as-of", "2026-11-26", "--out", file.toString());
        assertThat(onFile.status()).isEqualTo(2);
        assertThat(onFile.err()).contains("is a file; give a folder");
        CliRuns.Run clerk = run("--db", db.toString(), "--user", "clerk1", "--as-of", "2026-11-26", "--out", out.toString());
        assertThat(clerk.status()).isEqualTo(2);
        assertThat(clerk.err()).contains("may not work the collections");
        CliRuns.Run noBook = run("--db", dir.resolve("missing.db").toString(), "--user", "ar1", "--as-of", "2026-11-26",
                "--out", out.toString());
        assertThat(noBook.status()).isEqualTo(2);
        assertThat(files(out)).isEmpty();
    }
}
