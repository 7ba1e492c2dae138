package com.orderdesk.logic.security;

import static com.orderdesk.logic.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The four desks and what each may do. The administrator runs the system (users, settings,
 * audit) but does no business transactions: whoever grants rights should not also use them to
 * release credit or move cash. A user may hold several roles (a small firm's owner can be
 * ADMINISTRATOR and CREDIT_MANAGER).
 */
public enum Role {
    ORDER_CLERK("order clerk", EnumSet.of(VIEW_ORDERS, ENTER_ORDER, CANCEL_ORDER, OVERRIDE_PRICE,
            OVERRIDE_ROUTING, MAINTAIN_CUSTOMERS)),
    CREDIT_MANAGER("credit manager", EnumSet.of(VIEW_ORDERS, VIEW_CREDIT_HOLDS, RELEASE_CREDIT_HOLD,
            REJECT_HELD_ORDER, CHANGE_CREDIT_LIMIT, SET_MANUAL_HOLD, CHANGE_CREDIT_POLICY, VIEW_RECEIVABLES,
            WRITE_OFF, VIEW_AUDIT)),
    AR_CLERK("AR clerk", EnumSet.of(VIEW_ORDERS, VIEW_CREDIT_HOLDS, VIEW_RECEIVABLES, PRINT_INVOICE,
            ISSUE_CREDIT_MEMO, APPLY_CASH, REVERSE_CASH_APPLICATION)),
    ADMINISTRATOR("administrator", EnumSet.of(VIEW_ORDERS, VIEW_CREDIT_HOLDS, VIEW_RECEIVABLES, VIEW_AUDIT,
            MANAGE_USERS, ADMIN_SETTINGS));

    private final String phrase;
    private final Set<Permission> permissions;

    Role(String phrase, EnumSet<Permission> permissions) {
        this.phrase = phrase;
        this.permissions = Set.copyOf(permissions);
    }

    /** Mid-sentence form: "order clerk", "AR clerk". */
    public String phrase() {
        return phrase;
    }

    /** Start-of-sentence form for labels and the status bar: "Order clerk", "AR clerk". */
    public String label() {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
