package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.invoicing.CreditBasis;
import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credit memo dialog's fields read as a request, and what that request would issue, in words: the
 * clerk sees the lines and the total before he issues (tour12: the dialog showed no amount until the
 * memo was issued). Plain Java, no JavaFX.
 */
final class CreditMemoDraft {
    /** The dialog's three ways to credit. */
    enum Kind { FULL, AMOUNT, LINES }

    /** The fields read: the request, or the sentence that says what is missing (then no request). */
    record Read(CreditRequest request, String problem) {
    }

    /** Credited lines shown one by one; more are summed in one row. */
    static final int LINES_SHOWN = 3;

    private CreditMemoDraft() {
    }

    /** {@code quantities}: the typed quantity per invoice line number, in the lines' order. */
    static Read read(Kind kind, String amountText, Map<Integer, String> quantities, String reason, Formats formats) {
        try {
            return switch (kind) {
                case FULL -> new Read(new CreditRequest.Full(reason), null);
                case AMOUNT -> amountText == null || amountText.isBlank()
                        ? new Read(null, "Type the amount to credit, tax included.")
                        : new Read(new CreditRequest.ByAmount(Money.of(formats.parseMoney(amountText)), reason), null);
                case LINES -> {
                    List<CreditRequest.LineCredit> credits = new ArrayList<>();
                    for (var entry : quantities.entrySet()) {
                        String text = entry.getValue();
                        if (text != null && !text.isBlank()) {
                            long qty = formats.parseQuantity(text);
                            if (qty > 0) {
                                credits.add(CreditRequest.LineCredit.ofQuantity(entry.getKey(), BigDecimal.valueOf(qty)));
                            }
                        }
                    }
                    yield credits.isEmpty() ? new Read(null, "Type the quantity to credit on at least one line.")
                            : new Read(new CreditRequest.ByLines(credits, reason), null);
                }
            };
        } catch (IllegalArgumentException e) { // a number that does not read: the parser's sentence
            return new Read(null, e.getMessage());
        }
    }

    /**
     * What the fields would issue: one row per credited line ("2 BD  PK417-02  196.00"), the tax and the total
     * ("Total credit 207.27"), or why it would be refused. The reason is not asked here: Issue asks for it.
     */
    static List<String> preview(CreditBasis basis, Read read, Formats formats) {
        if (read.request() == null) {
            return List.of(read.problem());
        }
        CreditDecision d = basis.preview(withReason(read.request()));
        if (!d.accepted()) {
            return d.problems();
        }
        List<String> rows = new ArrayList<>();
        if (d.lines().size() > LINES_SHOWN) { // the dialog's height is the invoice lines' above: their sum in one row
            rows.add(d.lines().size() + " lines  " + formats.money(d.linesAmount()));
        }
        for (CreditDecision.CreditedLine l : d.lines().size() > LINES_SHOWN ? List.<CreditDecision.CreditedLine>of() : d.lines()) {
            String unit = basis.invoice().lines().stream().filter(p -> p.lineNo() == l.lineNo()).map(p -> " " + p.unit())
                    .findFirst().orElse("");
            String what = l.lineNo() + "  " + l.sku() + (l.quantity().signum() > 0 ? "  " + plain(l.quantity()) + unit : "");
            if (l.withheld().isPositive()) {
                rows.add(what + "  " + formats.money(l.amount().plus(l.withheld())));
                rows.add("    restocking fee kept  -" + formats.money(l.withheld()));
            } else {
                rows.add(what + "  " + formats.money(l.amount()));
            }
        }
        Money tax = d.taxes().stream().map(TaxAmount::tax).reduce(Money.ZERO, Money::plus);
        if (!d.lines().isEmpty()) {
            rows.add("Tax  " + formats.money(tax));
        }
        rows.add("Total credit  " + formats.money(d.total()));
        return rows;
    }

    /** The total the fields would credit, or null when they do not make a request the rules accept. */
    static Money total(CreditBasis basis, Read read) {
        if (read.request() == null) {
            return null;
        }
        CreditDecision d = basis.preview(withReason(read.request()));
        return d.accepted() ? d.total() : null;
    }

    private static CreditRequest withReason(CreditRequest r) {
        String reason = r.reason() == null || r.reason().isBlank() ? "(preview)" : r.reason();
        if (r instanceof CreditRequest.ByAmount a) {
            return new CreditRequest.ByAmount(a.amount(), reason);
        }
        return r instanceof CreditRequest.ByLines l ? new CreditRequest.ByLines(l.lines(), reason) : new CreditRequest.Full(reason);
    }

    private static String plain(BigDecimal qty) {
        return qty.stripTrailingZeros().toPlainString();
    }
}
