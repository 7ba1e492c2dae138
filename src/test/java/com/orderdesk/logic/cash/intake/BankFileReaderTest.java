package com.orderdesk.logic.cash.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files built for each edge the readers must get right. */
class BankFileReaderTest {
    private static final String BAI2 = """
            01,021000021,ORDERDESK,261120,0600,1,80,,2/
            02,ORDERDESK,021000021,1,261119,2400,USD,2/
            03,0012345678,USD,,,,,060,500000,,/
            16,195,125000,0,WIR0001,,B/O: CAISSE POPULAIRE DE MONTRÉAL OBI=INV-10023
            49,625000,3/
            98,625000,1,5/
            99,625000,1,7/
            """;

    private static BankFile read(String name, String text, Charset charset) throws ImportException {
        return BankFileReader.read(name, text.getBytes(charset));
    }

    @Test
    void anEmptyFirstSummaryOnAnAccountRecordDoesNotStopTheSummaries() throws Exception {
        // The 060 summary after the empty one counts toward the account's control total (625000).
        BankFile f = read("s.bai", BAI2, StandardCharsets.UTF_8);
        assertThat(f.payments()).singleElement().satisfies(p -> assertThat(p.payment().amount()).isEqualByComparingTo("1250.00"));
    }

    @Test
    void windows1252TextIsReadAsTheBankWroteIt() throws Exception {
        BankFile f = read("latin.bai", BAI2, Charset.forName("windows-1252"));
        assertThat(f.encoding()).isEqualTo("windows-1252");
        assertThat(f.payments().get(0).payment().payerName()).isEqualTo("CAISSE POPULAIRE DE MONTRÉAL");
        assertThat(read("latin.bai", BAI2, StandardCharsets.ISO_8859_1).payments().get(0).payment().payerName())
                .isEqualTo("CAISSE POPULAIRE DE MONTRÉAL");
    }

    @Test
    void aContinuationAfterARecordEndingWithAnEmptyFieldKeepsThatField() throws Exception {
        // "040,2830000,,/" ends with an empty funds type; the 88 starts the next summary (072).
        String text = BAI2.replace("03,0012345678,USD,,,,,060,500000,,/",
                "03,0012345678,USD,040,500000,,/\n88,072,0,,/").replace("49,625000,3/", "49,625000,4/")
                .replace("98,625000,1,5/", "98,625000,1,6/").replace("99,625000,1,7/", "99,625000,1,8/");
        assertThat(read("c.bai", text, StandardCharsets.UTF_8).payments()).hasSize(1);
    }

    @Test
    void btrsVersion3IsRecognised() throws Exception {
        BankFile f = read("b.txt", BAI2.replace("80,,2/", "80,,3/"), StandardCharsets.UTF_8);
        assertThat(f.format()).isEqualTo(BankFormat.BTRS);
    }

