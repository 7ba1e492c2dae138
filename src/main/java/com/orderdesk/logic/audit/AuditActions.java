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
    public static final String CREDIT_LIMIT_CHANGE = "CREDIT_LIMIT_CHANGE";
    public static final String MANUAL_HOLD_ON = "MANUAL_HOLD_ON";
    public static final String MANUAL_HOLD_OFF = "MANUAL_HOLD_OFF";

    /** Document types for {@link AuditEntry#documentType()}. */
    public static final String ORDER = "ORDER";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String USER = "USER";

    private AuditActions() {
    }
}
