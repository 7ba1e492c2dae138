package com.orderdesk.application.cash;

/** The cash desk's audit actions. */
final class CashActions {
    static final String CASH_APPLY = "CASH_APPLY";
    static final String CASH_REVERSE = "CASH_REVERSE";
    static final String CASH_IMPORT = "CASH_IMPORT";
    static final String CASH_MATCH = "CASH_MATCH";
    static final String CHEQUE_ENTRY = "CHEQUE_ENTRY";
    static final String CSV_MAPPING = "CASH_CSV_MAPPING";
    static final String PAYMENT = "PAYMENT";

    private CashActions() {
    }
}
