package com.orderdesk.gui.credit;

import com.orderdesk.logic.credit.CreditReason;
import java.util.Collection;
import java.util.List;

/**
 * What the hold queue's reasons cell says: the first reasons in a few words each, as many as fit
 * about twenty characters, and how many more ("Past due, Old item +1", "Large, no limit +1"). A held
 * order can have three or four reasons and the queue has about 720 px at 1366: in full they ended
 * in "..."; every reason reads whole in the order's detail beside the queue, and the reason filter
 * finds an order by any of them.
 */
final class HoldQueueText {
    /** Characters the shown reasons may take before the count of the others (the column is 180 px). */
    static final int ROOM = 20;

    private HoldQueueText() {
    }

    static String reasons(Collection<CreditReason> reasons) {
        List<CreditReason> sorted = reasons.stream().sorted().toList();
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (CreditReason reason : sorted) {
            String next = count == 0 ? reason.shortLabel() : ", " + reason.shortLabel();
            if (count > 0 && shown.length() + next.length() > ROOM) {
                break;
            }
            shown.append(next);
            count++;
        }
        return count < sorted.size() ? shown + " +" + (sorted.size() - count) : shown.toString();
    }
}
