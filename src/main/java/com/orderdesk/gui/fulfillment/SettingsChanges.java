package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.RoutingSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a save of the routing settings changed, in words for the message inside the window ("2
 * nodes, the rate card (1 zone), the backorder penalty (30.00)"): the window's Save said nothing
 * of its own, the message went to the main window's status bar behind it.
 */
final class SettingsChanges {
    private SettingsChanges() {
    }

    /** The parts of {@code after} that differ from {@code before}; empty when nothing changed. */
    static String describe(RoutingSettings before, RoutingSettings after) {
        List<String> parts = new ArrayList<>();
        int nodes = differing(before.nodes(), after.nodes());
        if (nodes > 0) {
            parts.add(count(nodes, "node"));
        }
        int services = differing(before.services(), after.services());
        if (services > 0) {
            parts.add(count(services, "carrier service"));
        }
        int zones = differing(before.zones(), after.zones());
        if (zones > 0) {
            parts.add("the rate card (" + count(zones, "zone") + ")");
        }
        if (!same(before.backorderPenalty(), after.backorderPenalty())) {
            parts.add("the backorder penalty (" + after.backorderPenalty().toPlainString() + ")");
        }
        return String.join(", ", parts);
    }

    private static int differing(List<?> before, List<?> after) {
        int n = Math.abs(before.size() - after.size());
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            // the rows give back each unedited cell as it was loaded, so an untouched row is equal
            if (!Objects.equals(before.get(i), after.get(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
