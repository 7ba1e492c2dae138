package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code simulate} command: a short run writes the kpi spec's ledgers, the {@code kpis.json}
 * the {@code kpi} command computes from them and the report; bad input is refused in one line with
 * exit status 2 before anything is written; a book named with --db is changed only after a sign-in.
 */
class SimulateCommandTest {
    @TempDir
    Path dir;

    private CliRuns.Run simulate(String... args) {
        return CliRuns.run(new SimulateCommand(), Map.of(), args);
    }

    @Test
    void aShortRunWritesLedgersWhoseFiguresTheKpiCommandReproducesAndAReport() throws IOException {
        Path out = dir.resolve("run");

        CliRuns.Run r = simulate("--days", "7", "--seed", "11", "--out", out.toString(), "--orders-per-day", "6",
                "--customers", "40");

        assertThat(r.status()).as(r.err()).isZero();
        for (String f : List.of("invoices.csv", "settlements.csv", "payments.csv", "orders.csv", "kpis.json", "report.txt")) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertThat(orders.size() - 1).as("orders over five business days").isBetween(20, 40);
        assertThat(orders.get(0)).isEqualTo("order_no,customer_no,channel,entered_date,touched,shipped_date,shipments,"
                + "shipping_cost,handling_cost,complete,on_time,undamaged,invoice_correct");
        assertThat(Files.readAllLines(out.resolve("invoices.csv")).size()).isGreaterThan(10);
        // the kpi command over the written ledgers gives the very same kpis.json
        Path again = dir.resolve("again.json");
        CliRuns.Run kpi = CliRuns.run(new KpiCommand(), Map.of(), "--ledger", out.toString(), "--as-of", "2026-01-11",
                "--days", "7", "--out", again.toString());
        assertThat(kpi.status()).as(kpi.err()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(out.resolve("kpis.json")));
        String report = Files.readString(out.resolve("report.txt"));
        assertThat(report).contains("Touchless order share", "Auto-applied cash", "Split shipments", "Cost per order",
                "Best possible DSO", "By week, run:", "Jan 11, 2026"); // the app's dates, as the PDF prints them
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void badDaysAreRefusedInOneLineAndNothingIsWritten() {
        Path out = dir.resolve("never");

        CliRuns.Run zero = simulate("--days", "0", "--out", out.toString());
        CliRuns.Run word = simulate("--days", "ninety", "--out", out.toString());

        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("simulate: --days: must be from 1 to 3660 (was 0)");
        assertThat(word.status()).isEqualTo(2);
        assertThat(word.err().strip()).isEqualTo("simulate: --days: \"ninety\" is not a whole number");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutThatIsAFileOrUnderAMissingFolderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");

        CliRuns.Run onFile = simulate("--days", "7", "--out", file.toString());
        CliRuns.Run missing = simulate("--days", "7", "--out", dir.resolve("no/such/place").toString());

        assertThat(onFile.status()).isEqualTo(2);
        assertThat(onFile.err().strip()).isEqualTo("simulate: --out: " + file + " is a file, not a folder");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("simulate: --out: the folder " + dir.resolve("no/such") + " does not exist");
        assertThat(missing.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aPolicyValueOrComparisonItDoesNotKnowIsRefusedNamingTheAllowedOnes() {
        Path out = dir.resolve("never");

        CliRuns.Run routing = simulate("--days", "7", "--out", out.toString(), "--routing", "fastest");
        CliRuns.Run matching = simulate("--days", "7", "--out", out.toString(), "--matching", "magic");
        CliRuns.Run compare = simulate("--days", "7", "--out", out.toString(), "--compare", "pricing");

        assertThat(routing.status()).isEqualTo(2);
        assertThat(routing.err().strip()).isEqualTo("simulate: --routing: \"fastest\" is not one of optimal|nearest-first");
        assertThat(matching.status()).isEqualTo(2);
        assertThat(matching.err().strip()).isEqualTo("simulate: --matching: \"magic\" is not one of engine|rules");
        assertThat(compare.status()).isEqualTo(2);
        assertThat(compare.err().strip())
                .isEqualTo("simulate: --compare: \"pricing\" is not one of routing|capture|matching|collections");
        assertThat(out).doesNotExist();
    }

    @Test
    void aGivenBookIsChangedOnlyAfterASignIn() throws Exception {
        TestBook book = TestBook.create(dir);
        book.admin();
        book.db.close();
        long ordersBefore = orders(dir.resolve("book.db"));
        Path out = dir.resolve("out");

        CliRuns.Run r = simulate("--days", "7", "--out", out.toString(), "--db", dir.resolve("book.db").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "simulate: sign in with --user NAME (the password is read from $ORDERDESK_PASSWORD, or asked for on a terminal).");
        assertThat(orders(dir.resolve("book.db"))).isEqualTo(ordersBefore);
        assertThat(out).doesNotExist();
    }

    private static long orders(Path db) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sales_order")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
