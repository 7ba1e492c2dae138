package com.orderdesk.application.customer;

/** The customer master data's audit actions (documents of type {@code CUSTOMER}, keyed by customer number). */
public final class CustomerActions {
    public static final String CUSTOMER_ADD = "CUSTOMER_ADD";
    public static final String CUSTOMER_CHANGE = "CUSTOMER_CHANGE";
    public static final String CUSTOMER_DEACTIVATE = "CUSTOMER_DEACTIVATE";
    public static final String CUSTOMER_REACTIVATE = "CUSTOMER_REACTIVATE";
    public static final String CUSTOMER_IMPORT = "CUSTOMER_IMPORT";
    /** Part of an import's trail: the customers it added and changed (several entries for a large file). */
    public static final String CUSTOMERS_IMPORTED = "CUSTOMERS_IMPORTED";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String IMPORT_FILE = "IMPORT_FILE";

    private CustomerActions() {
    }
}
