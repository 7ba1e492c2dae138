package com.orderdesk.logic.customer;

/** The result of a save: the customer's id and number (given now when it was left empty) and the version to edit from. */
public record SavedCustomer(long id, String number, long version, boolean created) {
}
