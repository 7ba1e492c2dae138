package com.orderdesk.model.cash;

/** The matching engine's verdict on a payment (see specs/cash-matching.md). */
public enum MatchStatus {
    AUTO, SUGGESTED, UNAPPLIED
}
