package com.orderdesk.logic.security;

import java.util.Objects;

/**
 * Who entered and who last changed an order: what segregation of duties needs to decide who may
 * release its credit hold.
 *
 * @param lastChangedBy user name of the last person to change it, or {@code null} if never changed
 */
public record OrderAuthorship(String orderNumber, String enteredBy, String lastChangedBy) {
    public OrderAuthorship {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }
}
