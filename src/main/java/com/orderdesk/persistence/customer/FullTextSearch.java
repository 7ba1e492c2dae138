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
 * and the first that have every word are taken, which is quick precisely because they are many
 * (at least one customer in {@code 100,000 / SORTED_AT_MOST} of the book's).
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
        String match = match(words);
        int[] n = {0};
        Jdbc.query(c, "SELECT COUNT(*) FROM (SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?) x",
                rs -> n[0] = rs.getInt(1), match, sortedAtMost + 1);
        List<CustomerRow> rows = new ArrayList<>();
        if (n[0] == 0) {
            return rows;
        }
        if (n[0] <= sortedAtMost) {
            // CROSS JOIN: SQLite takes the few matches first instead of walking every customer by name
            Jdbc.query(c, "SELECT " + CustomerSearch.ROW + " FROM (SELECT rowid AS id FROM customer_search"
                    + " WHERE customer_search MATCH ?) m CROSS JOIN customer c ON c.id = m.id"
                    + " ORDER BY c.name_key, c.id LIMIT ?", rs -> rows.add(CustomerSearch.row(rs)), match, limit);
            return rows;
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
