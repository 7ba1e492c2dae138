package com.orderdesk.logic.audit;

/**
 * Action names used by the credit, sign-in and security logic. Actions are plain strings in the
 * trail so later features add their own without touching this class; these are listed so the
 * viewer's filter and the tests spell them one way.
 */
public final class AuditActions {
    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
    public static final String SIGN_IN_REFUSED_TAMPERED = "SIGN_IN_REFUSED_TAMPERED";
    public static final String BOOK_SEALED = "BOOK_SEALED";
    public static final String USER_ADD = "USER_ADD";
    public static final String USER_ROLE_CHANGE = "USER_ROLE_CHANGE";
    public static final String USER_ACTIVE_CHANGE = "USER_ACTIVE_CHANGE";
    public static final String USER_PASSWORD_RESET = "USER_PASSWORD_RESET";
    public static final String USER_PASSWORD_CHANGE = "USER_PASSWORD_CHANGE";
    public static final String CREDIT_CHECK_PASS = "CREDIT_CHECK_PASS";
    public static final String CREDIT_CHECK_HOLD = "CREDIT_CHECK_HOLD";
    public static final String CREDIT_RELEASE = "CREDIT_RELEASE";
    public static final String CREDIT_REJECT = "CREDIT_REJECT";
    /** A credit manager looked at a held order and kept it on hold, with why (no status change). */
    public static final String CREDIT_KEEP = "CREDIT_KEEP";
    public static final String CREDIT_LIMIT_CHANGE = "CREDIT_LIMIT_CHANGE";
    public static final String MANUAL_HOLD_ON = "MANUAL_HOLD_ON";
    public static final String MANUAL_HOLD_OFF = "MANUAL_HOLD_OFF";
    /** A credit manager reviewed a customer's credit and set the date of the next review. */
    public static final String CREDIT_REVIEW = "CREDIT_REVIEW";
    /** The order inbox's drop folder or outbox changed (issue 12). */
    public static final String INBOX_SETTINGS_CHANGE = "INBOX_SETTINGS_CHANGE";
    // products, contract prices and stock (issue 11)
    public static final String PRODUCT_ADD = "PRODUCT_ADD";
    public static final String PRODUCT_CHANGE = "PRODUCT_CHANGE";
    public static final String PRODUCT_DISCONTINUE = "PRODUCT_DISCONTINUE";
    public static final String PRODUCT_REINSTATE = "PRODUCT_REINSTATE";
    public static final String PRICE_ADD = "PRICE_ADD";
    public static final String PRICE_CHANGE = "PRICE_CHANGE";
    public static final String PRICE_REMOVE = "PRICE_REMOVE";
    public static final String PRODUCTS_IMPORT = "PRODUCTS_IMPORT";
    public static final String PRICES_IMPORT = "PRICES_IMPORT";
    public static final String STOCK_RECEIPT = "STOCK_RECEIPT";
    public static final String STOCK_ADJUST = "STOCK_ADJUST";
    public static final String STOCK_TRANSFER = "STOCK_TRANSFER";

    /** Document types for {@link AuditEntry#documentType()}. */
    public static final String ORDER = "ORDER";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String USER = "USER";
    public static final String PRODUCT = "PRODUCT";
    public static final String CONTRACT_PRICE = "CONTRACT_PRICE";
    public static final String STOCK = "STOCK";
    public static final String IMPORT_FILE = "IMPORT_FILE";

    private AuditActions() {
    }
}
