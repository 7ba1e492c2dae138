package com.orderdesk.persistence.customer;

import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.Lookalike;
import com.orderdesk.persistence.TextSearch;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The customers list's queries. On SQLite the words are in an FTS5 table, see {@link FullTextSearch};
 * elsewhere, in the word table: a typed word matches a customer when it starts one of the
 * customer's stored words ({@code word >= 'PLAST' and word < 'PLASU'}: an index range on every
 * database). The rarest typed word picks the candidates, the others are checked on them, and the
 * answer is ordered by name; when every word is common (it starts words of more than
 * {@value #FEW} customers) the customers are walked by name instead and the first that have all
 * the words are taken, which is quick precisely because they are common.
 */
final class CustomerSearch {
    static final int FEW = 10_000;
    static final String ROW = "c.id, c.customer_no, c.name, c.bill_city, c.bill_state, c.phone, c.email, c.active";
    private static final String HAS_WORD = "EXISTS (SELECT 1 FROM customer_word w WHERE w.customer_id = c.id"
            + " AND w.word >= ? AND w.word < ?)";

    private CustomerSearch() {
    }

    static List<CustomerRow> search(Connection c, List<String> words, int limit) throws SQLException {
        if (SearchWordStore.fullText(c)) {
            return FullTextSearch.search(c, words, limit);
        }
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String w : words) {
            int n = countUpTo(c, w, FEW + 1);
            if (n == 0) {
                return List.of();
            }
            if (n < fewest) {
                fewest = n;
                rarest = w;
            }
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + ROW + " FROM customer c WHERE ");
        if (fewest <= FEW) {
            sql.append("c.id IN (SELECT w.customer_id FROM customer_word w WHERE w.word >= ? AND w.word < ?)");
            params.add(rarest);
            params.add(TextSearch.prefixUpperBound(rarest));
        } else {
            sql.append("1 = 1");
        }
        for (String w : words) {
            if (fewest <= FEW && w.equals(rarest)) {
                continue;
            }
            sql.append(" AND ").append(HAS_WORD);
            params.add(w);
            params.add(TextSearch.prefixUpperBound(w));
        }
        sql.append(" ORDER BY c.name_key, c.id LIMIT ?");
        params.add(limit);
        List<CustomerRow> rows = new ArrayList<>();
        Jdbc.query(c, sql.toString(), rs -> rows.add(row(rs)), params.toArray());
        return rows;
    }

    private static int countUpTo(Connection c, String word, int cap) throws SQLException {
        int[] n = {0};
        Jdbc.query(c, "SELECT COUNT(*) FROM (SELECT 1 FROM customer_word WHERE word >= ? AND word < ? LIMIT ?) x",
                rs -> n[0] = rs.getInt(1), word, TextSearch.prefixUpperBound(word), cap);
        return n[0];
    }

    static List<CustomerRow> firstByName(Connection c, int limit) throws SQLException {
        List<CustomerRow> rows = new ArrayList<>();
        Jdbc.query(c, "SELECT " + ROW + " FROM customer c ORDER BY c.name_key, c.id LIMIT ?", rs -> rows.add(row(rs)), limit);
        return rows;
    }

    static CustomerRow row(java.sql.ResultSet rs) throws SQLException {
        return new CustomerRow(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.text(rs, "bill_city"),
                Jdbc.text(rs, "bill_state"), Jdbc.text(rs, "phone"), Jdbc.text(rs, "email"), rs.getBoolean(8));
    }

    /**
     * Stored customers with a phone of the candidate (theirs or a contact's), or its name (ignoring
     * case, punctuation and legal suffixes) at one of its ZIP codes.
     */
    static List<Lookalike> lookalikes(Connection c, CustomerRecord candidate, Long exceptId) throws SQLException {
        Map<Long, Lookalike> found = new LinkedHashMap<>();
        Set<String> phones = new LinkedHashSet<>();
        phones.add(candidate.phone());
        candidate.contacts().forEach(k -> phones.add(k.phone()));
        for (String phone : phones) {
            String digits = national(phone);
            if (digits.length() < 7) {
                continue;
            }
            String why = "same phone " + phone;
            Jdbc.query(c, "SELECT id, customer_no, name FROM customer WHERE phone_digits IN (?, ?)"
                            + " UNION SELECT c.id, c.customer_no, c.name FROM customer_contact k JOIN customer c ON c.id = k.customer_id"
                            + " WHERE k.phone_digits IN (?, ?)",
                    rs -> found.putIfAbsent(rs.getLong(1), new Lookalike(rs.getLong(1), rs.getString(2), rs.getString(3), why)),
                    digits, "1" + digits, digits, "1" + digits);
        }
        Set<String> zips = new LinkedHashSet<>();
        zips.add(zip5(candidate.billTo().zip()));
        candidate.shipTos().forEach(s -> zips.add(zip5(s.address().zip())));
        zips.remove("");
        String key = nameKey(candidate.name());
        for (String zip : zips) {
            Jdbc.query(c, "SELECT id, customer_no, name FROM customer WHERE bill_zip >= ? AND bill_zip < ?", rs -> {
                if (!key.isEmpty() && nameKey(rs.getString(3)).equals(key)) {
                    found.putIfAbsent(rs.getLong(1), new Lookalike(rs.getLong(1), rs.getString(2), rs.getString(3),
                            "same name and ZIP " + zip));
                }
            }, zip, TextSearch.prefixUpperBound(zip));
        }
        if (exceptId != null) {
            found.remove(exceptId);
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(5, found.size()));
    }

    private static String national(String phone) {
        String d = phone == null ? "" : phone.replaceAll("\\D", "");
        return d.length() == 11 && d.startsWith("1") ? d.substring(1) : d;
    }

    private static String zip5(String zip) {
        return zip == null || zip.length() < 5 ? "" : zip.substring(0, 5);
    }

    /** "Acme Janitorial Supply, Inc." and "ACME JANITORIAL SUPPLY" are one name. */
    static String nameKey(String name) {
        String s = " " + (name == null ? "" : name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ") + " ";
        s = s.replaceAll(" (INC|INCORPORATED|LLC|LTD|LIMITED|CO|CORP|CORPORATION|COMPANY|THE|AND) ", " ");
        s = s.replaceAll(" (INC|INCORPORATED|LLC|LTD|LIMITED|CO|CORP|CORPORATION|COMPANY|THE|AND) ", " ");
        return s.replace(" ", "");
    }
}
