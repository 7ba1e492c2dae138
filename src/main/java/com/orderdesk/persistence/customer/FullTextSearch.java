package com.orderdesk.persistence.customer;

import com.orderdesk.logic.customer.CustomerRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The customers list's search on SQLite, over the FTS5 table {@code customer_search} (one row per
 * customer, its words joined by spaces). A typed word matches a customer when it starts one of its
 * words (the FTS5 prefix query {@code "PLAST"*}); all typed words must match. The answer is
 * ordered by name. FTS5 finds the customers having all the words at once, however common each
 * word is ("llc group": thousands each, hundreds together); when they are few (at most
 * {@value #SORTED_AT_MOST}) they are read and sorted by name, else the customers are walked by name
 * and the first that have every word are taken, which is quick precisely because they are many.
 * The first typed word (the longest) is tried alone first: when it is rare the other words are
 * checked on its customers' stored words, so a common word's long list is never read.
 */
final class FullTextSearch {
    static final int SORTED_AT_MOST = 3_000;

    private FullTextSearch() {
    }

    static List<CustomerRow> search(Connection c, List<String> words, int limit) throws SQLException {
        return search(c, words, limit, SORTED_AT_MOST);
    }

    /** @param sortedAtMost matches read and sorted at most; more are found by walking the customers by name */
    static List<CustomerRow> search(Connection c, List<String> words, int limit, int sortedAtMost) throws SQLException {
        List<CustomerRow> rows = new ArrayList<>();
        // the first typed word (the longest) alone: when it is rare, the others are checked on its few
        // customers' words, and FTS5 never reads a common word's long list ("snyderautocare example")
        if (!words.isEmpty()) {
            String first = match(words.subList(0, 1));
            int alone = count(c, first, sortedAtMost);
            if (alone <= sortedAtMost) {
                if (alone > 0) {
                    sorted(c, first, words.subList(1, words.size()), limit, rows);
                }
                return rows;
            }
            if (words.size() > 1) {
                // every word common alone ("llc group"): FTS5 intersects them, often to a few
                String all = match(words);
                int n = count(c, all, sortedAtMost);
                if (n <= sortedAtMost) {
                    if (n > 0) {
                        sorted(c, all, List.of(), limit, rows);
                    }
                    return rows;
                }
            }
        }
        // many match: walk by name; " W1 W2 W3" has a word starting with Q when it holds " Q"
        StringBuilder sql = new StringBuilder("SELECT " + CustomerSearch.ROW
                + " FROM customer c CROSS JOIN customer_search s ON s.rowid = c.id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        for (String w : words) {
            sql.append(" AND instr(' ' || s.words, ?) > 0");
            params.add(" " + w);
        }
        sql.append(" ORDER BY c.name_key, c.id LIMIT ?");
        params.add(limit);
        Jdbc.query(c, sql.toString(), rs -> rows.add(CustomerSearch.row(rs)), params.toArray());
        return rows;
    }

    private static int count(Connection c, String match, int sortedAtMost) throws SQLException {
        int[] n = {0};
        Jdbc.query(c, "SELECT COUNT(*) FROM (SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?) x",
                rs -> n[0] = rs.getInt(1), match, sortedAtMost + 1);
        return n[0];
    }

    /** The few customers {@code match} finds that also have a word starting with each of {@code others}, by name. */
    private static void sorted(Connection c, String match, List<String> others, int limit, List<CustomerRow> rows)
            throws SQLException {
        // CROSS JOIN: SQLite takes the few matches first instead of walking every customer by name
        StringBuilder sql = new StringBuilder("SELECT " + CustomerSearch.ROW + " FROM (SELECT rowid AS id, words FROM customer_search"
                + " WHERE customer_search MATCH ?) m CROSS JOIN customer c ON c.id = m.id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        params.add(match);
        for (String w : others) {
            sql.append(" AND instr(' ' || m.words, ?) > 0");
            params.add(" " + w);
        }
        sql.append(" ORDER BY c.name_key, c.id LIMIT ?");
        params.add(limit);
        Jdbc.query(c, sql.toString(), rs -> rows.add(CustomerSearch.row(rs)), params.toArray());
    }

    /** {@code "LLC"* AND "GROUP"*}: each typed word as a prefix (typed words hold only letters and digits; quotes are doubled all the same). */
    static String match(List<String> words) {
        StringBuilder m = new StringBuilder();
        for (String w : words) {
            if (m.length() > 0) {
                m.append(" AND ");
            }
            m.append('"').append(w.replace("\"", "\"\"")).append("\"*");
        }
        return m.toString();
    }
}