    private static final String CAMT054 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
            <GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-11-19T08:00:00</CreDtTm></GrpHdr>
            <Ntfctn><Id>N1</Id>
            <Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>
            <Ntry><Amt Ccy="EUR">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
            <NtryDtls><TxDtls><Amt Ccy="EUR">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
            <RmtInf><Strd><RfrdDocInf><Nb>INV-10023</Nb></RfrdDocInf><RfrdDocAmt><RmtdAmt Ccy="EUR">250.00</RmtdAmt></RfrdDocAmt></Strd></RmtInf>
            </TxDtls></NtryDtls></Ntry>
            </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
            """;

    @Test
    void camt054EntriesWithoutDatesAreDatedByTheMessage() throws Exception {
        BankFile f = read("n.xml", CAMT054, StandardCharsets.UTF_8);
        assertThat(f.payments()).singleElement().satisfies(p -> {
            assertThat(p.payment().receivedDate()).hasToString("2026-11-19");
            assertThat(p.remittance()).containsExactly(new RemittanceItem("INV-10023", new java.math.BigDecimal("250.00"), ""));
            assertThat(p.payment().reference()).isEqualTo("INV-10023 250.00");
        });
    }

    @Test
    void severalTransactionsInAnotherCurrencyThanTheEntryAreRefused() {
        String two = CAMT054.replace("<NtryDtls><TxDtls><Amt Ccy=\"EUR\">250.00</Amt>",
                "<NtryDtls><TxDtls><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls><TxDtls><Amt Ccy=\"SEK\">150.00</Amt>");
        assertThatThrownBy(() -> read("two.xml", two, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.summary()).contains("a transaction in SEK inside an entry booked in EUR"));
    }

    @Test
    void utf16XmlWithoutAByteOrderMarkIsRecognised() throws Exception {
        String xml = CAMT054.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        BankFile f = read("n16.xml", xml, StandardCharsets.UTF_16LE);
        assertThat(f.format()).isEqualTo(BankFormat.CAMT_054);
        assertThat(f.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void aBinaryOrUnknownFileIsRefusedInOneLine() {
        assertThatThrownBy(() -> BankFileReader.read("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("logo.png:1: a binary file"));
        assertThatThrownBy(() -> read("notes.txt", "Dear team,\nplease find attached\n", StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.summary())
                        .startsWith("notes.txt:1: not a bank or remittance file this desk reads (it starts \"Dear team,\")"));
        assertThatThrownBy(() -> BankFileReader.read("empty.bai", new byte[0]))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.summary()).isEqualTo("empty.bai:1: the file is empty"));
    }

    @Test
    void aBankCsvIsReadWithTheMappingItsHeaderFits() throws Exception {
        String chase = """
                Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
                CREDIT,11/19/2026,"ACME BUILDING SUPPLY INV-10023",1250.00,ACH_CREDIT,5000.00,
                DEBIT,11/19/2026,BANK FEE,-15.00,FEE_TRANSACTION,3750.00,
                DSLIP,11/20/2026,DEPOSIT INV 10024,"1,000.37",DEPOSIT,4750.37,1042
                """;
        BankFile f = read("activity.csv", chase, StandardCharsets.UTF_8);
        assertThat(f.format()).isEqualTo(BankFormat.CSV);
        assertThat(f.mapping().name()).isEqualTo("Chase account activity");
        assertThat(f.payments()).extracting(p -> p.payment().amount().toPlainString() + " " + p.payment().currency() + " "
                + p.payment().reference() + " " + p.bankReference())
                .containsExactly("1250.00 USD ACME BUILDING SUPPLY INV-10023 ", "1000.37 USD DEPOSIT INV 10024 1042");
    }

    @Test
    void aShiftedRowABadCurrencyAndATransactionIdTwiceAreLocated() {
        String csv = """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-1,2026-11-26,490.00,USD,Acme,,INV-1
                B-2,2026-11-26,12,50,USD,Schools,,
                B-3,2026-11-26,5.00,dollars,X,,
                B-1,2026-11-26,1.00,USD,Again,,
                """;
        assertThatThrownBy(() -> read("p.csv", csv, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).containsExactly("p.csv:3: row has 8 fields, the header has 7",
                        "p.csv:4: currency: \"dollars\" is not a three-letter currency code (USD, EUR...)",
                        "p.csv:5: payment_id: duplicate \"B-1\" (first on line 2)"));
    }

    @Test
    void aMappingTheBankStoresIsUsedAndItsBadCellsAreLocated() {
        BankCsvMapping mine = new BankCsvMapping("Volksbank", ';', "Datum", "dd.MM.yyyy", "Betrag", "", true, "", "EUR",
                "Name", "IBAN", List.of("Zweck"), "");
        String text = "Datum;Name;IBAN;Zweck;Betrag\n19.11.2026;Müller GmbH;DE02120300000000202051;RE 10023;1.250,00\n"
                + "32.11.2026;X;;;5,00\n";
        assertThatThrownBy(() -> BankFileReader.read("vb.csv", text.getBytes(StandardCharsets.UTF_8), List.of(mine)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .containsExactly("vb.csv:3: Datum: \"32.11.2026\" is not a date (dd.MM.yyyy)"));
    }
}
