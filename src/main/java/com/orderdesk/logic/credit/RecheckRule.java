package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import static com.orderdesk.logic.credit.CreditText.date;
import static com.orderdesk.logic.credit.CreditText.days;
import static com.orderdesk.logic.credit.CreditText.money;
import static com.orderdesk.logic.credit.CreditText.percent;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a released order must go through the credit checks again when it is amended:
 * when its value rose by more than the risk class's percentage, or the release is older than the
 * class's number of days. Both limits are inclusive (exactly 10% or exactly 14 days still covered).
 */
public final class RecheckRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RecheckRule() {
    }

    /** The causes for a new check; empty when the release still covers the order. */
    public static List<RecheckCause> causes(CreditRelease release, Money currentValue, RiskClassPolicy policy,
                                            LocalDate asOf) {
        List<RecheckCause> causes = new ArrayList<>();
        Money before = release.releasedValue();
        BigDecimal allowed = policy.recheckIncreasePercent();
        // current > before * (1 + allowed/100), compared exactly: current*100 > before*(100+allowed)
        BigDecimal lhs = currentValue.amount().multiply(HUNDRED);
        BigDecimal rhs = before.amount().multiply(HUNDRED.add(allowed));
        if (lhs.compareTo(rhs) > 0) {
            causes.add(new RecheckCause(RecheckCause.Kind.VALUE_INCREASED, "The order value rose from "
                    + money(before) + " to " + money(currentValue) + risePercent(before, currentValue)
                    + " since its release; more than " + percent(allowed) + " needs a new credit check."));
        }
        long age = ChronoUnit.DAYS.between(release.releasedOn(), asOf);
        if (age > policy.releaseValidDays()) {
            causes.add(new RecheckCause(RecheckCause.Kind.RELEASE_EXPIRED, "The release of "
                    + date(release.releasedOn()) + " by " + release.releasedBy() + " is " + days(age)
                    + " old; a release covers changes for " + days(policy.releaseValidDays()) + "."));
        }
        return causes;
    }

    private static String risePercent(Money before, Money after) {
        if (!before.isPositive()) {
            return "";
        }
        BigDecimal pct = after.amount().subtract(before.amount()).multiply(HUNDRED)
                .divide(before.amount(), 1, RoundingMode.HALF_UP);
        return " (+" + pct.toPlainString() + "%)";
    }
}
