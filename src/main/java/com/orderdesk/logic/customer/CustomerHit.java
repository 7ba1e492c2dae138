package com.orderdesk.logic.customer;

/** One line of the customer autocomplete list. */
public record CustomerHit(long id, String number, String name, String phone, String city, String state) {
    @Override
    public String toString() {
        return number + "  " + name + (city == null ? "" : "  (" + city + ", " + state + ")");
    }
}
