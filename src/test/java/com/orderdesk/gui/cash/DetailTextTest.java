package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.model.cash.MatchStatus;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;

class DetailTextTest {
    private final Formats us = Formats.forLocale(Locale.US);

    @Test
    void theLinesUnderTheApplyGridSayWhatIsAppliedAndWhatIsLeft() {
        assertThat(DetailText.applied(null, new BigDecimal("900.00"), new BigDecimal("100.00"), false, us))
                .containsExactly("Applied 900.00", "Difference 100.00");
        assertThat(DetailText.applied(null, new BigDecimal("900.00"), new BigDecimal("100.00"), true, us))
                .containsExactly("Applied 900.00", "On account 100.00");
        assertThat(DetailText.applied(null, new BigDecimal("1000.00"), BigDecimal.ZERO.setScale(2), false, us))
                .containsExactly("Applied 1,000.00", "Fully applied");
        assertThat(DetailText.applied(null, new BigDecimal("1050.00"), new BigDecimal("-50.00"), false, us))
                .containsExactly("Applied 1,050.00", "Over-applied by 50.00");
    }

    /**
     * Tour 7: the detail said "Engine UNAPPLIED (confidence 90%)", the enum's name. Tour of 7 December: "No match
     * (confidence 90%)" read as a match the engine was 90 % sure of; a verdict of no match carries no confidence.
     */
    @Test
    void theEnginesVerdictIsSaidInWords() {
        assertThat(DetailText.proposal(detail(MatchStatus.UNAPPLIED, 0.9, "no invoice of that amount")))
                .isEqualTo("No match: no invoice of that amount");
        assertThat(DetailText.proposal(detail(MatchStatus.SUGGESTED, 0.5, "amount and customer")))
                .isEqualTo("Suggested match (confidence 50%): amount and customer");
        assertThat(DetailText.proposal(detail(MatchStatus.AUTO, null, "reference")))
                .isEqualTo("Auto match: reference");
    }

    private static PaymentDetail detail(MatchStatus status, Double confidence, String reason) {
        LocalDate day = LocalDate.of(2026, 11, 26);
        DeskPayment p = new DeskPayment(7, "PMT-100007", PaymentKind.CHEQUE, day, Money.of("100.00"), "USD", "Acme", "C-1", "Acme",
                DeskStatus.SUGGESTED, Money.of("100.00"), "", "cheque");
        return new PaymentDetail(p, 3, "", null, "", null, null, null, null, List.of(), status, confidence, reason,
                List.of(), List.of(), List.of());
    }
}
