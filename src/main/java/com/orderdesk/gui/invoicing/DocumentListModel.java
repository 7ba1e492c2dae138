package com.orderdesk.gui.invoicing;

import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.model.common.Money;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The invoice list's filters, totals and customer choices, in plain Java (no JavaFX). */
final class DocumentListModel {
    private DocumentListModel() {
    }

    /** The "Show" filter on print state. */
    enum PrintState {
        ALL("All documents", null), UNPRINTED("Not yet printed", false), PRINTED("Printed", true);

        final String label;
        final Boolean printed;

        PrintState(String label, Boolean printed) {
            this.label = label;
            this.printed = printed;
        }
    }

    /**
     * What the list shows: how many rows and selected, and its money. The open amount is split: the
     * invoices' (what the dashboard's Receivables counts) and the credit memos' not yet applied to an
     * invoice; net of those credits is what the customers owe. The total counts credit memos against it.
     */
    record Totals(int shown, int selected, Money openInvoices, Money unappliedCredits, Money total) {
        /** "1,204 documents shown, 3 selected"; "1 document shown" (it read "1 documents"). */
        String countLine() {
            return String.format(shown == 1 ? "%,d document shown, %,d selected" : "%,d documents shown, %,d selected",
                    shown, selected);
        }

        Money netOpen() {
            return openInvoices.minus(unappliedCredits);
        }
    }

    static Totals totals(List<DocumentRow> shown, int selected) {
        Money total = Money.ZERO;
        Money openInvoices = Money.ZERO;
        Money unappliedCredits = Money.ZERO;
        for (DocumentRow r : shown) {
            if (r.kind() == DocumentKind.CREDIT_MEMO) {
                total = total.minus(r.total());
                unappliedCredits = unappliedCredits.plus(r.open());
            } else {
                total = total.plus(r.total());
                openInvoices = openInvoices.plus(r.open());
            }
        }
        return new Totals(shown.size(), selected, openInvoices, unappliedCredits, total);
    }

    /** The choice boxes' conditions; null (or All documents) lets every row through. */
    static Predicate<DocumentRow> condition(PrintState p, InvoiceStanding s, CustomerChoice c) {
        return r -> (p == null || p.printed == null || r.printed() == p.printed)
                && (s == null || r.standing() == s)
                && (c == null || r.customerNumber().equals(c.number()));
    }

    /** The search field: the document's number, the customer's number or name ({@code text} lower case). */
    static boolean matches(DocumentRow r, String text) {
        return r.number().toLowerCase().contains(text) || r.customerNumber().toLowerCase().contains(text)
                || r.customerName().toLowerCase().contains(text);
    }

    /** The customer filter's choices: each customer of the rows once, by name. */
    static List<CustomerChoice> customers(List<DocumentRow> rows) {
        return rows.stream().map(r -> new CustomerChoice(r.customerNumber(), r.customerName()))
                .distinct().sorted(Comparator.comparing(CustomerChoice::name)).toList();
    }

    /** A standing as words: PARTLY_PAID is "Partly paid". */
    static String words(InvoiceStanding s) {
        String w = s.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
