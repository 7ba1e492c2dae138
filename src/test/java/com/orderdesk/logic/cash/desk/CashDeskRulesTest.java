package com.orderdesk.logic.cash.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.cash.intake.BankFileReader;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashDeskRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static ChequeInput cheque(String routing, String account, String no, String amount, LocalDate date) {
        return new ChequeInput("Acme", no, routing, account, amount == null ? null : new BigDecimal(amount), date, List.of(), null);
    }

    @Test
    void aChequeNeedsAValidMicrLineAnAmountAndNoFutureDate() {
        assertThat(ChequeRules.check(cheque("021000021", "555001", "1042", "10.00", TODAY), TODAY)).isEmpty();
        Map<String, String> p = ChequeRules.check(cheque("021000022", "55", "10a", "-1", TODAY.plusDays(1)), TODAY);
        assertThat(p).containsOnlyKeys("routing", "account", "chequeNo", "amount", "date");
        assertThat(p.get("routing")).isEqualTo("Routing number 021000022 fails its check digit; compare it with the cheque again.");
        assertThat(ChequeRules.routing("12345")).contains("exactly 9 digits");
        assertThat(ChequeRules.amount(new BigDecimal("1.005"))).contains("two decimals");
    }

    @Test
    void stubLinesNeedAReferenceOrANoteAndAPositiveAmount() {
        ChequeInput c = new ChequeInput("Acme", "1", "021000021", "555001", BigDecimal.TEN, TODAY,
                List.of(new ChequeInput.StubLine("INV-1", new BigDecimal("5"), null), new ChequeInput.StubLine("", null, ""),
                        new ChequeInput.StubLine("INV-2", BigDecimal.ZERO, null)), null);
        assertThat(ChequeRules.check(c, TODAY)).containsOnlyKeys("stub.2", "stub.3");
    }

    @Test
    void theSameTransactionGetsTheSameKeyInAnyFileAndTwinsInOneFileStayTwo() throws Exception {
        String csv = "payment_id,received_date,amount,currency,payer_name,payer_account,reference\n"
                + "A,2026-11-26,10.00,USD,X,,r\nB,2026-11-26,10.00,USD,X,,r\n";
        List<ImportedPayment> first = BankFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8)).payments();
        List<ImportedPayment> again = BankFileReader.read("b.csv", csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16))
                .payments();
        assertThat(DedupKeys.of(first)).isEqualTo(DedupKeys.of(again)).doesNotHaveDuplicates();
        assertThat(DedupKeys.cheque("021000021", "555001", "0042")).isEqualTo(DedupKeys.cheque("021000021", "555001", "42"));
    }

    @Test
    void aReferenceThatSaysThereIsNoneDoesNotIdentifyATransaction() throws Exception {
        // MT940 writes NONREF where the bank has no reference: two payers paying the same amount on
        // the same day must stay two transactions, even in two files.
        String mt940 = """
                :20:STMT
                :25:NL69INGB0123456789
                :28C:1/1
                :60F:C261126EUR100,00
                :61:2611261126C10,00NTRFNONREF//NONREF
                :86:ACME BV INV-1
                :62F:C261126EUR110,00
                """;
        List<ImportedPayment> acme = BankFileReader.read("a.sta", mt940.getBytes(StandardCharsets.UTF_8)).payments();
        List<ImportedPayment> other = BankFileReader.read("b.sta", mt940.replace("ACME BV INV-1", "OTHER BV INV-2")
                .getBytes(StandardCharsets.UTF_8)).payments();
        assertThat(acme).hasSize(1);
        assertThat(DedupKeys.of(acme)).doesNotContainAnyElementsOf(DedupKeys.of(other));
    }

    @Test
    void postingRulesRefuseWhatWouldBeAWrongPosting() {
        Map<String, BigDecimal> open = Map.of("INV-1", new BigDecimal("100.00"), "INV-2", new BigDecimal("50.00"));
        List<String> problems = ApplicationRules.check(new BigDecimal("120.00"), List.of(
                new PostRequest.Line("INV-1", new BigDecimal("100.00"), BigDecimal.ZERO, BigDecimal.ZERO, null),
                new PostRequest.Line("INV-2", new BigDecimal("30.00"), BigDecimal.ZERO, new BigDecimal("25.00"), null),
                new PostRequest.Line("INV-9", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, null)), open);
        assertThat(problems).containsExactly("INV-2: 55.00 is more than the open 50.00.",
                "INV-2: a deduction needs a reason code.", "INV-9 is not an open invoice of this customer.",
                "Applied 130.00 is more than the payment's 120.00.");
    }
}
