package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The day's totals per status and the line each gets above the list. */
class PaymentListModelTest {
    private static DeskPayment payment(String number, String amount, DeskStatus status) {
        return new DeskPayment(number.hashCode(), number, PaymentKind.values()[0], LocalDate.of(2026, 11, 26), Money.of(amount), "USD",
                "Acme Hardware", "C-100", "Acme Hardware", status, Money.ZERO, null, "lockbox.bai");
    }

    @Test
    void totalsCountAndAddUpPerStatusAndEachReadsAsOneLine() {
        Map<DeskStatus, PaymentListModel.Total> totals = PaymentListModel.totals(List.of(payment("PMT-1", "1000", DeskStatus.AUTO),
                payment("PMT-2", "250", DeskStatus.AUTO), payment("PMT-3", "99.95", DeskStatus.SUGGESTED)));

        assertThat(totals).containsOnlyKeys(DeskStatus.AUTO, DeskStatus.SUGGESTED);
        assertThat(totals.get(DeskStatus.AUTO)).isEqualTo(new PaymentListModel.Total(2, Money.of("1250")));
        Formats us = Formats.forLocale(Locale.US);
        assertThat(PaymentListModel.totalLine(DeskStatus.AUTO, totals.get(DeskStatus.AUTO), us))
                .isEqualTo(PaymentListModel.label(DeskStatus.AUTO) + ": 2 \u00b7 1,250.00");
        assertThat(PaymentListModel.totalLine(DeskStatus.SUGGESTED, totals.get(DeskStatus.SUGGESTED), us))
                .isEqualTo(PaymentListModel.label(DeskStatus.SUGGESTED) + ": 1 \u00b7 99.95");
    }

    /**
     * A payment whose file named no currency (XXX) is not added into the dollars (it was: 300.00 of no stated currency
     * made 1,300.00 "dollars" in the footer), and its amount says so in the list.
     */
    @Test
    void moneyOfNoStatedCurrencyIsKeptApartFromTheDollars() {
        DeskPayment unknown = new DeskPayment(7, "PMT-7", PaymentKind.values()[0], LocalDate.of(2026, 11, 26), Money.of("300"),
                Money.NO_CURRENCY, "Acme Hardware", null, null, DeskStatus.SUGGESTED, Money.ZERO, null, "bank.csv");
        Map<DeskStatus, PaymentListModel.Total> totals = PaymentListModel.totals(List.of(payment("PMT-1", "1000", DeskStatus.SUGGESTED),
                unknown));
        Formats us = Formats.forLocale(Locale.US);

        assertThat(totals.get(DeskStatus.SUGGESTED).amount()).isEqualTo(Money.of("1000"));
        assertThat(PaymentListModel.totalLine(DeskStatus.SUGGESTED, totals.get(DeskStatus.SUGGESTED), us))
                .isEqualTo(PaymentListModel.label(DeskStatus.SUGGESTED) + ": 2 \u00b7 1,000.00 plus 300.00 of no stated currency");
        assertThat(PaymentListModel.amountText(unknown, us)).isEqualTo("no currency 300.00");
    }
}
