package com.orderdesk.logic.cash.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.cash.matching.Payment;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files no one here wrote (see samples/bank/SOURCES.md): each read as its bank or standard means it. */
class PublicSamplesTest {

    static BankFile read(String path) throws IOException, ImportException {
        try (InputStream in = PublicSamplesTest.class.getResourceAsStream("/samples/bank/" + path)) {
            assertThat(in).as(path).isNotNull();
            return BankFileReader.read(path.substring(path.indexOf('/') + 1), in.readAllBytes());
        }
    }

    @Test
    void theBai2SpecificationsOwnExampleIsReadWithItsControlTotals() throws Exception {
        // 03 records continued by 88s after ",/" and after a field, four groups, a 16 whose text is an 88.
        BankFile f = read("bai2/moov-sample2.bai");
        assertThat(f.format()).isEqualTo(BankFormat.BAI2);
        assertThat(f.payments()).extracting(p -> p.payment().amount().toPlainString())
                .containsExactly("4500.00", "5000.00", "200000.00", "100000.00");
        assertThat(f.payments().get(2).payment().reference()).isEqualTo("PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO");
        assertThat(f.payments().get(2).bankReference()).isEqualTo("SP4738");
        assertThat(f.payments().get(1).payment().receivedDate()).isEqualTo(LocalDate.of(2004, 6, 20));
    }

    @Test
    void aCanadianBai2FileWithSummariesContinuedAfterAnEmptyFieldIsRead() throws Exception {
        BankFile f = read("bai2/moov-sample1.bai");
        assertThat(f.payments()).hasSize(5).allMatch(p -> p.payment().currency().equals("CAD"));
        assertThat(f.payments()).extracting(p -> p.payment().reference()).contains("TFR 1020 0345678", "MONTREAL");
    }

    @Test
    void severalRecordsOnOneLineSeparatedBySlashAreRead() throws Exception {
        BankFile f = read("bai2/moov-sample3.bai");
        assertThat(f.payments()).hasSize(13);
        assertThat(f.payments().get(1).payment().reference()).isEqualTo("TRANSFER   MSPBNA BANK        PPD");
        assertThat(f.payments().get(1).line()).as("second record of line 3").isEqualTo(3);
    }

