package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The thresholds for every risk class. Immutable; {@link #with} returns a changed copy. */
public record CreditPolicy(Map<RiskClass, RiskClassPolicy> classes) {

    public CreditPolicy {
        Objects.requireNonNull(classes, "classes");
        for (RiskClass rc : RiskClass.values()) {
            if (!classes.containsKey(rc)) {
                throw new IllegalArgumentException("The credit policy has no thresholds for risk class " + rc.label() + ".");
            }
        }
        classes = Map.copyOf(new EnumMap<>(classes));
    }

    public RiskClassPolicy forClass(RiskClass riskClass) {
        return classes.get(riskClass);
    }

    public CreditPolicy with(RiskClass riskClass, RiskClassPolicy policy) {
        Map<RiskClass, RiskClassPolicy> copy = new EnumMap<>(classes);
        copy.put(riskClass, Objects.requireNonNull(policy, "policy"));
        return new CreditPolicy(copy);
    }

    /**
     * Defaults for a distributor selling on Net 30 terms. The tighter the class, the less lateness,
     * unsecured value and staleness it tolerates; see the README's credit policy table for why.
     * Predicted to pay very late: a low-risk customer is held only when paying more than 30 days
     * late is clearly the likelier outcome (above 75 %), a medium one when it is more likely than
     * not (50 %), a high-risk one already at 30 % (about twice the share of such invoices in a
     * usual book).
     */
    public static CreditPolicy defaults() {
        Map<RiskClass, RiskClassPolicy> m = new EnumMap<>(RiskClass.class);
        m.put(RiskClass.LOW, new RiskClassPolicy(30, 120, Money.of(10_000), Money.of(10_000),
                90, 30, new BigDecimal("10"), 30, Set.of(), 0.75));
        m.put(RiskClass.MEDIUM, new RiskClassPolicy(15, 90, Money.of(5_000), Money.of(5_000),
                180, 7, new BigDecimal("5"), 14, Set.of(), 0.5));
        m.put(RiskClass.HIGH, new RiskClassPolicy(5, 60, Money.of(1_000), Money.of(2_500),
                365, 0, BigDecimal.ZERO, 7, Set.of(), 0.3));
        return new CreditPolicy(m);
    }
}
