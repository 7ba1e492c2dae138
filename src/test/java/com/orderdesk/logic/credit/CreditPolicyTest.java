package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {

    @Test
    void defaultsGetStricterFromLowToHigh() {
        CreditPolicy p = CreditPolicy.defaults();
        RiskClassPolicy low = p.forClass(RiskClass.LOW);
        RiskClassPolicy medium = p.forClass(RiskClass.MEDIUM);
        RiskClassPolicy high = p.forClass(RiskClass.HIGH);
        assertThat(low.pastDueToleranceDays()).isGreaterThan(medium.pastDueToleranceDays())
                .isGreaterThan(high.pastDueToleranceDays());
        assertThat(low.oldestItemMaxAgeDays()).isGreaterThan(medium.oldestItemMaxAgeDays())
                .isGreaterThan(high.oldestItemMaxAgeDays());
        assertThat(low.maxOrderWithoutLimit()).isGreaterThan(medium.maxOrderWithoutLimit())
                .isGreaterThan(high.maxOrderWithoutLimit());
        assertThat(low.releaseValidDays()).isGreaterThan(medium.releaseValidDays())
                .isGreaterThan(high.releaseValidDays());
        assertThat(low.recheckIncreasePercent()).isGreaterThan(medium.recheckIncreasePercent())
                .isGreaterThan(high.recheckIncreasePercent());
    }

    @Test
    void everyRiskClassNeedsThresholds() {
        Map<RiskClass, RiskClassPolicy> m = new EnumMap<>(CreditPolicy.defaults().classes());
        m.remove(RiskClass.HIGH);
        assertThatThrownBy(() -> new CreditPolicy(m))
                .hasMessage("The credit policy has no thresholds for risk class High.");
    }

    @Test
    void negativeThresholdsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new RiskClassPolicy(-1, 90, Money.of(1), Money.of(1), 90, 0, BigDecimal.ONE, 7,
                Set.of())).hasMessage("The past-due tolerance days must not be negative, was -1.");
    }

    @Test
    void manualHoldCannotBeSwitchedOff() {
        RiskClassPolicy low = CreditPolicy.defaults().forClass(RiskClass.LOW);
        assertThatThrownBy(() -> low.withDisabled(CreditReason.MANUAL_HOLD))
                .hasMessage("The manual hold check cannot be switched off.");
    }
}
