package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;

/** The tax one jurisdiction levies on an invoice: {@code base} x rate, rounded half-up once. */
public record TaxAmount(TaxJurisdiction jurisdiction, Money base, Money tax) {
}
