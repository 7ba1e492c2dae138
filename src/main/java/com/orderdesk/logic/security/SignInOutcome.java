package com.orderdesk.logic.security;

/** What happened at a sign-in attempt, and the audit action it is recorded under. */
public enum SignInOutcome {
    SIGNED_IN("SIGN_IN"),
    /** A field was left empty; not counted as a failure. */
    MISSING_INPUT("SIGN_IN_FAILED"),
    /** Unknown user name or wrong password: deliberately one outcome, so neither is revealed. */
    INVALID_CREDENTIALS("SIGN_IN_FAILED"),
    /** Refused without checking the password because of recent failures. */
    THROTTLED("SIGN_IN_THROTTLED"),
    /** Right password, but the account is switched off (only told to someone who knows the password). */
    ACCOUNT_DISABLED("SIGN_IN_FAILED"),
    /** The password is right, but no copy of the book's audit key was made for this account. */
    NO_BOOK_KEY("SIGN_IN_FAILED"),
    /** The password is right, but the account's record no longer matches its seal (changed outside Order Desk). */
    ACCOUNT_RECORD_CHANGED("SIGN_IN_REFUSED_TAMPERED");

    private final String auditAction;

    SignInOutcome(String auditAction) {
        this.auditAction = auditAction;
    }

    public String auditAction() {
        return auditAction;
    }
}
