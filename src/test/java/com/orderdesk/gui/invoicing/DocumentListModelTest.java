package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.invoicing.DocumentListModel.PrintState;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice list's totals, filters and customer choices, without JavaFX. */
class DocumentListModelTest {
    private static DocumentRow row(DocumentKind kind, String number, String customer, String name, String total, String open,
                                   InvoiceStanding standing, int printCount) {
        return new DocumentRow(kind, number, customer, name, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), Money.of(total),
                Money.of(open), standing, printCount == 0 ? null : Instant.parse("2026-11-03T08:00:00Z"), "arthur", printCount, null);
    }

    private final DocumentRow invoice = row(DocumentKind.INVOICE, "INV-100", "C-10001", "Zephyr Tools", "1000", "400",
            InvoiceStanding.PARTLY_PAID, 1);
    private final DocumentRow other = row(DocumentKind.INVOICE, "INV-101", "C-10002", "Acme Hardware", "250", "250",
            InvoiceStanding.OPEN, 0);
    private final DocumentRow memo = row(DocumentKind.CREDIT_MEMO, "CM-7", "C-10001", "Zephyr Tools", "100", "100",
            InvoiceStanding.CREDITED, 0);

    @Test
    void creditMemosCountAgainstTheTotalAndTheirUnappliedAmountIsKeptApartFromTheOpenInvoices() {
        DocumentListModel.Totals t = DocumentListModel.totals(List.of(invoice, other, memo), 2);

        assertThat(t.total()).isEqualTo(Money.of("1150"));
        // the invoices' open amount is the dashboard's receivables; the unapplied credit is beside it
        assertThat(t.openInvoices()).isEqualTo(Money.of("650"));
        assertThat(t.unappliedCredits()).isEqualTo(Money.of("100"));
        assertThat(t.netOpen()).isEqualTo(Money.of("550"));
        assertThat(t.countLine()).isEqualTo("3 documents shown, 2 selected");
        // one is counted as one (the keyboard tour of 6 December read "1 documents shown")
        assertThat(new DocumentListModel.Totals(1, 1, Money.ZERO, Money.ZERO, Money.ZERO).countLine())
                .isEqualTo("1 document shown, 1 selected");
        assertThat(DocumentListModel.totals(List.of(), 0).total()).isEqualTo(Money.ZERO);
    }

    @Test
    void conditionsCombinePrintStateStandingAndCustomer() {
        List<DocumentRow> rows = List.of(invoice, other, memo);

        assertThat(rows.stream().filter(DocumentListModel.condition(PrintState.ALL, null, null))).hasSize(3);
        assertThat(rows.stream().filter(DocumentListModel.condition(null, null, null))).hasSize(3);
        assertThat(rows.stream().filter(DocumentListModel.condition(PrintState.UNPRINTED, null, null))).containsExactly(other, memo);
        assertThat(rows.stream().filter(DocumentListModel.condition(PrintState.PRINTED, null, null))).containsExactly(invoice);
        assertThat(rows.stream().filter(DocumentListModel.condition(PrintState.UNPRINTED, null,
                new CustomerChoice("C-10001", "Zephyr Tools")))).containsExactly(memo);
        assertThat(rows.stream().filter(DocumentListModel.condition(null, InvoiceStanding.OPEN, null))).containsExactly(other);
    }

    @Test
    void searchCustomersAndWords() {
        assertThat(DocumentListModel.matches(invoice, "inv-1")).isTrue();
        assertThat(DocumentListModel.matches(invoice, "c-10001")).isTrue();
        assertThat(DocumentListModel.matches(invoice, "zephyr")).isTrue();
        assertThat(DocumentListModel.matches(invoice, "acme")).isFalse();
        assertThat(DocumentListModel.customers(List.of(invoice, other, memo))).containsExactly(
                new CustomerChoice("C-10002", "Acme Hardware"), new CustomerChoice("C-10001", "Zephyr Tools"));
        assertThat(DocumentListModel.words(InvoiceStanding.PARTLY_PAID)).isEqualTo("Partly paid");
        assertThat(DocumentListModel.words(InvoiceStanding.OPEN)).isEqualTo("Open");
    }
}
