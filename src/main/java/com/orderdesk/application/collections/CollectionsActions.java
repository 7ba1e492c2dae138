package com.orderdesk.application.collections;

/** Audit action names of the collections desk (issue 15); kept here so AuditActions stays untouched. */
public final class CollectionsActions {
    public static final String CONTACT_LOGGED = "COLLECTIONS_CONTACT";
    public static final String PROMISE_RECORDED = "PROMISE_TO_PAY";
    public static final String PROMISE_KEPT = "PROMISE_KEPT";
    public static final String PROMISE_BROKEN = "PROMISE_BROKEN";
    public static final String COLLECTOR_ASSIGNED = "COLLECTOR_ASSIGNED";
    public static final String PREDICTIONS_REFRESHED = "PREDICTIONS_REFRESHED";
    public static final String DUNNING_LEVEL_CHANGE = "DUNNING_LEVEL_CHANGE";
    public static final String DUNNING_LETTER = "DUNNING_LETTER";
    public static final String STATEMENTS_PRINTED = "STATEMENTS_PRINTED";

    /** Document types. */
    public static final String CUSTOMER = "CUSTOMER";
    public static final String BOOK = "BOOK";
    public static final String DUNNING_PROCEDURE = "DUNNING_PROCEDURE";

    private CollectionsActions() {
    }
}
