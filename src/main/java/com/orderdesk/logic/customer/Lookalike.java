package com.orderdesk.logic.customer;

/** A stored customer that looks like the one being added, and why ("same phone (312) 555-0101"). */
public record Lookalike(long id, String number, String name, String why) {
    @Override
    public String toString() {
        return number + " " + name + " (" + why + ")";
    }
}
