package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.ServiceSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's transit days in words for the settings table when its cell is not being edited: "zones 1-8: 1, 2, 3,
 * 4, 5, 5, 6, 7 days" for "1:1,2:2,3:3,4:4,5:5,6:5,7:6,8:7", "2 days, every zone" for "*:2". The edit keeps the
 * administrator's own text (zone:days pairs), which the tour of 7 December found cryptic to read as it was shown.
 * Text that cannot be read is shown as typed (the table marks it with its problem).
 */
final class TransitDaysText {
    private TransitDaysText() {
    }

    static String words(String text) {
        ServiceSetting.Transit transit;
        try {
            transit = ServiceSetting.transit(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
        if (transit.byZone().isEmpty()) {
            return days(transit.otherZones()) + ", every zone";
        }
        List<String> parts = new ArrayList<>();
        List<Map.Entry<Integer, Integer>> run = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : transit.byZone().entrySet()) {
            if (!run.isEmpty() && e.getKey() != run.get(run.size() - 1).getKey() + 1) {
                parts.add(run(run));
                run.clear();
            }
            run.add(e);
        }
        parts.add(run(run));
        if (transit.otherZones() != null) {
            parts.add("other zones: " + days(transit.otherZones()));
        }
        return String.join("; ", parts);
    }

    /** Consecutive zones: "zone 3: 2 days" or "zones 1-4: 1, 2, 3, 4 days" (or "zones 5-6: 5 days"). */
    private static String run(List<Map.Entry<Integer, Integer>> run) {
        if (run.size() == 1) {
            return "zone " + run.get(0).getKey() + ": " + days(run.get(0).getValue());
        }
        List<String> each = run.stream().map(e -> String.valueOf(e.getValue())).toList();
        if (each.stream().distinct().count() == 1) {
            return "zones " + run.get(0).getKey() + "-" + run.get(run.size() - 1).getKey() + ": " + days(run.get(0).getValue());
        }
        return "zones " + run.get(0).getKey() + "-" + run.get(run.size() - 1).getKey() + ": " + String.join(", ", each) + " days";
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
