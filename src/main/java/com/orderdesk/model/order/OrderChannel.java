package com.orderdesk.model.order;

/** How the order reached the desk. */
public enum OrderChannel {
    PHONE("Phone"), EMAIL("Email"), EDI("EDI"), FILE("File import");

    private final String label;

    OrderChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
