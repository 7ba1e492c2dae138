package com.orderdesk.logic.capture;

/** The header fields of a draft whose source words are kept for highlighting. */
public enum DraftField {
    CUSTOMER, SHIP_TO, PO_NUMBER, REQUESTED_DATE
}
