package com.orderdesk.gui.cash;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.model.common.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** The day's payments: counts and totals per status, and the filter from the status box and search field. */
final class PaymentListModel {
    private PaymentListModel() {
    }

    /** Count and money per status. */
    record Total(int count, Money amount) {
    }

    static Map<DeskStatus, Total> totals(List<DeskPayment> payments) {
        Map<DeskStatus, Total> out = new EnumMap<>(DeskStatus.class);
        for (DeskPayment p : payments) {
            out.merge(p.status(), new Total(1, p.amount()), (a, b) -> new Total(a.count() + b.count(), a.amount().plus(b.amount())));
        }
        return out;
    }

    /** Status (null for all) and text: payment number, payer, customer number or name, amount. */
    static Predicate<DeskPayment> filter(DeskStatus status, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return p -> (status == null || p.status() == status)
                && (t.isEmpty() || contains(p.number(), t) || contains(p.payerName(), t) || contains(p.customerNo(), t)
                        || contains(p.customerName(), t) || p.amount().amount().toPlainString().contains(t));
    }

    private static boolean contains(String s, String t) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(t);
    }

    /** A status's total above the list: "Auto: 3 · 1,250.00". */
    static String totalLine(DeskStatus s, Total t, com.orderdesk.gui.common.Formats formats) {
        return label(s) + ": " + t.count() + " \u00b7 " + formats.money(t.amount());
    }

    /** The status as its chip says it ("Auto", "Suggested" ...). */
    static String label(DeskStatus s) {
        return com.orderdesk.gui.common.StatusKind.fromName(s.name()).map(com.orderdesk.gui.common.StatusKind::label)
                .orElse(s.name());
    }
}
