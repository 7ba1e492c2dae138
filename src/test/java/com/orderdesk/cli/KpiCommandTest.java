package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdesk.main.OrderDeskCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code kpi} command: JSON out on good ledgers, exit 2 with located messages and nothing written on bad ones. */
class KpiCommandTest {
    /** Reads numbers as BigDecimal, so a test sees "2000.00" as written, not a double. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @TempDir
    Path dir;
    private Path ledger;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A copy of the hand-computed receivables/ set with operations/' orders and payments, so every figure has a value. */
    @BeforeEach
    void copyLedger() throws IOException, URISyntaxException {
        ledger = Files.createDirectory(dir.resolve("ledger"));
        Path receivables = Path.of(getClass().getResource("/kpi/receivables/invoices.csv").toURI()).getParent();
        Path operations = receivables.resolveSibling("operations");
        Files.copy(receivables.resolve("invoices.csv"), ledger.resolve("invoices.csv"));
        Files.copy(receivables.resolve("settlements.csv"), ledger.resolve("settlements.csv"));
        Files.copy(operations.resolve("payments.csv"), ledger.resolve("payments.csv"));
        Files.copy(operations.resolve("orders.csv"), ledger.resolve("orders.csv"));
    }

    private int run(String... extra) {
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("kpi", "--ledger", ledger.toString()));
        args.addAll(List.of(extra));
        return cli.execute(args.toArray(String[]::new));
    }

    private List<String> errors() {
        return err.toString().lines().toList();
    }

    private void replaceLine(String file, int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ledger.resolve(file)));
        lines.set(line - 1, text);
        Files.write(ledger.resolve(file), lines);
    }

    private void appendLine(String file, String text) throws IOException {
        Files.writeString(ledger.resolve(file), text + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void writesEveryFigureAsJson() throws IOException {
        assertThat(run("--as-of", "2026-06-30")).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.get("as_of").asText()).isEqualTo("2026-06-30");
        assertThat(json.get("days").asInt()).isEqualTo(90);
        assertThat(json.get("period_start").asText()).isEqualTo("2026-04-02");
        assertThat(json.get("ar_total").decimalValue()).isEqualByComparingTo("7700.00");
        assertThat(json.get("ar_current").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(json.get("aging").properties()).extracting(e -> e.getKey() + "=" + e.getValue().decimalValue().toPlainString())
                .containsExactly("current=2000.00", "1-30=3000.00", "31-60=1500.00", "61-90=600.00", "over_90=600.00");
        assertThat(json.get("dso").decimalValue()).isEqualByComparingTo("87.2");
        assertThat(json.get("best_possible_dso").decimalValue()).isEqualByComparingTo("22.6");
        assertThat(json.get("average_days_delinquent").decimalValue()).isEqualByComparingTo("64.6");
        assertThat(json.get("dso_countback").decimalValue()).isEqualByComparingTo("87.5");
        assertThat(json.get("cei").decimalValue()).isEqualByComparingTo("12.98");
        // operations/' orders over 90 days: all eight entered 04-02..06-30, touched O1, O4, O8 -> 5 / 8;
        // PHONE O1 (touched), O2, O7; EMAIL O3, O8 (touched); EDI O4 (touched), O5, O6; no FILE order
        assertThat(json.get("touchless_order_rate").decimalValue()).isEqualByComparingTo("0.6250");
        assertThat(json.get("touchless_by_channel").properties()).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("PHONE=0.6667", "EMAIL=0.5000", "EDI=0.6667", "FILE=null");
        // P1..P8 received 04-02..06-30, P2 and P6 by a person: 6 / 8
        assertThat(json.get("auto_cash_rate").decimalValue()).isEqualByComparingTo("0.7500");
        // shipped in the period: O4, O7 (05-31), O1, O3, O2 -> split O4, O2: 2 / 5; perfect O1, O7: 2 / 5
        assertThat(json.get("split_shipment_rate").decimalValue()).isEqualByComparingTo("0.4000");
        assertThat(json.get("perfect_order_rate").decimalValue()).isEqualByComparingTo("0.4000");
        assertThat(json.get("cost_per_order").decimalValue()).isEqualByComparingTo("18.37"); // (81.86 + 10.00) / 5 = 18.372
        assertThat(json.get("days_to_ship").decimalValue()).isEqualByComparingTo("4.0"); // 2, 3, 4, 7, 7
        assertThat(json.get("days_to_pay").decimalValue()).isEqualByComparingTo("60.0"); // I9 only, 05-01 -> 06-30
        assertThat(json.get("basis").get("sales").decimalValue()).isEqualByComparingTo("7950.00");
    }

    @Test
    void keepsTheScaleOfEachFigureAndWritesNullForAZeroDenominator() throws IOException {
        assertThat(run("--as-of", "2026-06-30", "--days", "1")).isZero();
        String text = out.toString();
        // One day, 06-30: sales I5 500; AR 7700 -> 7700 / 500 x 1 = 15.4
        assertThat(text).contains("\"dso\" : 15.4,", "\"ar_total\" : 7700.00,", "\"cost_per_order\" : null,",
                "\"days_to_ship\" : null,", "\"auto_cash_rate\" : 1.0000,");
    }

    @Test
    void writesToTheOutFileAndNothingToStandardOutput() throws IOException {
        Path target = dir.resolve("kpis.json");
        assertThat(run("--as-of", "2026-06-30", "--days", "30", "--out", target.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        JsonNode json = JSON.readTree(target.toFile());
        assertThat(json.get("days").asInt()).isEqualTo(30);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ledger", "kpis.json");
        }
    }

    private void assertBadInput(String... expectedMessages) {
        Path target = dir.resolve("kpis.json");
        assertThat(run("--as-of", "2026-06-30", "--out", target.toString())).isEqualTo(2);
        assertThat(errors()).containsExactly(expectedMessages);
        assertThat(out.toString()).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingFileIsReported() throws IOException {
        Files.delete(ledger.resolve("payments.csv"));
        assertBadInput("payments.csv: file not found (" + ledger.resolve("payments.csv") + ")");
    }

    @Test
    void aMissingColumnIsReported() throws IOException {
        replaceLine("orders.csv", 1, "order_no,customer_no,channel,entered_date,shipped_date,shipments,shipping_cost,"
                + "handling_cost,complete,on_time,undamaged,invoice_correct");
        assertBadInput("orders.csv:1: touched: missing column");
    }

    @Test
    void anUnparsableDateIsReportedWithLineAndColumn() throws IOException {
        replaceLine("invoices.csv", 3, "I2,C2,2026-04-31,2026-05-15,2000.00");
        assertBadInput("invoices.csv:3: invoice_date: \"2026-04-31\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void anUnparsableAmountIsReported() throws IOException {
        replaceLine("settlements.csv", 2, "I1,2026-02-20,\"1,400.00\",CASH");
        replaceLine("invoices.csv", 4, "I3,C1,2026-05-20,2026-06-19,3000.001");
        assertBadInput("invoices.csv:4: amount: \"3000.001\" has fractions of a cent",
                "settlements.csv:2: amount: \"1,400.00\" is not an amount (dollars, up to two decimals)");
    }

    @Test
    void anUnparsableBooleanIsReported() throws IOException {
        replaceLine("payments.csv", 2, "P1,2026-06-01,100.00,yes");
        replaceLine("orders.csv", 2, "O1,C1,PHONE,2026-06-02,true,2026-06-06,1,10.00,2.00,true,TRUE,1,true");
        assertBadInput("payments.csv:2: auto: \"yes\" is not true or false",
                "orders.csv:2: undamaged: \"1\" is not true or false");
    }

    @Test
    void duplicateIdsAreReportedWithTheFirstLine() throws IOException {
        appendLine("invoices.csv", "I3,C9,2026-06-01,2026-07-01,1.00");
        appendLine("payments.csv", "P2,2026-06-01,1.00,true");
        appendLine("orders.csv", "O5,C3,EDI,2026-06-20,false,,,,,,,,");
        assertBadInput("invoices.csv:10: invoice_no: duplicate \"I3\" (first on line 4)",
                "payments.csv:11: payment_id: duplicate \"P2\" (first on line 3)",
                "orders.csv:10: order_no: duplicate \"O5\" (first on line 6)");
    }

    @Test
    void aSettlementOfAnUnknownInvoiceIsReported() throws IOException {
        appendLine("settlements.csv", "I99,2026-06-01,5.00,CASH");
        assertBadInput("settlements.csv:9: invoice_no: \"I99\" is not an invoice of invoices.csv");
    }

    @Test
    void unknownKindsAndChannelsAndMissingShipmentFactsAreReported() throws IOException {
        appendLine("settlements.csv", "I1,2026-06-01,5.00,REFUND");
        replaceLine("orders.csv", 3, "O2,C1,FAX,2026-06-03,false,2026-06-10,,20.00,2.50,false,true,true,true");
        assertBadInput("settlements.csv:9: kind: \"REFUND\" is not one of CASH, DISCOUNT, DEDUCTION, CREDIT_MEMO, WRITE_OFF",
                "orders.csv:3: channel: \"FAX\" is not one of PHONE, EMAIL, EDI, FILE",
                "orders.csv:3: shipments: is empty (expected a whole number)");
    }

    @Test
    void badOptionsAreReportedAndNothingIsWritten() {
        assertThat(run("--as-of", "30/06/2026", "--days", "0", "--out", dir.resolve("no/such/kpis.json").toString())).isEqualTo(2);
        assertThat(errors()).containsExactly("--as-of: \"30/06/2026\" is not a date (YYYY-MM-DD)",
                "--days: must be from 1 to 36525 (was 0)", "--out: folder " + dir.resolve("no/such") + " does not exist");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aPeriodLongerThanAHundredYearsIsRefused() {
        assertThat(run("--as-of", "2026-06-30", "--days", "36526")).isEqualTo(2);
        assertThat(errors()).containsExactly("--days: must be from 1 to 36525 (was 36526)");
        assertThat(run("--as-of", "2026-06-30", "--days", "36525")).isZero();
    }

    @Test
    void aMissingLedgerFolderIsReported() {
        ledger = dir.resolve("nowhere");
        assertThat(run("--as-of", "2026-06-30")).isEqualTo(2);
        assertThat(errors()).containsExactly("--ledger: folder " + ledger + " does not exist");
    }
}
