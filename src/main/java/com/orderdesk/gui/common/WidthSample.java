package com.orderdesk.gui.common;

import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.TableColumn;

/**
 * The rows whose cells {@link ContentWidth} lays out to size a column: the first screenful, and the
 * rows whose values are longest as text. Laying out a cell per row held the FX thread for seconds on
 * a list's first fill (orders, customers, the fulfillment plan; pulse log sweep of 6 December): each
 * row made its cell's text and chip anew. Reading a row's value is cheap; making its cell is not.
 * A value wider than a longer one (rare: "WWW" against "iiii") beyond the first screenful can be
 * missed; the column is then a few pixels short for that row, and the tooltip or a drag reads it.
 */
final class WidthSample {
    /** More rows than a table shows at 768 px high. */
    static final int SCREENFUL = 50;
    /** How many of the longest distinct values are measured besides the first screenful. */
    static final int LONGEST = 30;

    private WidthSample() {
    }

    /** The indices of the rows to measure, in order: at most {@link #SCREENFUL} + {@link #LONGEST}. */
    static <S> Set<Integer> rows(TableColumn<S, ?> column, int rowCount) {
        Set<Integer> rows = new TreeSet<>();
        for (int i = 0; i < Math.min(rowCount, SCREENFUL); i++) {
            rows.add(i);
        }
        // the longest texts, each once: the shortest of those kept is the first to go
        PriorityQueue<Candidate> longest = new PriorityQueue<>(Comparator.comparingInt(Candidate::length));
        Set<String> kept = new HashSet<>();
        for (int i = SCREENFUL; i < rowCount; i++) {
            Object value = column.getCellData(i);
            String text = value == null ? "" : value.toString();
            if (kept.contains(text)
                    || longest.size() == LONGEST && text.length() <= longest.peek().length()) {
                continue;
            }
            longest.add(new Candidate(i, text));
            kept.add(text);
            if (longest.size() > LONGEST) {
                kept.remove(longest.poll().text());
            }
        }
        longest.forEach(c -> rows.add(c.row()));
        return rows;
    }

    private record Candidate(int row, String text) {
        int length() {
            return text.length();
        }
    }
}
