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
    void activityKindWritesTheOpeningEachMovementWithItsRunningBalanceAndTheClosingOfThePeriod() throws IOException {
        Path out = dir.resolve("activity");
        CliRuns.Run r = run("--db", db.toString(), "--user", "ar1", "--kind", "activity", "--from", "2026-10-01", "--as-of",
                "2026-10-31", "--out", out.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 2 activity statements of 2026-10-01 to 2026-10-31 (closing balances 11120.00)");
        assertThat(files(out)).containsExactly("STMT-C-10001-2026-10-01-to-2026-10-31.pdf",
                "STMT-C-10002-2026-10-01-to-2026-10-31.pdf");
        String acme = TestFiles.pdfText(out.resolve("STMT-C-10001-2026-10-01-to-2026-10-31.pdf"));
        // INV-701..706 and INV-7101 were owed before October; the cheques posted on Nov 26 are after it
        assertThat(acme).contains("STATEMENT OF ACCOUNT", "Activity for a period", "Oct 1, 2026 to Oct 31, 2026",
                "Opening balance", "9,800.00", "INV-7102", "Oct 17, 2026", "300.00", "Closing balance", "10,100.00",
                "REMIT TO", "1 movement").doesNotContain("On INV-70", "INV-7101");
        CliRuns.Run backwards = run("--db", db.toString(), "--user", "ar1", "--kind", "activity", "--from", "2026-11-02",
                "--as-of", "2026-11-01", "--out", out.toString());
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("is after --as-of");
        CliRuns.Run fromWithoutKind = run("--db", db.toString(), "--user", "ar1", "--from", "2026-10-01", "--as-of",
                "2026-10-31", "--out", out.toString());
        assertThat(fromWithoutKind.status()).isEqualTo(2);
        assertThat(fromWithoutKind.err()).contains("--from is for --kind activity");
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
