package com.orderdesk.logic.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed into a product search, as the words that must all appear (in any order):
 * "liner 33 gal" is LINER, 33 and GAL. LIKE's wildcards (% and _) are dropped, so they match
 * themselves nowhere rather than everything. Input no product could match (a word longer than
 * any description, more words than a description holds) gives no words at all, so a pasted page
 * of text is answered with "nothing found" rather than a database error.
 */
public final class SearchWords {
    /** Longer than the longest SKU or description column: no product contains such a word. */
    public static final int MAX_WORD = 255;
    public static final int MAX_WORDS = 12;

    private SearchWords() {
    }

    /** The distinct upper-case words of {@code text}; empty when nothing can match. */
    public static List<String> of(String text) {
        if (text == null || text.length() > 4 * MAX_WORD) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toUpperCase(Locale.ROOT).replace("%", " ").replace("_", " ").split("[\\s,;]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > MAX_WORD) {
                return List.of();
            }
            words.add(w);
        }
        if (words.size() > MAX_WORDS) {
            return List.of();
        }
        return new ArrayList<>(words);
    }

    /** True when every word is in the SKU or the description (the same rule the database query applies). */
    public static boolean matches(List<String> words, String sku, String description) {
        if (words.isEmpty()) {
            return false;
        }
        String s = sku.toUpperCase(Locale.ROOT);
        String d = description.toUpperCase(Locale.ROOT);
        return words.stream().allMatch(w -> s.contains(w) || d.contains(w));
    }
}
