package com.orderdesk.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.customer.CreditStanding;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The customer editor's chip and credit line. */
class CustomerTextTest {
    private final Formats us = Formats.forLocale(Locale.US);

    @Test
    void theChipSaysNewActiveOrInactiveInItsColour() {
        assertThat(CustomerText.chip(true, true)).isEqualTo("New");
        assertThat(CustomerText.chipStyle(true, true)).isEqualTo("status-entered");
        assertThat(CustomerText.chip(false, true)).isEqualTo("Active");
        assertThat(CustomerText.chipStyle(false, true)).isEqualTo("status-paid");
        assertThat(CustomerText.chip(false, false)).isEqualTo("Inactive");
        assertThat(CustomerText.chipStyle(false, false)).isEqualTo("status-cancelled");
        assertThat(CustomerText.CHIP_STYLES).contains("status-entered", "status-paid", "status-cancelled");
    }

    @Test
    void creditLineShowsTheTermsAndDashesForWhatIsNotSet() {
        CreditStanding set = new CreditStanding(Money.of("25000"), RiskClass.MEDIUM, true, LocalDate.of(2027, 3, 1),
                LocalDate.of(2019, 5, 14));
        assertThat(CustomerText.credit(set, us)).isEqualTo(
                "Limit 25,000.00   Risk class Medium   ON MANUAL HOLD   Review Mar 1, 2027   Customer since May 14, 2019");
        CreditStanding bare = new CreditStanding(null, RiskClass.LOW, false, null, null);
        assertThat(CustomerText.credit(bare, us)).isEqualTo("Limit none   Risk class Low   No manual hold   Review -   Customer since -");
        assertThat(CustomerText.credit(null, us)).startsWith("A new customer gets no credit limit");
    }
}
