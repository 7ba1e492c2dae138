package com.orderdesk.gui.invoicing;

/** A customer in the invoices screen's customer filter. */
record CustomerChoice(String number, String name) {
    @Override
    public String toString() {
        return number + "  " + name;
    }
}
