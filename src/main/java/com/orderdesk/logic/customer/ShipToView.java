package com.orderdesk.logic.customer;

/** A ship-to as the order screen lists it. */
public record ShipToView(long id, String label, String address, String state, boolean isDefault) {
    @Override
    public String toString() {
        return label + " - " + address;
    }
}
