package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks before money is posted, so a wrong posting is refused with a sentence that says why:
 * no negative amounts, nothing beyond an invoice's open amount, no more money than the payment
 * holds, a reason code for every deduction, each invoice once.
 */
public final class ApplicationRules {
    private ApplicationRules() {
    }

    /**
     * Why money in another currency than the book's is not posted, to invoices or on account: it would count as that
     * many dollars (tour of 7 December: EUR 8.85), and the book keeps no exchange rates.
     */
    public static String notInTheBooksCurrency(String paymentNo, String currency, String amount, String bookCurrency) {
        return paymentNo + " is " + currency + " " + amount + " and the book is kept in " + bookCurrency
                + " without exchange rates, so it cannot be posted. It stays open; the " + bookCurrency
                + " it is converted into is posted when the bank credits it.";
    }

    /** Why money whose file named no currency is not posted until the person posting says it is the book's. */
    public static String noCurrencyStated(String paymentNo, String amount, String bookCurrency) {
        return paymentNo + " (" + amount + ") came in a file that named no currency: it is posted once the person posting"
                + " says it is " + bookCurrency + " (the cash desk asks). It stays open.";
    }

    /**
     * @param paymentAmount the payment's amount
     * @param openByInvoice the open amount of every invoice the payment may pay
     */
    public static List<String> check(BigDecimal paymentAmount, List<PostRequest.Line> lines,
                                     Map<String, BigDecimal> openByInvoice) {
        List<String> problems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (PostRequest.Line l : lines) {
            String inv = l.invoiceNo();
            if (!seen.add(inv)) {
                problems.add(inv + " is listed twice.");
                continue;
            }
            BigDecimal open = openByInvoice.get(inv);
            if (open == null) {
                problems.add(inv + " is not an open invoice of this customer.");
                continue;
            }
            if (l.applied().signum() < 0 || l.discount().signum() < 0 || l.deduction().signum() < 0) {
                problems.add(inv + ": amounts cannot be negative.");
                continue;
            }
            BigDecimal settles = l.applied().add(l.discount()).add(l.deduction());
            if (settles.signum() == 0) {
                problems.add(inv + ": nothing to apply.");
            }
            if (settles.compareTo(open) > 0) {
                problems.add(inv + ": " + settles.toPlainString() + " is more than the open " + open.toPlainString() + ".");
            }
            if (l.deduction().signum() > 0 && (l.reasonCode() == null || l.reasonCode().isBlank())) {
                problems.add(inv + ": a deduction needs a reason code.");
            }
            total = total.add(l.applied());
        }
        if (total.compareTo(paymentAmount) > 0) {
            problems.add("Applied " + total.toPlainString() + " is more than the payment's " + paymentAmount.toPlainString() + ".");
        }
        return problems;
    }
}
