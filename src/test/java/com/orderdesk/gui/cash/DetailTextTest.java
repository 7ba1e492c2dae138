package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
}
