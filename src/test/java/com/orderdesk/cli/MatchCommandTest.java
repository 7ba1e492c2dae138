package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
    private static final String CUSTOMERS = """
            customer_no,name,parent_no,bank_accounts
            C1,"Acme Building Supply, Inc.",,011000015:1234567890
            C2,Northern Paint LLC,,021000021:5550001111;021000021:5550002222
            """;
    private static final String OPEN = """
            invoice_no,customer_no,invoice_date,due_date,original_amount,open_amount,currency,discount_pct,discount_until
            INV-10023,C1,2026-11-01,2026-12-01,1250.00,1250.00,USD,,
            INV-10024,C1,2026-11-15,2026-12-15,1000.37,1000.37,USD,2,2026-11-25
            INV-20001,C2,2026-10-20,2026-11-19,99.90,99.90,USD,,
            """;
    private static final String PAYMENTS = """
            payment_id,received_date,amount,currency,payer_name,payer_account,reference
            P1,2026-11-20,1250.00,USD,ACME BUILDING SUPPLY,011000015:1234567890,"INV-10023, thank you"
            P2,2026-11-20,980.36,USD,Acme Building Supply,,INV-1OO24
            P3,2026-11-20,500.00,USD,J. Smith,,
            """;

    @TempDir
    Path dir;
    private final CsvCommandRun command = new CsvCommandRun(() -> List.of("match",
            "--customers", dir.resolve("customers.csv").toString(), "--open-items", dir.resolve("open.csv").toString(),
            "--payments", dir.resolve("payments.csv").toString()));

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("customers.csv"), CUSTOMERS);
        Files.writeString(dir.resolve("open.csv"), OPEN);
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS);
    }

    private int run(String... extra) {
        return command.run(extra);
    }

    private List<String> errors() {
        return command.errors();
    }

    @Test
    void writesApplicationsToStandardOutput() throws IOException {
        assertThat(run()).isZero();
        List<CSVRecord> rows = CsvCommandRun.rows(command.out());
        assertThat(command.out()).startsWith(
                "payment_id,invoice_no,applied_amount,discount_amount,deduction_amount,status,confidence,reason\r\n");
        assertThat(rows).extracting(r -> r.get("payment_id") + " " + r.get("invoice_no") + " " + r.get("applied_amount")
                        + " " + r.get("discount_amount") + " " + r.get("status"))
                .containsExactly("P1 INV-10023 1250.00 0.00 AUTO", "P2 INV-10024 980.36 20.01 AUTO",
                        "P3  500.00 0.00 UNAPPLIED");
        assertThat(rows.get(0).get("reason")).contains("invoice ref INV-10023");
        assertThat(Double.parseDouble(rows.get(0).get("confidence"))).isBetween(0.0, 1.0);
        assertThat(command.err()).isEmpty();
    }

    @Test
    void writesApplicationsToTheOutFile() throws IOException {
        Path target = dir.resolve("applications.csv");
        assertThat(run("--out", target.toString())).isZero();
        assertThat(command.out()).isEmpty();
        assertThat(Files.readAllLines(target)).hasSize(4).first().asString().startsWith("payment_id,invoice_no");
        CsvCommandRun.assertNoTemporaryFileIn(dir);
    }

    private void assertBadInput(String... expectedMessages) {
        command.assertBadInput(dir.resolve("applications.csv"), expectedMessages);
    }

    @Test
    void unparsableAmountIsLocated() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P3,2026-11-20,500.00", "P3,2026-11-20,\"12,5O\""));
        assertBadInput("payments.csv:4: amount: \"12,5O\" is not a number");
    }

    @Test
    void unparsableDateIsLocated() throws IOException {
        Files.writeString(dir.resolve("open.csv"), OPEN.replace("2026-11-15,2026-12-15", "15/11/2026,2026-12-15"));
        assertBadInput("open.csv:3: invoice_date: \"15/11/2026\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void duplicateIdsAreLocated() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS + "P1,2026-11-20,1.00,USD,X,,\n");
        Files.writeString(dir.resolve("open.csv"), OPEN + "INV-10023,C1,2026-11-01,2026-12-01,5.00,5.00,USD,,\n");
        Files.writeString(dir.resolve("customers.csv"), CUSTOMERS + "C2,Again,,\n");
        assertBadInput("payments.csv:5: payment_id: duplicate \"P1\" (first on line 2)",
                "open.csv:5: invoice_no: duplicate \"INV-10023\" (first on line 2)",
                "customers.csv:4: customer_no: duplicate \"C2\" (first on line 3)");
    }

    @Test
    void openItemOfAnUnknownCustomerIsLocated() throws IOException {
        Files.writeString(dir.resolve("open.csv"), OPEN + "INV-30001,C9,2026-11-01,2026-12-01,5.00,5.00,USD,,\n");
        assertBadInput("open.csv:5: customer_no: \"C9\" is not a known customer");
    }

    @Test
    void missingFileAndMissingColumnAreReportedTogether() throws IOException {
        Files.delete(dir.resolve("customers.csv"));
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace(",reference", ",remittance"));
        assertBadInput("customers.csv: file not found (" + dir.resolve("customers.csv") + ")",
                "payments.csv:1: reference: missing column");
    }

    @Test
    void everyProblemGetsItsOwnLine() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                P1,2026-13-01,abc,USD,X,,
                P2,2026-11-20,1.005,USD,X,,
                """);
        assertBadInput("payments.csv:2: received_date: \"2026-13-01\" is not a date (YYYY-MM-DD)",
                "payments.csv:2: amount: \"abc\" is not a number",
                "payments.csv:3: amount: \"1.005\" has fractions of a cent");
    }

    @Test
    void aBadRunLeavesAnEarlierOutputFileUntouched() throws IOException {
        Path target = dir.resolve("applications.csv");
        Files.writeString(target, "earlier run\n");
        Files.writeString(dir.resolve("open.csv"), OPEN + "INV-30001,C9,2026-11-01,2026-12-01,5.00,5.00,USD,,\n");
        assertThat(run("--out", target.toString())).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("earlier run\n");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsLocated() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P3,2026-11-20,500.00", "P3,2026-11-20,12,50"));
        assertBadInput("payments.csv:4: row: has 8 fields, the header has 7");
    }

    @Test
    void anOutFileInAMissingFolderIsRefusedBeforeMatching() {
        Path target = dir.resolve("no-such-folder").resolve("applications.csv");
        assertThat(run("--out", target.toString())).isEqualTo(2);
        assertThat(errors()).containsExactly("--out: folder " + dir.resolve("no-such-folder") + " does not exist");
    }

    /** Before: the whole match ran, then "…/answers: cannot write: …/.applications123.tmp -> …/answers: Is a directory" (status 1). */
    @Test
    void anOutThatIsAFolderIsRefusedBeforeMatching() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("answers"));
        assertThat(run("--out", folder.toString())).isEqualTo(2);
        assertThat(errors()).containsExactly("--out: " + folder + " is a folder; name the file to write (for example "
                + folder.resolve("applications.csv") + ")");
        CsvCommandRun.assertNoTemporaryFileIn(dir);
    }

    @Test
    void requiredOptionsAreEnforcedByTheCommandLine() {
        assertThat(command.runAlone("match", "--customers", "c.csv")).isEqualTo(2);
        assertThat(command.err()).contains("Missing required options");
    }
    @Test
    void anAmountOfTwentySixDigitsIsLocatedNotAStackTrace() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P3,2026-11-20,500.00", "P3,2026-11-20,12345678901234567890123456"));
        assertBadInput("payments.csv:4: amount: \"12345678901234567890123456\" is too large (at most 999,999,999,999.99)");
    }

    @Test
    void zeroAndNegativePaymentsAreRefused() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P3,2026-11-20,500.00", "P3,2026-11-20,0.00")
                + "P4,2026-11-20,-20.00,USD,X,,\n");
        assertBadInput("payments.csv:4: amount: \"0.00\" is not a receipt (a payment's amount must be more than zero)",
                "payments.csv:5: amount: \"-20.00\" is not a receipt (a payment's amount must be more than zero)");
    }

    @Test
    void anOpenAmountLargerThanTheOriginalIsRefused() throws IOException {
        Files.writeString(dir.resolve("open.csv"), OPEN.replace("1250.00,1250.00", "1250.00,1350.00"));
        assertBadInput("open.csv:2: open_amount: \"1350.00\" is more than the original amount \"1250.00\"");
    }

    @Test
    void aParentCycleIsRefused() throws IOException {
        Files.writeString(dir.resolve("customers.csv"), """
                customer_no,name,parent_no,bank_accounts
                C1,"Acme Building Supply, Inc.",C2,011000015:1234567890
                C2,Northern Paint LLC,C1,021000021:5550001111
                """);
        assertBadInput("customers.csv:2: parent_no: parents form a cycle: C1 -> C2 -> C1",
                "customers.csv:3: parent_no: parents form a cycle: C2 -> C1 -> C2");
    }

    @Test
    void aBadQuoteIsALocatedSentence() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P3,2026-11-20,500.00,USD,J. Smith", "P3,2026-11-20,500.00,USD,\"J. Smith\" Jr"));
        assertBadInput("payments.csv:4: text follows a closing quote in a field (write a quote inside a quoted field as \"\")");
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS + "P9,2026-11-20,5.00,USD,\"never closed,,\n");
        command.clearErr();
        assertBadInput("payments.csv:5: a quoted field is never closed (a \" opens it and no \" ends it)");
    }

    @Test
    void aCurrencyThatIsNotACodeIsRefusedAndAnEmptyOneIsNeverAuto() throws IOException {
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P3,2026-11-20,500.00,USD", "P3,2026-11-20,500.00,dollars"));
        assertBadInput("payments.csv:4: currency: \"dollars\" is not a three-letter currency code (USD, EUR...)");
        Files.writeString(dir.resolve("payments.csv"), PAYMENTS.replace("P1,2026-11-20,1250.00,USD", "P1,2026-11-20,1250.00,"));
        command.clearErr();
        assertThat(run()).isZero();
        assertThat(command.out().lines().filter(l -> l.startsWith("P1,"))).allMatch(l -> l.contains(",SUGGESTED,"));
    }
}
