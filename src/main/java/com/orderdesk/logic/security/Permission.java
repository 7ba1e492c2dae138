package com.orderdesk.logic.security;

/**
 * An action a use case guards. Screens ask {@link Authorizer#can} to decide what to offer; every
 * use case checks its permission itself (AccessControl in the application layer), so no path
 * (screen, command line, import) bypasses it. Each one is checked by at least one use case.
 */
public enum Permission {
    VIEW_ORDERS("view orders"),
    ENTER_ORDER("enter or change orders"),
    CANCEL_ORDER("cancel orders"),
    OVERRIDE_PRICE("override prices"),
    OVERRIDE_ROUTING("override fulfillment routing"),
    ROUTE_ORDERS("route released orders"),
    SHIP_ORDERS("release shipments to the warehouse and confirm them shipped"),
    VIEW_CREDIT_HOLDS("view the credit-hold queue"),
    RELEASE_CREDIT_HOLD("release credit holds"),
    REJECT_HELD_ORDER("reject held orders"),
    CHANGE_CREDIT_LIMIT("change credit limits or risk classes"),
    SET_MANUAL_HOLD("put customers on or off manual hold"),
    VIEW_RECEIVABLES("view receivables"),
    ISSUE_INVOICE("issue invoices"),
    PRINT_INVOICE("print invoices"),
    ISSUE_CREDIT_MEMO("issue credit memos"),
    APPLY_CASH("apply cash"),
    REVERSE_CASH_APPLICATION("reverse cash applications"),
    VIEW_AUDIT("view the audit trail"),
    MAINTAIN_CUSTOMERS("add or change customers"),
    MAINTAIN_PRODUCTS("add or change products and prices"),
    MOVE_STOCK("receive, adjust or transfer stock"),
    IMPORT_MASTER_DATA("import customers, products or prices"),
    AUTHORIZE_RETURN("authorize or cancel customer returns"),
    RECEIVE_RETURN("receive returned goods"),
    OPEN_DISPUTE("open disputes on invoices"),
    WORK_DEDUCTIONS("work deduction and dispute cases"),
    WRITE_OFF("write off amounts"),
    WORK_COLLECTIONS("work the collections worklist (contacts, promises, statements, forecast)"),
    RUN_DUNNING("run dunning and print reminder letters"),
    MAINTAIN_DUNNING("change the dunning procedure (levels, letters, fees)"),
    MANAGE_USERS("manage users and roles"),
    ADMIN_SETTINGS("change application settings");

    private final String phrase;

    Permission(String phrase) {
        this.phrase = phrase;
    }

    /** Completes "... may not " in a refusal: "release credit holds". */
    public String phrase() {
        return phrase;
    }
}
