package com.orderdesk.logic.audit;

/** The frozen hash of {@code append(null, of("jdoe", "SIGN_IN", null, null), 2026-11-26T08:00:00Z)}. */
final class GoldenHash {
    static final String SIGN_IN_AT_T0 = "5ae9b329fa3550a77ea206b436912c3921acb2279751d0cdb3235d5834248355";

    private GoldenHash() {
    }
}
