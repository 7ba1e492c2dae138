package com.orderdesk.gui.cash;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.model.common.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The day's payments: counts and totals per status, and the filter from the status box and search field. */
final class PaymentListModel {
    /** How the list and the detail name a payment's missing currency (ISO's "XXX" says nothing to a clerk). */
    static final String NO_CURRENCY = "no currency";
    private PaymentListModel() {
    }

    /**
     * Count and money per status. {@code amount} adds up the payments in the book's currency only; money in another
     * currency is kept apart per currency ({@code foreign}): EUR 8.85 added into dollars (tour of 7 December) made a
     * total no bank statement or ledger agrees with.
     */
    record Total(int count, Money amount, Map<String, Money> foreign) {
        Total(int count, Money amount) {
            this(count, amount, Map.of());
        }

        static Total of(DeskPayment p) {
            // money of no stated currency is not dollars until a person says so at Post: kept apart like a foreign one
            return p.foreign() || p.noCurrency() ? new Total(1, Money.ZERO, Map.of(p.currency(), p.amount())) : new Total(1, p.amount());
        }

        Total plus(Total o) {
            Map<String, Money> sum = new TreeMap<>(foreign);
            o.foreign.forEach((ccy, m) -> sum.merge(ccy, m, Money::plus));
            return new Total(count + o.count, amount.plus(o.amount), sum);
        }
    }

    static Map<DeskStatus, Total> totals(List<DeskPayment> payments) {
        Map<DeskStatus, Total> out = new EnumMap<>(DeskStatus.class);
        for (DeskPayment p : payments) {
            out.merge(p.status(), Total.of(p), Total::plus);
        }
        return out;
    }

    /** The payment's amount as the list shows it: with its currency's code when that is not the book's ("EUR 8.85"). */
    static String amountText(DeskPayment p, com.orderdesk.gui.common.Formats formats) {
        if (p.noCurrency()) {
            return NO_CURRENCY + " " + formats.money(p.amount());
        }
        return p.foreign() ? p.currency() + " " + formats.money(p.amount()) : formats.money(p.amount());
    }

    /** Status (null for all) and text: payment number, payer, customer number or name, amount. */
    static Predicate<DeskPayment> filter(DeskStatus status, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return p -> (status == null || p.status() == status)
                && (t.isEmpty() || contains(p.number(), t) || contains(p.payerName(), t) || contains(p.customerNo(), t)
                        || contains(p.customerName(), t) || p.amount().amount().toPlainString().contains(t) || p.foreign() && contains(p.currency(), t));
    }

    private static boolean contains(String s, String t) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(t);
    }

    /**
     * A status's total above the list: "Auto: 3 \u00b7 1,250.00"; money in another currency follows, not added in
     * ("Unapplied: 14 \u00b7 16,358.56 plus EUR 8.85"), or stands alone when the status has no dollars at all.
     */
    static String totalLine(DeskStatus s, Total t, com.orderdesk.gui.common.Formats formats) {
        List<String> money = new java.util.ArrayList<>();
        if (t.foreign().isEmpty() || !t.amount().isZero()) {
            money.add(formats.money(t.amount()));
        }
        t.foreign().forEach((ccy, m) -> money.add(Money.NO_CURRENCY.equals(ccy) ? formats.money(m) + " of no stated currency"
                : ccy + " " + formats.money(m)));
        return label(s) + ": " + t.count() + " \u00b7 " + String.join(" plus ", money);
    }

    /** The status as its chip says it ("Auto", "Suggested" ...). */
    static String label(DeskStatus s) {
        return com.orderdesk.gui.common.StatusKind.fromName(s.name()).map(com.orderdesk.gui.common.StatusKind::label)
                .orElse(s.name());
    }
}
