package com.orderdesk.logic.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running count of a product's history, as an inventory ledger reads: each line shows what was
 * on hand after it. A movement a person made carries its count as written; a shipment does not (the
 * count after it was never stored), so its count is the one before the next newer line at its node,
 * starting from the node's count now: the shelf as it stood when the shipment left.
 */
public final class StockLedger {
    private StockLedger() {
    }

    /**
     * The lines (newest first, as the history shows them) with every shipment's count after it
     * filled in; {@code onHandNow} is each node's count now, by node code. A node missing from it
     * (no inventory line) counts from zero.
     */
    public static List<MovementRow> withCountsAfter(List<MovementRow> newestFirst, Map<String, Integer> onHandNow) {
        Map<String, Integer> before = new HashMap<>(onHandNow); // node -> count before the newer line just passed
        List<MovementRow> out = new ArrayList<>(newestFirst.size());
        for (MovementRow m : newestFirst) {
            int after = m.onHandAfter() != null ? m.onHandAfter() : before.getOrDefault(m.nodeCode(), 0);
            out.add(m.onHandAfter() != null ? m : new MovementRow(m.at(), m.nodeCode(), m.kind(), m.reason(), m.quantity(),
                    after, m.reference(), m.otherNodeCode(), m.note(), m.by()));
            before.put(m.nodeCode(), Math.max(0, after - m.quantity()));
        }
        return out;
    }
}
