package com.orderdesk.model.security;

/**
 * What a signed-in person does at the desk; decides the screens and actions offered. Stored by
 * name in app_user.role (add, never rename). What each role may do is decided in the logic layer
 * ({@code com.orderdesk.logic.security.RolePermissions}), so this enum stays the one list of roles.
 */
public enum Role {
    ORDER_CLERK("Order clerk"),
    CREDIT_MANAGER("Credit manager"),
    AR_CLERK("AR clerk"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Start-of-sentence form for labels and the status bar: "Order clerk", "AR clerk". */
    public String label() {
        return label;
    }

    /** Mid-sentence form: "order clerk", "AR clerk" (abbreviations keep their capitals). */
    public String phrase() {
        return label.startsWith("AR") ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
