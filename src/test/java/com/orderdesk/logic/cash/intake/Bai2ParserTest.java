package com.orderdesk.logic.cash.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.cash.matching.Payment;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bai2ParserTest {

    private static List<ImportedPayment> parse(String resource) throws Exception {
        try (Reader in = new InputStreamReader(Bai2ParserTest.class.getResourceAsStream("/cash/intake/" + resource),
                StandardCharsets.UTF_8)) {
            return Bai2Parser.parse(resource, in);
        }
    }

    private static List<String> problems(String resource) {
        try {
            parse(resource);
        } catch (ImportException e) {
            return e.problems();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(resource + " was imported");
    }

    @Test
    void readsCreditsWithPayerRemittanceAndSource() throws Exception {
        List<ImportedPayment> payments = parse("statement.bai");
        assertThat(payments).hasSize(3).as("the cheque paid (type 475) is a debit")
                .extracting(ImportedPayment::line).containsExactly(4, 6, 8);

        Payment lockbox = payments.get(0).payment();
        assertThat(lockbox.amount()).isEqualByComparingTo("1850.00");
        assertThat(lockbox.receivedDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(lockbox.currency()).isEqualTo("USD");
        assertThat(lockbox.payerName()).isEqualTo("ACME BUILDING SUPPLY");
        assertThat(lockbox.reference()).isEqualTo("INV-10023");
        assertThat(payments.get(0).bankReference()).isEqualTo("LBX0001");

        Payment ach = payments.get(1).payment();
        assertThat(ach.amount()).isEqualByComparingTo("980.36");
        assertThat(ach.payerName()).isEqualTo("NORTHERN PAINT LLC");
        assertThat(ach.reference()).as("ACH addenda RMR segment").isEqualTo("INV-10024 980.36");
        assertThat(ach.paymentId()).isEqualTo("statement.bai:6");

        Payment wire = payments.get(2).payment();
        assertThat(wire.amount()).isEqualByComparingTo("5000.00");
        assertThat(wire.payerName()).isEqualTo("PACIFIC HOLDINGS CORP");
        assertThat(wire.reference()).isEqualTo("INV 20001, 20002");
        assertThat(payments.get(2).bankReference()).as("funds type V carries a date and time first").isEqualTo("WIR0003");
    }

    @Test
    void aBadAmountImportsNothingAndSaysWhere() {
        assertThat(problems("bad-amount.bai"))
                .containsExactly("bad-amount.bai:6: amount \"98O36\" is not an amount in cents (digits only)");
    }

    @Test
    void controlTotalsAreChecked() {
        assertThat(problems("bad-total.bai"))
                .containsExactly("bad-total.bai:10: account control total \"3461000\" does not match the sum of its amounts 3461236");
    }

    /** The control total is quoted as the file writes it (sign, leading zeros), the text to search the file for. */
    @Test
    void aControlTotalIsQuotedAsTheFileWritesIt() throws Exception {
        String text;
        try (var in = Bai2ParserTest.class.getResourceAsStream("/cash/intake/bad-total.bai")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("49,3461000,8/", "49,+0003461000,8/");
        }
        assertThatThrownBy(() -> Bai2Parser.parse("signed-total.bai", new StringReader(text)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "signed-total.bai:10: account control total \"+0003461000\" does not match the sum of its amounts 3461236"));
    }

    @Test
    void aFileCutShortIsRefused() {
        assertThat(problems("cut-short.bai")).containsExactly(
                "cut-short.bai:10: the file ends without its 99 file trailer (cut short?)");
    }

    @Test
    void structureAndRecordCountsAreChecked() throws IOException {
        String text = """
                01,021000021,ORDERDESK,261120,0600,1,80,,2/
                02,ORDERDESK,021000021,1,261119,2400,USD,2/
                16,165,100,0,R1,,X
                03,1,USD/
                16,165,100,0,R1,,X
                XX,garbage
                49,100,5/
                98,100,1,5/
                99,100,1,8/
                """;
        assertThatThrownBy(() -> Bai2Parser.parse("f.bai", new StringReader(text)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).containsExactly(
                        "f.bai:6: \"XX,garbage\" is not a BAI2 record (it must start with a record code 01, 02, 03, 16, 49, 88, 98 or 99)",
                        "f.bai:3: 16 transaction outside an account",
                        "f.bai:7: account record count \"5\" does not match the 3 records",
                        "f.bai:8: group record count \"5\" does not match the 6 records"));
    }

    @Test
    void versions2And3AreReadAndNoOther() throws Exception {
        String v3 = "01,021000021,ORDERDESK,261120,0600,1,80,,3/\n99,0,0,2/\n";
        assertThat(Bai2Parser.read("v3.bai", v3).version()).as("BTRS, BAI version 3").isEqualTo(3);
        String v4 = v3.replace(",,3/", ",,4/");
        assertThatThrownBy(() -> Bai2Parser.read("v4.bai", v4))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("v4.bai:1: version \"4\" is neither BAI version 2 nor BTRS version 3");
    }
}
