package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** {@code cash import} against a PostgreSQL book: imported and matched once, the same file twice adds nothing, a bad file nothing. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresCashImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsMatchesAndNeverImportsTwiceOnPostgres() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            CashFixture fx = new CashFixture(TestBook.create(schema.config()));
            fx.book.arClerk();
            List<String> db = List.of("--db-url", schema.jdbcUrl(), "--db-user", PostgresSchema.user(),
                    "--db-password-env", "ORDERDESK_TEST_PG_PASSWORD");
            // a long payer name and reference: PostgreSQL enforces the columns' widths that SQLite does not
            Path file = Files.writeString(dir.resolve("day.bai"), CashImportCommandTest.bai2(
                    "12.00", "A PAYER NAME ".repeat(30), "REMITTANCE TEXT ".repeat(300)));
            Path bad = Files.writeString(dir.resolve("bad.bai"), CashImportCommandTest.bai2().replace("99,", "98,"));

            CliRuns.Run refused = CashImportCommandTest.cashImport(db, "ar1", file, bad);
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err().lines()).first().asString().startsWith("cash import: bad.bai:");
            assertThat(fx.payments()).isZero();

            CliRuns.Run first = CashImportCommandTest.cashImport(db, "ar1", file);
            assertThat(first.err()).isEmpty();
            assertThat(first.status()).isZero();
            assertThat(first.out().lines().toList()).startsWith("Imported 4 payments (0 already imported) from " + file);
            assertThat(first.out()).containsPattern("PMT-\\d+ 490\\.00 USD AUTO INV-000101")
                    .contains("Matched 4 open payments: 2 AUTO");

            CliRuns.Run again = CashImportCommandTest.cashImport(db, "ar1", file);
            assertThat(again.status()).isZero();
            assertThat(again.out().lines().toList()).first().asString()
                    .startsWith("Imported 0 payments (4 already imported) from " + file);
            assertThat(fx.payments()).isEqualTo(4);
            assertThat(fx.verifyAudit().intact()).isTrue();
            fx.book.db.close();
        }
    }
}
