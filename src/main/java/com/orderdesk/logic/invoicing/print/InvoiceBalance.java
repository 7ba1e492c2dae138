package com.orderdesk.logic.invoicing.print;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What came against an invoice by the day of a print and what is still due on it. The print keeps the
 * original's figures (TOTAL DUE included) and says this under its total, so a reprint is not read as the
 * bill it was (src/site/markdown/ux.md, "An invoice after money came").
 *
 * @param paid     cash applied by the payments still standing (a reversed payment counts for nothing)
 * @param credits  the credit memos on the invoice, each with the part of it used against the invoice,
 *                 in the order issued; a memo whose credit went on the account instead is not here
 * @param adjusted the rest of what closed: discounts taken, deductions, settled claims
 * @param due      what is still open on the invoice, as the statement and the dunning letter have it
 * @param closing  how it was closed, when nothing is due and the book says how; else null
 */
public record InvoiceBalance(Money paid, List<Credit> credits, Money adjusted, Money due, Closing closing) {
    public InvoiceBalance {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(due, "due");
        credits = List.copyOf(credits);
    }

    /** A credit memo's part of the invoice's settlement. */
    public record Credit(String memo, LocalDate issued, Money amount) {
    }

    /** The day the invoice was closed, and the memo that closed it (null: paid, the day its last payment came). */
    public record Closing(LocalDate on, String memo) {
        public boolean byMemo() {
            return memo != null;
        }
    }

    /**
     * The balance of an invoice of {@code total} with {@code open} still due.
     *
     * @param cashApplied what the standing payments applied; null when the book holds no cash row for the
     *                    invoice at all (a history invoice, settled before cash was applied here): then what
     *                    the memos did not close was paid
     * @param lastReceipt the day the last standing payment came (or a history invoice's paid day); null if none
     * @param memos       the invoice's credit memos at their full amounts
     */
    public static InvoiceBalance of(Money total, Money open, Money cashApplied, LocalDate lastReceipt, List<Credit> memos) {
        Money settled = total.minus(open).max(Money.ZERO);
        Money room = cashApplied == null ? settled : settled.minus(cashApplied).max(Money.ZERO);
        List<Credit> used = new ArrayList<>();
        Money credited = Money.ZERO;
        for (Credit m : memos.stream().sorted(Comparator.comparing(Credit::issued).thenComparing(Credit::memo)).toList()) {
            // a memo on a paid invoice leaves its credit on the memo (the account's), not on this invoice
            Money part = m.amount().min(room.minus(credited));
            if (part.isPositive()) {
                used.add(new Credit(m.memo(), m.issued(), part));
                credited = credited.plus(part);
            }
        }
        Money paid = cashApplied == null ? settled.minus(credited) : cashApplied.min(settled);
        Money adjusted = settled.minus(credited).minus(paid).max(Money.ZERO);
        return new InvoiceBalance(paid, used, adjusted, open, open.isPositive() ? null : closing(used, lastReceipt));
    }

    /** Paid in full on {@code day} by cash of {@code total} (a sample's or a test's print). */
    public static InvoiceBalance paidInFull(Money total, LocalDate day) {
        return of(total, Money.ZERO, total, day, List.of());
    }

    /** Closed by the later of the last memo used and the last payment; a memo and a payment on one day: paid. */
    private static Closing closing(List<Credit> used, LocalDate lastReceipt) {
        Credit lastMemo = used.isEmpty() ? null : used.get(used.size() - 1);
        if (lastMemo != null && (lastReceipt == null || lastMemo.issued().isAfter(lastReceipt))) {
            return new Closing(lastMemo.issued(), lastMemo.memo());
        }
        return lastReceipt == null ? null : new Closing(lastReceipt, null);
    }

    /** Nothing paid or credited yet: the print is the bill as issued. */
    public boolean untouched() {
        return due.isPositive() && credits.isEmpty() && !paid.isPositive() && !adjusted.isPositive();
    }

    /** The day it was paid in full (by a payment, not closed by a memo); null otherwise. */
    public LocalDate paidOn() {
        return closing == null || closing.byMemo() ? null : closing.on();
    }
}
