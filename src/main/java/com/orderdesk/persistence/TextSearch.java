package com.orderdesk.persistence;

/**
 * Helpers for index-friendly text search. A prefix search is written as a range
 * ({@code key >= 'ACME' and key < 'ACMF'}) rather than {@code LIKE 'ACME%'}: SQLite's
 * case-insensitive LIKE cannot use an ordinary index, the range can, on every database.
 */
public final class TextSearch {
    private TextSearch() {
    }

    /** The smallest string greater than every string starting with {@code prefix} (not empty). */
    public static String prefixUpperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** A LIKE pattern for text containing {@code word}, with LIKE's wildcards taken out of it. */
    public static String containing(String word) {
        // a pasted page of text gets a sentence, not the database's "LIKE pattern too complex"
        com.orderdesk.logic.store.SearchText.check(word);
        return "%" + word.replace("%", "").replace("_", "") + "%";
    }

    /**
     * What a person typed, searched as the characters it is: LIKE's wildcards in it are escaped
     * with {@code !}, so the query must say {@code LIKE :p ESCAPE '!'}.
     */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
