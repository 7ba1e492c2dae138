package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;

/** A stored contract price with the names a list shows. */
public record ContractPriceRow(long id, long customerId, String customerNumber, String customerName, long productId,
                               String sku, String description, Money listPrice, Money price, LocalDate validFrom,
                               LocalDate validTo) {
    public enum Period {
        EXPIRED("Expired"), CURRENT("Current"), FUTURE("Future");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Period periodOn(LocalDate day) {
        if (validTo != null && validTo.isBefore(day)) {
            return Period.EXPIRED;
        }
        return validFrom.isAfter(day) ? Period.FUTURE : Period.CURRENT;
    }

    public ContractPriceData data() {
        return new ContractPriceData(customerNumber, sku, validFrom, validTo, price);
    }
}
