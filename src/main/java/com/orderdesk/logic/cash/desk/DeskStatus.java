package com.orderdesk.logic.cash.desk;

import com.orderdesk.model.cash.MatchStatus;
import com.orderdesk.model.cash.PaymentState;

/** A payment's status on the desk: not yet matched, the engine's verdict, or posted. */
public enum DeskStatus {
    NEW, AUTO, SUGGESTED, UNAPPLIED, AUTO_APPLIED, APPLIED;

    public static DeskStatus of(PaymentState state, MatchStatus match, boolean postedAuto) {
        if (state == PaymentState.POSTED) {
            return postedAuto ? AUTO_APPLIED : APPLIED;
        }
        return match == null ? NEW : valueOf(match.name());
    }

    public boolean posted() {
        return this == AUTO_APPLIED || this == APPLIED;
    }
}
