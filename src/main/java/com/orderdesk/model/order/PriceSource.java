package com.orderdesk.model.order;

/** Where a line's unit price came from, so a price check can tell an override from a contract. */
public enum PriceSource {
    CUSTOMER, LIST, OVERRIDE
}
