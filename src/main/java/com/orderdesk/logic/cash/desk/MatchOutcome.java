package com.orderdesk.logic.cash.desk;

/** How an auto-match run went: payments per verdict and the time it took. */
public record MatchOutcome(int auto, int suggested, int unapplied, long millis) {
    public int total() {
        return auto + suggested + unapplied;
    }
}
