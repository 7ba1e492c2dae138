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
}
