package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.util.Optional;

/**
 * Whether a user may write off an amount: a credit manager may write off any amount; anyone else
 * with the write-off permission up to their own limit (set by an administrator; none set is zero).
 */
public final class WriteOffApproval {
    private WriteOffApproval() {
    }

    /** The refusal, or empty when the write-off is within the user's approval. */
    public static Optional<String> check(String who, Money amount, Money limit, boolean unlimited) {
        if (unlimited) {
            return Optional.empty();
        }
        Money own = limit == null ? Money.ZERO : limit;
        if (amount.compareTo(own) <= 0) {
            return Optional.empty();
        }
        if (own.isZero()) {
            // "above a limit of 0.00" read as if a limit had been set at nothing (keyboard tour, 6 December)
            return Optional.of(who + " has no write-off limit (an administrator sets one on the Users screen), so writing off "
                    + amount + " needs a credit manager: write it off as a credit manager.");
        }
        return Optional.of("Writing off " + amount + " is above " + who + "'s write-off limit of " + own
                + "; a credit manager must approve it (write it off as a credit manager).");
    }
}
