package com.orderdesk.logic.customer;

/** One line of the customers list. */
public record CustomerRow(long id, String number, String name, String city, String state, String phone, String email,
                          boolean active) {
}
