package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Builders for credit-check inputs; every test runs on {@link #TODAY}. */
final class CreditFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private CreditFixtures() {
    }

    /** An established MEDIUM customer with a $50,000 limit, no hold, no review due. */
    static CustomerCreditProfile customer() {
        return new CustomerCreditProfile(7, "Acme Hardware", RiskClass.MEDIUM, Money.of(50_000),
                TODAY.minusYears(5), false, null, null);
    }

    static CustomerCreditProfile customer(RiskClass rc, Money limit, LocalDate since) {
        return new CustomerCreditProfile(7, "Acme Hardware", rc, limit, since, false, null, null);
    }

    static OrderUnderCheck order(String value) {
        return new OrderUnderCheck(100, "SO-100", Money.of(value));
    }

    /** An invoice dated 30 days before its due date (Net 30). */
    static OpenItem invoice(String number, LocalDate due, String open) {
        return new OpenItem(number, due.minusDays(30), due, Money.of(open));
    }

    static CreditCheckInput input(CustomerCreditProfile c, List<OpenItem> items, List<OpenOrder> orders,
                                  OrderUnderCheck o) {
        return new CreditCheckInput(c, items, orders, o);
    }

    static CreditEngine engine() {
        return new CreditEngine(CreditPolicy.defaults(), CLOCK);
    }
}
