package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.util.List;

/**
 * What the book proposes for a case: the valid amount it can prove (null when a person must
 * decide), and why, line by line.
 */
public record Proposal(Money valid, List<String> reasons) {
    public Proposal {
        reasons = List.copyOf(reasons);
    }

    public static Proposal personDecides(String why) {
        return new Proposal(null, List.of(why));
    }

    public boolean decided() {
        return valid != null;
    }
}
