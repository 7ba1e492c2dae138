package com.orderdesk.logic.claims;

/**
 * The desk's numbers (table claim_setting):
 *
 * @param shortPayDays      an unexplained short payment left open this many days becomes a case
 * @param disputeGraceDays  an open case keeps its amount out of the credit check's past-due tests for this many days
 * @param caseDueDays       a new case is due this many days after it was opened
 * @param rmaValidDays      a return authorization expects the goods within this many days
 */
public record ClaimSettings(int shortPayDays, int disputeGraceDays, int caseDueDays, int rmaValidDays) {
    public static final ClaimSettings DEFAULTS = new ClaimSettings(10, 60, 30, 30);

    public ClaimSettings {
        if (shortPayDays < 0 || disputeGraceDays < 0 || caseDueDays < 1 || rmaValidDays < 1) {
            throw new IllegalArgumentException("claim settings out of range");
        }
    }
}
