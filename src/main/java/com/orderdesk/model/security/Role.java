package com.orderdesk.model.security;

/** What a signed-in person does at the desk; decides the screens and actions offered. */
public enum Role {
    ORDER_CLERK("Order clerk"),
    CREDIT_MANAGER("Credit manager"),
    AR_CLERK("AR clerk"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
