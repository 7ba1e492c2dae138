package com.orderdesk.logic.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well a product answers what was typed, so that order entry lists the best first: a SKU that starts with the
 * one word typed (a clerk who knows the code), then the products whose description holds every word as a word
 * (whole, then a word's start: "large" in "X-Large", "nitrile" in "Nitrile Exam Gloves"), then those that hold a
 * word only inside the SKU or inside another word ("nit" in "Sanitizer" and "Unit"); ties by SKU. A product that
 * lacks a word is not a match at all ({@link SearchWords#matches}).
 */
public final class SearchRank {
    private static final int WHOLE_WORD = 3;
    private static final int WORD_START = 2;
    private static final int IN_SKU = 1;
    private static final int INSIDE = 0;
    private static final int SKU_PREFIX = 1_000;

    private SearchRank() {
    }

    /** A candidate of the search: its id, SKU and description (any case). */
    public record Candidate(long id, String sku, String description) {
    }

    /** The higher, the better the match of {@code words} (those of {@link SearchWords#of}); -1 when a word is missing. */
    public static int score(List<String> words, String sku, String description) {
        String s = sku.toUpperCase(Locale.ROOT);
        String d = description.toUpperCase(Locale.ROOT);
        int score = words.size() == 1 && s.startsWith(words.get(0)) ? SKU_PREFIX : 0;
        for (String w : words) {
            int best = wordMatch(w, d);
            if (best < WORD_START && s.contains(w)) {
                best = Math.max(best, IN_SKU);
            }
            if (best < 0) {
                return -1;
            }
            score += best;
        }
        return score;
    }

    /** The best first: by score, ties by SKU; the ones that miss a word left out. */
    public static List<Candidate> rank(List<String> words, List<Candidate> candidates) {
        return candidates.stream()
                .map(c -> new Scored(c, score(words, c.sku(), c.description())))
                .filter(sc -> sc.score >= 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(sc -> sc.candidate.sku().toUpperCase(Locale.ROOT)))
                .map(Scored::candidate)
                .toList();
    }

    private record Scored(Candidate candidate, int score) {
    }

    /** The best place of {@code word} in {@code text}: a whole word, a word's start, inside a word, or -1 (absent). */
    private static int wordMatch(String word, String text) {
        int best = -1;
        for (int at = text.indexOf(word); at >= 0 && best < WHOLE_WORD; at = text.indexOf(word, at + 1)) {
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            best = Math.max(best, starts ? (ends ? WHOLE_WORD : WORD_START) : INSIDE);
        }
        return best;
    }
}
