package com.orderdesk.logic.cash.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.matching.Payment;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CamtParserTest {

    private static List<ImportedPayment> parse(String resource) throws Exception {
        try (InputStream in = CamtParserTest.class.getResourceAsStream("/cash/intake/" + resource)) {
            return CamtParser.parse(resource, in);
        }
    }

    private static List<String> problems(String name, InputStream in) {
        try {
            CamtParser.parse(name, in);
        } catch (ImportException e) {
            return e.problems();
        }
        throw new AssertionError(name + " was imported");
    }

    private static List<String> problems(String resource) {
        return problems(resource, CamtParserTest.class.getResourceAsStream("/cash/intake/" + resource));
    }

    @Test
    void readsBookedCreditsOfAVersion2Statement() throws Exception {
        List<ImportedPayment> payments = parse("statement-v2.xml");
        assertThat(payments).as("the debit, the pending credit and the reversal are no payments").hasSize(3);

        Payment ach = payments.get(0).payment();
        assertThat(ach.amount()).isEqualByComparingTo("1250.00");
        assertThat(ach.receivedDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(ach.payerName()).isEqualTo("ACME BUILDING SUPPLY INC");
        assertThat(ach.payerAccount()).as("routing:account as customers' bank accounts are kept").isEqualTo("011000015:1234567890");
        assertThat(ach.reference()).isEqualTo("INV-10023");
        assertThat(payments.get(0).bankReference()).isEqualTo("BNK-0001");
        assertThat(payments.get(0).line()).as("the line of its TxDtls").isEqualTo(30);

        Payment batch1 = payments.get(1).payment();
        assertThat(batch1.amount()).isEqualByComparingTo("980.36");
        assertThat(batch1.payerName()).isEqualTo("Northern Paint LLC");
        assertThat(batch1.reference()).as("structured remittance: document and amount").isEqualTo("INV-10024 980.36");
        assertThat(payments.get(1).bankReference()).isEqualTo("BNK-0002-1");
        assertThat(payments.get(2).payment().amount()).isEqualByComparingTo("500.00");
        assertThat(payments.get(2).payment().reference()).isEmpty();
    }

    @Test
    void readsVersion8WithPartyNamesIbanAndTransactionAmounts() throws Exception {
        List<ImportedPayment> payments = parse("statement-v8.xml");
        assertThat(payments).hasSize(1);
        Payment p = payments.get(0).payment();
        assertThat(p.amount()).isEqualByComparingTo("640.00");
        assertThat(p.currency()).isEqualTo("EUR");
        assertThat(p.receivedDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(p.payerName()).isEqualTo("Pacific Holdings Corp.");
        assertThat(p.payerAccount()).isEqualTo("AGRIFRPP:FR7630006000011234567890189");
        assertThat(p.reference()).isEqualTo("INV 20001 less 10.00 damaged; thank you");
        assertThat(payments.get(0).bankReference()).isEqualTo("SEPA-881");
    }

    @Test
    void aBadAmountImportsNothingAndSaysWhere() {
        assertThat(problems("bad-amount.xml")).containsExactly(
                "bad-amount.xml:54: amount \"12,5O\" is not a positive decimal amount");
    }

    @Test
    void wrongIndicatorsAndBatchesThatDoNotAddUpAreRefused() {
        assertThat(problems("bad-values.xml")).containsExactly(
                "bad-values.xml:43: the transactions add up to 1490.36, the entry is 1480.36",
                "bad-values.xml:72: credit/debit indicator \"DEBIT\" is neither CRDT nor DBIT");
    }

    @Test
    void aCreditWithoutAmountOrAnyDateIsRefused() {
        String xml = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """;
        assertThat(problems("e.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "e.xml:2: entry without an amount (Amt)",
                "e.xml:2: a credit without a booking or value date in a message without a creation date");
    }

    @Test
    void malformedXmlIsLocated() {
        assertThat(problems("malformed.xml")).singleElement().asString()
                .startsWith("malformed.xml:30: malformed XML:");
    }

    @Test
    void otherMessagesAreRefused() {
        assertThat(problems("not-camt.xml")).containsExactly(
                "not-camt.xml:2: not an ISO 20022 camt.052 report, camt.053 statement or camt.054 notification "
                        + "(root Document in urn:iso:std:iso:20022:tech:xsd:pain.001.001.03)");
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Ntry><Amt Ccy="USD">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-19</Dt></BookgDt>
                <AddtlNtryInf>&x;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>
                """;
        List<String> problems = problems("xxe.xml", new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)));
        assertThat(problems).singleElement().asString().startsWith("xxe.xml:").contains("malformed XML");
    }
}
