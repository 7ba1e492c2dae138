package com.orderdesk.application.claims;

/** The audit actions and document types of returns, disputes and deductions. */
public final class ClaimActions {
    public static final String RETURN_AUTHORIZE = "RETURN_AUTHORIZE";
    public static final String RETURN_RECEIVE = "RETURN_RECEIVE";
    public static final String RETURN_CANCEL = "RETURN_CANCEL";
    public static final String CASE_OPEN = "CASE_OPEN";
    public static final String CASE_ASSIGN = "CASE_ASSIGN";
    public static final String CASE_STATUS = "CASE_STATUS";
    public static final String CASE_RECLASSIFY = "CASE_RECLASSIFY";
    public static final String CASE_NOTE = "CASE_NOTE";
    public static final String CASE_RESOLVE = "CASE_RESOLVE";
    public static final String CASE_REVERSE = "CASE_REVERSE";
    public static final String CASE_CLOSE = "CASE_CLOSE";
    public static final String CASE_WITHDRAW = "CASE_WITHDRAW";
    public static final String WRITE_OFF_LIMIT = "WRITE_OFF_LIMIT";
    /** The same action as an invoice's print, so the trail reads every document's prints alike. */
    public static final String DOCUMENT_PRINT = "DOCUMENT_PRINT";

    public static final String RMA = "RMA";
    public static final String CHARGEBACK = "CHARGEBACK";
    public static final String CASE = "CASE";
    public static final String USER = "USER";

    private ClaimActions() {
    }
}
