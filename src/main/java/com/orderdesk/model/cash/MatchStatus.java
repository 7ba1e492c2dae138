package com.orderdesk.model.cash;

/** The matching engine's verdict on a payment (see src/site/markdown/contracts/match.md). */
public enum MatchStatus {
    AUTO, SUGGESTED, UNAPPLIED
}
