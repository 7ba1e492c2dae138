package com.orderdesk.reporting;

import com.orderdesk.logic.common.PaperMoney;
import com.orderdesk.logic.invoicing.print.InvoiceBalance;
import java.util.ArrayList;
import java.util.List;

/**
 * The words an invoice's print says under its total once money or a credit came against it, and in the stamp
 * beside its title: the rule is src/site/markdown/ux.md, "An invoice after money came".
 */
public final class InvoiceBalanceText {
    private InvoiceBalanceText() {
    }

    /** A line under the total; the last one (what is due now) {@code strong}. */
    public record Row(String text, Boolean strong) {
    }

    /** "PAID Nov 23, 2026", "CREDITED Nov 26, 2026 (CM-001001)"; null while money is due or no day is known. */
    static String stamp(InvoiceBalance b) {
        InvoiceBalance.Closing c = b.closing();
        if (c == null) {
            return null;
        }
        // the memo on a line of its own: the stamp keeps its place beside the title, its font scaled to fit
        return c.byMemo() ? "CREDITED " + ReportInputs.date(c.on()) + "\n(" + c.memo() + ")" : "PAID " + ReportInputs.date(c.on());
    }

    /** The memos, the payments, the rest, then what is due: they add up to the total above them. */
    static List<Row> rows(InvoiceBalance b) {
        List<Row> rows = new ArrayList<>();
        for (InvoiceBalance.Credit m : b.credits()) {
            rows.add(new Row("Credit memo " + m.memo() + ", " + ReportInputs.date(m.issued()) + " " + PaperMoney.withCode(m.amount()), false));
        }
        if (b.paid().isPositive()) {
            rows.add(new Row("Paid to date " + PaperMoney.withCode(b.paid()), false));
        }
        if (b.adjusted().isPositive()) {
            rows.add(new Row("Discounts and adjustments " + PaperMoney.withCode(b.adjusted()), false));
        }
        String closed = closed(b);
        if (closed != null) {
            rows.add(new Row(closed, false));
        }
        rows.add(new Row("Balance due " + PaperMoney.withCode(b.due()), true));
        return rows;
    }

    private static String closed(InvoiceBalance b) {
        InvoiceBalance.Closing c = b.closing();
        if (c == null) {
            return null;
        }
        if (!c.byMemo()) {
            return "Paid in full " + ReportInputs.date(c.on()) + ".";
        }
        // a memo closing what payments left is no credit in full: "settled", as the stamp's memo says
        return (b.paid().isPositive() ? "Settled " : "Credited in full ") + ReportInputs.date(c.on()) + " (" + c.memo() + ").";
    }

    /** In the remit-to box's place on an invoice with nothing due. */
    static String nothingDue(InvoiceBalance b) {
        InvoiceBalance.Closing c = b.closing();
        if (c == null) {
            return "Nothing is due on this invoice.";
        }
        // the reason on a line of its own, so the memo's number is not cut at its hyphen
        return "Nothing is due on this invoice:\n" + (c.byMemo()
                ? "credit memo " + c.memo() + " of " + ReportInputs.date(c.on()) + " settled it."
                : "it was paid in full on " + ReportInputs.date(c.on()) + ".");
    }
}
