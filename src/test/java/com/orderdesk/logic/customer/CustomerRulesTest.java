package com.orderdesk.logic.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.geo.Gazetteer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules a customer must meet, the words it is found by, and the list cells of the customers file. */
class CustomerRulesTest {
    private static CustomerRules rules;
    private static final PostalAddress DALLAS = new PostalAddress("1200 Commerce St", "", "Dallas", "TX", "75201");

    @BeforeAll
    static void gazetteer() {
        rules = new CustomerRules(new AddressCheck(Gazetteer.loadDefault()));
    }

    private static CustomerRecord customer(List<CustomerRecord.ShipTo> shipTos, List<CustomerRecord.BankAccount> accounts,
                                           List<CustomerRecord.PartNumber> parts, List<String> mails) {
        return new CustomerRecord(null, 0, "", "Lone Star Plumbing", true, "(214) 555-0100", "", List.of(), DALLAS, "NET 30",
                null, mails, "", accounts, parts, shipTos);
    }

    private static CustomerRecord.ShipTo ship(String code, boolean isDefault) {
        return new CustomerRecord.ShipTo(null, code, "Site " + code, DALLAS, isDefault);
    }

    @Test
    void aCustomerNeedsOneDefaultShipToWithUniqueCodes() {
        assertThat(rules.check(customer(List.of(), List.of(), List.of(), List.of())).problems())
                .extracting(CustomerProblem::message).containsExactly("Add at least one ship-to address: orders need somewhere to go.");
        assertThat(rules.check(customer(List.of(ship("A", false), ship("B", false)), List.of(), List.of(), List.of())).problems())
                .extracting(CustomerProblem::message).containsExactly("Mark one ship-to as the default (new orders go there).");
        assertThat(rules.check(customer(List.of(ship("A", true), ship("a", false)), List.of(), List.of(), List.of())).problems())
                .extracting(p -> p.field() + "#" + p.index() + " " + p.message())
                .containsExactly("shipTos.code#2 Ship-to code A is used twice; each ship-to needs its own.");
        assertThat(rules.check(customer(List.of(ship("A", true)), List.of(), List.of(), List.of())).passed()).isTrue();
    }

    @Test
    void bankAccountsAreRoutingAndAccountWithAnAbaCheckDigit() {
        assertThat(CustomerRules.abaCheckDigitOk("021000021")).isTrue();
        assertThat(CustomerRules.abaCheckDigitOk("021000022")).isFalse();
        var r = rules.check(customer(List.of(ship("A", true)), ListCells.parseBankAccounts("021000021:700-4411; 021000022:1;"
                + " DE89370400440532013000; 1:2:3"), List.of(), List.of()));
        assertThat(r.problems()).extracting(CustomerProblem::message).containsExactly(
                "Bank account \"021000022:1\": 021000022 is not an ABA routing number (its check digit does not match);"
                        + " copy it again from the cheque.",
                "Bank account \"1:2:3\": routing:account as on the cheque, e.g. 021000021:7004411 (letters and digits only;"
                        + " an IBAN alone is fine).");
    }

    @Test
    void aPartNumberNamesOneSkuAndOrderMailsAreAddressesOrDomains() {
        var r = rules.check(customer(List.of(ship("A", true)), List.of(),
                ListCells.parsePartNumbers("AC-1=VLV-1; AC-1=VLV-2; AC-2"), List.of("@acme.com", "buyer@acme.com", "acme.com")));
        assertThat(r.problems()).extracting(CustomerProblem::message).containsExactly(
                "Order e-mail \"acme.com\": a sender address (buyer@acme.com) or a whole domain written with its @ (@acme.com).",
                "Part number AC-1 is given for both VLV-1 and VLV-2; one part number names one SKU.",
                "Part number AC-2: name our SKU it stands for.");
    }

    @Test
    void listCellsReadBackWhatTheyWrite() {
        CustomerRecord c = new CustomerRecord(null, 0, "C-1", "X", true, "", "", List.of(new CustomerRecord.Contact("Jo Parker",
                "(214) 555-0177", "jo@x.example"), new CustomerRecord.Contact("Ann", "", "")), DALLAS, "NET 30", null,
                List.of("@x.example", "a@y.example"), "", List.of(new CustomerRecord.BankAccount("021000021", "7004411")),
                List.of(new CustomerRecord.PartNumber("A=1", "SKU-1")), List.of());
        assertThat(ListCells.parseContacts(ListCells.contacts(c.contacts()))).isEqualTo(c.contacts());
        assertThat(ListCells.parseEmails(ListCells.emails(c.orderEmails()))).isEqualTo(c.orderEmails());
        assertThat(ListCells.parseBankAccounts(ListCells.bankAccounts(c.bankAccounts()))).isEqualTo(c.bankAccounts());
        assertThat(ListCells.partNumbers(c.partNumbers())).isEqualTo("A=1=SKU-1");
    }

    @Test
    void aCustomerIsFoundByTheWordsOfItsNameNumberPlacesPhonesAndMails() {
        CustomerRecord c = new CustomerRecord(null, 0, "C-10042", "Zoë's Café Supply", true, "+1 (312) 555-0101",
                "orders@acme-hq.com", List.of(new CustomerRecord.Contact("Dana Ortiz", "214.555.0177", "")), DALLAS, "NET 30",
                null, List.of("@acme.com"), "ACME01", List.of(), List.of(), List.of(ship("HOU",
                true)));
        Set<String> words = SearchWords.of(c);
        assertThat(words).contains("C", "10042", "ZOE", "S", "CAFE", "SUPPLY", "13125550101", "3125550101", "5550101", "0101",
                "ORDERS", "ACME", "HQ", "COM", "DANA", "ORTIZ", "2145550177", "DALLAS", "75201", "ACME01");
        assertThat(SearchWords.query("(312) 555-0101")).containsExactly("3125550101");
        assertThat(SearchWords.query("555-0101")).containsExactly("5550101");
        assertThat(SearchWords.query("café  zoe")).containsExactly("CAFE", "ZOE");
        assertThat(SearchWords.matches(words, SearchWords.query("cafe dal"))).isTrue();
        assertThat(SearchWords.matches(words, SearchWords.query("cafe houston"))).isFalse();
        assertThat(SearchWords.query("x".repeat(100_000))).containsExactly("X".repeat(SearchWords.MAX_LENGTH));
        assertThat(SearchWords.query("% _")).isEmpty();
        assertThat(SearchWords.query("a b c d e f g h i j k")).hasSize(SearchWords.MAX_QUERY_WORDS);
    }
}
