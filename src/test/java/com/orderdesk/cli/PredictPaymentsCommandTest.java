package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictPaymentsCommandTest {
    private static final String HISTORY = """
            invoice_no,customer_no,invoice_date,due_date,amount,terms,paid_date
            INV-1,C1,2026-08-03,2026-09-02,1250.00,NET 30,2026-09-10
            INV-2,C1,2026-09-01,2026-10-01,980.50,NET 30,2026-10-09
            INV-3,C1,2026-10-01,2026-10-31,700.00,NET 30,2026-11-09
            INV-4,C2,2026-10-05,2026-11-04,310.00,2/10 NET 30,2026-10-15
            """;
    private static final String OPEN = """
            invoice_no,customer_no,invoice_date,due_date,amount,terms
            INV-5,C1,2026-11-02,2026-12-02,1100.00,NET 30
            INV-6,C3,2026-11-20,2026-12-20,2000.00,NET 30
            """;

    @TempDir
    Path dir;
    private final CsvCommandRun command = new CsvCommandRun(() -> List.of("predict-payments",
            "--history", dir.resolve("history.csv").toString(), "--open", dir.resolve("open.csv").toString(),
            "--as-of", "2026-11-27"));

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY);
        Files.writeString(dir.resolve("open.csv"), OPEN);
    }

    private int run(String... extra) {
        return command.run(extra);
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CsvCommandRun.rows(csv);
    }

    /** Before: every prediction was made, then "cannot write: …/.applications…tmp -> …/answers: Is a directory" (status 1). */
    @Test
    void anOutThatIsAFolderIsRefusedBeforePredicting() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("answers"));
        assertThat(run("--out", folder.toString())).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines()).containsExactly("--out: " + folder + " is a folder; name the file to write (for example "
                + folder.resolve("predictions.csv") + ")");
    }

    @Test
    void writesOnePredictionPerOpenInvoiceToStandardOutput() throws IOException {
        assertThat(run()).isZero();
        assertThat(command.err()).isEmpty();
        assertThat(command.out()).startsWith("invoice_no,expected_pay_date,p_late_30,reason\r\n");
        List<CSVRecord> rows = rows(command.out());
        assertThat(rows).extracting(r -> r.get("invoice_no")).containsExactly("INV-5", "INV-6");
        for (CSVRecord r : rows) {
            assertThat(LocalDate.parse(r.get("expected_pay_date"))).isAfterOrEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(Double.parseDouble(r.get("p_late_30"))).isBetween(0.0, 1.0);
            assertThat(r.get("reason")).isNotBlank();
        }
        // C1 pays about 8 days late: its invoice due 2 December is expected around the 10th, not on the due date.
        assertThat(LocalDate.parse(rows.get(0).get("expected_pay_date"))).isBetween(LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 14));
        assertThat(rows.get(1).get("reason")).contains("no payment history");
    }

    @Test
    void writesTheOutFileWhole() throws IOException {
        Path target = dir.resolve("predictions.csv");
        assertThat(run("--out", target.toString())).isZero();
        assertThat(command.out()).isEmpty();
        assertThat(rows(Files.readString(target))).hasSize(2);
        CsvCommandRun.assertNoTemporaryFileIn(dir);
    }

    private void assertBadInput(String... expectedMessages) {
        command.assertBadInput(dir.resolve("predictions.csv"), expectedMessages);
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Files.delete(dir.resolve("open.csv"));
        assertBadInput("open.csv: file not found (" + dir.resolve("open.csv") + ")");
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY.replace(",paid_date\n", ",paid_on\n"));
        assertBadInput("history.csv:1: paid_date: missing column");
    }

    @Test
    void unparsableDateIsLocated() throws IOException {
        Files.writeString(dir.resolve("open.csv"), OPEN.replace("INV-5,C1,2026-11-02", "INV-5,C1,02/11/2026"));
        assertBadInput("open.csv:2: invoice_date: \"02/11/2026\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void unparsableAmountIsLocated() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY.replace("980.50", "\"980,50\""));
        assertBadInput("history.csv:3: amount: \"980,50\" is not an amount in dollars (e.g. 1250.00)");
    }

    @Test
    void duplicateInvoiceNumbersAreLocatedWithinAndAcrossFiles() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY + "INV-2,C1,2026-09-01,2026-10-01,5.00,NET 30,2026-10-09\n");
        Files.writeString(dir.resolve("open.csv"), OPEN + "INV-3,C1,2026-11-02,2026-12-02,7.00,NET 30\n");
        assertBadInput("history.csv:6: invoice_no: duplicate \"INV-2\" (first in history.csv line 3)",
                "open.csv:4: invoice_no: duplicate \"INV-3\" (first in history.csv line 4)");
    }

    @Test
    void paidDateAfterTheAsOfDateIsLocated() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY.replace("2026-11-09\n", "2026-11-30\n"));
        assertBadInput("history.csv:4: paid_date: 2026-11-30 is after the as-of date 2026-11-27");
    }

    @Test
    void paidDateBeforeTheInvoiceDateIsLocated() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY.replace("2026-10-15\n", "2026-10-01\n"));
        assertBadInput("history.csv:5: paid_date: 2026-10-01 is before the invoice date 2026-10-05");
    }

    @Test
    void aByteOrderMarkAndQuotedLineBreaksKeepTheLineNumbers() throws IOException {
        Files.writeString(dir.resolve("history.csv"), "\uFEFF" + HISTORY.replace("980.50", "x"));
        Files.writeString(dir.resolve("open.csv"), OPEN.replace("1100.00,NET 30", "1100.00,\"NET 30\n\"")
                .replace("2026-12-20", "2026-12-32"));
        assertBadInput("history.csv:3: amount: \"x\" is not an amount in dollars (e.g. 1250.00)",
                "open.csv:4: due_date: \"2026-12-32\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void aFileNotInUtf8IsNamed() throws IOException {
        Files.write(dir.resolve("history.csv"), HISTORY.replace("C2", "C\u00e92").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertBadInput("history.csv: not UTF-8 text");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Files.writeString(dir.resolve("history.csv"), HISTORY.replace("2026-10-15\n", "2026-10-01\n").replace("980.50", "x"));
        Files.writeString(dir.resolve("open.csv"), OPEN.replace("2026-12-20", "2026-12-32"));
        assertBadInput("history.csv:3: amount: \"x\" is not an amount in dollars (e.g. 1250.00)",
                "history.csv:5: paid_date: 2026-10-01 is before the invoice date 2026-10-05",
                "open.csv:3: due_date: \"2026-12-32\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void unparsableAsOfDateIsRefused() {
        int status = command.runAlone("predict-payments", "--history", dir.resolve("history.csv").toString(),
                "--open", dir.resolve("open.csv").toString(), "--as-of", "27.11.2026");
        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err()).contains("--as-of");
    }
}