    @Test
    void aBai2FileWhoseTrailersDoNotAddUpIsRefusedWithEveryProblemLocated() {
        assertThatThrownBy(() -> read("bai2/moov-sample4-continuations-newline-delimited.bai"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).first().asString().startsWith(
                            "moov-sample4-continuations-newline-delimited.bai:22: account control total \"-1260161341762\"");
                    assertThat(e.summary()).contains("more problems").doesNotContain("\n");
                });
    }

    @Test
    void camt053Version4And8WithOneTransactionKeepTheEntrysBookedAmountAndCurrency() throws Exception {
        for (String file : List.of("camt/genkgo-camt053.v4.xml", "camt/genkgo-camt053.v8.xml")) {
            BankFile f = read(file);
            assertThat(f.format()).isEqualTo(BankFormat.CAMT_053);
            Payment p = f.payments().get(0).payment();
            assertThat(p.amount()).as(file + ": the transaction says 0 SEK").isEqualByComparingTo("8.85");
            assertThat(p.currency()).isEqualTo("EUR");
            assertThat(p.payerName()).isEqualTo("NAME NAME");
            assertThat(p.reference()).isEqualTo("4654654654654654");
        }
    }

    @ParameterizedTest
    @CsvSource({"camt/genkgo-camt052.v1.xml,CAMT_052,001.01", "camt/genkgo-camt052.v2.xml,CAMT_052,001.02",
            "camt/genkgo-camt052.v4.xml,CAMT_052,001.04", "camt/genkgo-camt052.v6.xml,CAMT_052,001.06",
            "camt/genkgo-camt052.v8.xml,CAMT_052,001.08", "camt/genkgo-camt053.v2.minimal.xml,CAMT_053,001.02",
            "camt/genkgo-camt053.v2.multi.statement.xml,CAMT_053,001.02", "camt/genkgo-camt054.v2.xml,CAMT_054,001.02",
            "camt/genkgo-camt054.v4.xml,CAMT_054,001.04", "camt/genkgo-camt054.v8.xml,CAMT_054,001.08"})
    void everyCamtVersionInUseIsRecognisedAndOnlyItsBookedCreditsArePayments(String file, BankFormat format, String version)
            throws Exception {
        BankFile f = read(file);
        assertThat(f.format()).isEqualTo(format);
        assertThat(f.version()).isEqualTo(version);
        // These samples' credits: the v2 statements have one booked credit of 8.85 EUR, the rest are debits.
        assertThat(f.payments()).allMatch(p -> p.payment().amount().compareTo(new java.math.BigDecimal("8.85")) == 0);
        assertThat(f.payments()).hasSize(format == BankFormat.CAMT_053 ? 1 : 0);
    }

    @Test
    void camt054EntriesWithoutBookingOrValueDateDoNotRefuseTheFile() throws Exception {
        // genkgo's v4 notification has entries with neither date; the old reader refused it whole.
        assertThat(read("camt/genkgo-camt054.v4.xml").format()).isEqualTo(BankFormat.CAMT_054);
    }

    @Test
    void mt940StatementsOfSeveralBanksGiveTheirCredits() throws Exception {
        assertThat(read("mt940/jejik-ing.sta").payments()).extracting(p -> p.payment().amount().toPlainString())
                .containsExactly("3.68", "1.00");
        BankFile knab = read("mt940/jejik-knab.sta");
        assertThat(knab.payments()).hasSize(2).first().satisfies(p -> assertThat(p.bankReference()).startsWith("B4E07XM0"));
        BankFile postfinance = read("mt940/jejik-postfinance.sta");
        assertThat(postfinance.payments()).hasSize(3).allMatch(p -> p.payment().currency().equals("CHF"));
        assertThat(postfinance.payments().get(0).payment().reference()).contains("RECHNUNG");
        assertThat(read("mt940/ASNB-mt940.txt").payments()).extracting(p -> p.payment().amount().toPlainString())
                .containsExactly("1000.00", "828.72", "1000.18");
        assertThat(read("mt940/cmxl-mt940.sta").payments()).hasSize(7).first()
                .satisfies(p -> assertThat(p.payment().currency()).isEqualTo("DEM"));
        assertThat(read("mt940/mBank-mt940.sta").payments()).hasSize(3);
        assertThat(read("mt940/jejik-rabobank-iban.sta").payments()).as("debits only").isEmpty();
    }

    @Test
    void germanSepaPurposeFieldsGiveTheRemittance() throws Exception {
        BankFile f = read("mt940/betterplace-sepa_mt9401.sta");
        assertThat(f.format()).isEqualTo(BankFormat.MT940);
        assertThat(f.payments()).hasSize(41);
        assertThat(f.payments().get(0).payment().reference()).startsWith("EREF+TFNR 40005 00005");
    }

    @Test
    void mt942InterimReportsAreRecognised() throws Exception {
        BankFile f = read("mt940/mBank-mt942.sta");
        assertThat(f.format()).isEqualTo(BankFormat.MT942);
        assertThat(f.payments()).hasSize(3).allMatch(p -> p.payment().currency().equals("PLN"));
        assertThat(read("mt940/self-provided-mt942.sta").format()).isEqualTo(BankFormat.MT942);
    }

    /** EDI.Net's 820 (MIT), version 005010: seven invoices paid by one cheque whose amount is their sum. */
    @Test
    void a005010RetailersChequeRemittanceNamesEachInvoicePaid() throws Exception {
        BankFile mart = read("x12/edinet-x12.820.issue140.edi");
        assertThat(mart.format()).isEqualTo(BankFormat.X12_820);
        assertThat(mart.payments()).hasSize(1);
        ImportedPayment p = mart.payments().get(0);
        assertThat(p.payment().amount()).isEqualByComparingTo("21298.97");
        assertThat(p.payment().payerName()).isEqualTo("MART INC.");
        assertThat(p.bankReference()).isEqualTo("4529952");
        // each RMR (invoice, paid, discount taken: 'less discount', stated); the ADX under the first RMR is netted in its RMR04 (4650.41 - 97.90 - 143.76),
        // so it is words on that line, not a line of its own paying -143.76 again; the lines add up to the cheque
        assertThat(p.remittance()).extracting(i -> i.reference() + " " + i.amount().toPlainString() + " " + i.note()).containsExactly(
                "26801 4408.75 less discount 97.90 deduction 143.76 reason code 59", "26927 4653.84 less discount 100.08",
                "26935 4413.11 less discount 94.91", "27009 2276.10 less discount 47.43", "27018 2276.10 less discount 47.43",
                "27028 1264.50 less discount 26.35", "27029 2006.57 less discount 43.15");
        assertThat(p.remittance().stream().map(RemittanceItem::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(p.payment().amount());
    }

    @Test
    void an820sRemittanceLinesBecomeThePaymentsRemittance() throws Exception {
        BankFile safeway = read("x12/oopfactory-820-Example4_Safeway.x12");
        assertThat(safeway.format()).isEqualTo(BankFormat.X12_820);
        ImportedPayment p = safeway.payments().get(0);
        assertThat(p.payment().amount()).isEqualByComparingTo("416093.15");
        assertThat(p.payment().payerName()).isEqualTo("Safeway - U. S. Corporate");
        assertThat(p.bankReference()).isEqualTo("4311000190");
        assertThat(p.remittance()).extracting(RemittanceItem::reference).contains("6092392", "6093694", "6093695", "6093696");
        assertThat(p.remittance()).filteredOn(i -> i.reference().equals("6092392")).singleElement()
                .satisfies(i -> {
                    assertThat(i.amount()).isEqualByComparingTo("20430.34");
                    assertThat(i.note()).isEqualTo("less discount 420.77");
                });
        assertThat(p.payment().reference()).contains("6092392 20430.34");

        BankFile wikipedia = read("x12/oopfactory-820-Example5_Wikipedia.x12");
        assertThat(wikipedia.payments().get(0).payment().payerAccount()).isEqualTo("234056789:0099109999");
        assertThat(wikipedia.payments().get(0).remittance()).hasSize(3);
        assertThat(read("x12/oopfactory-820-Example1_MortgageBankers.x12").payments().get(0).payment().amount())
                .isEqualByComparingTo("337.67");
    }
}
