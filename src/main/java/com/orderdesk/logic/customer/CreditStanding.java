package com.orderdesk.logic.customer;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;

/** The credit manager's side of a customer, shown on the customer screen but changed only on the credit desk. */
public record CreditStanding(Money creditLimit, RiskClass riskClass, boolean onManualHold, LocalDate reviewDate,
                             LocalDate customerSince) {
}
