package com.orderdesk.application.capture;

/** What became of one order (or non-order) found in a message taken into the inbox. */
public enum InboxStatus {
    SAVED_TOUCHLESS("Saved touchless"),
    TO_REVIEW("To review"),
    NOT_AN_ORDER("Not an order"),
    REJECTED("Rejected"),
    SAVED_AFTER_REVIEW("Saved after review");

    private final String label;

    InboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a clerk still has something to do with it. */
    public boolean open() {
        return this == TO_REVIEW;
    }
}
