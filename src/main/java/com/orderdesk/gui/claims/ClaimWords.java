package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.claims.ClaimCounts;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;

/**
 * The claims package's names for a case's status and reason, the age and amount bands of the counts,
 * and what Root causes counts by, from the message bundle (the model's enums keep their labels for the
 * book, the CLI and the documents).
 */
final class ClaimWords {
    private ClaimWords() {
    }

    static String status(ClaimStatus s) {
        return switch (s) {
            case OPEN -> Messages.get("claims.status.open");
            case RESEARCHING -> Messages.get("claims.status.researching");
            case WAITING_ON_CUSTOMER -> Messages.get("claims.status.waiting");
            case RESOLVED_VALID -> Messages.get("claims.status.valid");
            case RESOLVED_INVALID -> Messages.get("claims.status.invalid");
            case RESOLVED_PARTLY_VALID -> Messages.get("claims.status.partlyValid");
            case CLOSED -> Messages.get("claims.status.closed");
        };
    }

    static String reason(ClaimReason r) {
        return switch (r) {
            case PRICING -> Messages.get("claims.reason.pricing");
            case QUANTITY_SHORT -> Messages.get("claims.reason.quantityShort");
            case DAMAGED -> Messages.get("claims.reason.damaged");
            case NOT_RECEIVED -> Messages.get("claims.reason.notReceived");
            case TAX -> Messages.get("claims.reason.tax");
            case FREIGHT -> Messages.get("claims.reason.freight");
            case DUPLICATE_BILLING -> Messages.get("claims.reason.duplicate");
            case PROMOTION -> Messages.get("claims.reason.promotion");
            case RETURN -> Messages.get("claims.reason.return");
            case OTHER -> Messages.get("claims.reason.other");
            case UNEXPLAINED -> Messages.get("claims.reason.unexplained");
        };
    }

    /** The counts' age band ("0-7 days"...), by its place in {@link ClaimCounts#AGE_BANDS}; another name as it is. */
    static String ageBand(String band) {
        return switch (ClaimCounts.AGE_BANDS.indexOf(band)) {
            case 0 -> Messages.get("claims.age.week");
            case 1 -> Messages.get("claims.age.month");
            case 2 -> Messages.get("claims.age.twoMonths");
            case 3 -> Messages.get("claims.age.older");
            default -> band;
        };
    }

    /** What Root causes counts by. */
    static String dimension(RootCauses.Dimension d) {
        return switch (d) {
            case REASON -> Messages.get("causes.by.reason");
            case CUSTOMER -> Messages.get("causes.by.customer");
            case PRODUCT -> Messages.get("causes.by.product");
            case NODE -> Messages.get("causes.by.node");
        };
    }

    /** A Root causes row's name: a reason's in the bundle's words (its key is the reason's code), any other as counted. */
    static String rowName(RootCauses.Dimension by, RootCauses.Row row) {
        if (by == RootCauses.Dimension.REASON) {
            for (ClaimReason r : ClaimReason.values()) {
                if (r.name().equals(row.key())) {
                    return reason(r);
                }
            }
        }
        return row.label();
    }
}
