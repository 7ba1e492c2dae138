package com.orderdesk.cli;

import com.orderdesk.logic.common.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The names a mistyped one was probably meant to be, for the command line's "Did you mean".
 *
 * <p>Why not picocli's own suggestions: they rank by shared letter pairs and always offer up to
 * three, so "prodcuts" was offered products, route and route-bench, and "invocies" invoices,
 * invoice-print-bench and prices. Here a name is offered only when it is a few keystrokes away
 * (an edit distance counting a swap of two neighbours as one) or starts with what was typed.
 */
public final class NearNames {
    private NearNames() {
    }

    /** The names within reach of {@code typed}, nearest first; none when nothing is close. */
    public static List<String> near(String typed, Collection<String> names) {
        String t = typed.toLowerCase(java.util.Locale.ROOT);
        // one slip in a short word, about one in three letters in a longer one
        int reach = Math.max(1, t.length() / 3);
        return names.stream().filter(n -> !n.startsWith("-"))
                .filter(n -> distance(t, n.toLowerCase(java.util.Locale.ROOT)) <= reach
                        || t.length() >= 3 && n.toLowerCase(java.util.Locale.ROOT).startsWith(t))
                .sorted(Comparator.comparingInt((String n) -> distance(t, n.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .distinct().limit(3).toList();
    }

    static int distance(String a, String b) {
        return EditDistance.distance(a, b, Math.max(a.length(), b.length()));
    }
}
