package com.orderdesk.logic.cash.desk;

import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;

/**
 * One row of the day's payment list.
 *
 * @param amount   the payment's amount in {@code currency} (a {@link Money} carries no currency of its own)
 * @param currency as the bank or the cheque gave it: the book's, another, or {@link Money#NO_CURRENCY}
 */
public record DeskPayment(long id, String number, PaymentKind kind, LocalDate receivedDate, Money amount, String currency,
                          String payerName, String customerNo, String customerName, DeskStatus status,
                          Money unapplied, String reason, String source) {

    /**
     * Money in a currency other than the book's, named by its bank: never added to the book's totals nor applied to
     * an invoice at face value (the book has no exchange rates). A payment whose file named no currency is not
     * foreign: the engine only suggests it and a person decides (see PaymentMatcher).
     */
    public boolean foreign() {
        return currency != null && !currency.equals(Money.BOOK_CURRENCY) && !currency.equals(Money.NO_CURRENCY);
    }

    /**
     * The file named no currency (stored as ISO 4217's XXX): only a bank CSV whose layout has no currency column nor
     * the account's currency can give one. Neither dollars nor foreign until a person says: kept apart in the
     * totals, only suggested by the engine, posted on the clerk's word that it is in the book's currency.
     */
    public boolean noCurrency() {
        return Money.NO_CURRENCY.equals(currency);
    }
}
