package com.orderdesk.persistence.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Search words in the word table {@code customer_word (word, customer_id)} (PostgreSQL). Words
 * are held back and written sorted by word, so inserting them walks the word index once in order
 * instead of jumping to a random page for each word, {@value #WORDS_PER_INSERT} rows to an INSERT.
 */
final class WordTable extends SearchWordStore {
    /** Words held back before they are written (sorted), at most. */
    private static final int WORDS_SORTED = 500_000;
    /** Words per INSERT statement: one call into the driver per 250 rows rather than per row. */
    private static final int WORDS_PER_INSERT = 250;

    private final Connection c;
    private final List<WordRow> pendingWords = new ArrayList<>();
    private PreparedStatement one;
    private PreparedStatement many;
    private PreparedStatement delete;

    private record WordRow(String word, long customerId) {
    }

    WordTable(Connection c, BeforeWrite beforeWrite) {
        super(beforeWrite);
        this.c = c;
    }

    @Override
    public void add(long customerId, Collection<String> words) throws SQLException {
        for (String w : words) {
            pendingWords.add(new WordRow(w, customerId));
        }
        if (pendingWords.size() >= WORDS_SORTED) {
            flush();
        }
    }

    @Override
    void remove(long customerId) throws SQLException {
        if (delete == null) {
            delete = c.prepareStatement("DELETE FROM customer_word WHERE customer_id = ?");
        }
        delete.setLong(1, customerId);
        delete.executeUpdate();
    }

    @Override
    boolean pending() {
        return !pendingWords.isEmpty();
    }

    @Override
    void write() throws SQLException {
        if (many == null) {
            one = c.prepareStatement("INSERT INTO customer_word (word, customer_id) VALUES (?, ?)");
            many = c.prepareStatement("INSERT INTO customer_word (word, customer_id) VALUES "
                    + String.join(", ", Collections.nCopies(WORDS_PER_INSERT, "(?, ?)")));
        }
        pendingWords.sort(Comparator.comparing(WordRow::word).thenComparingLong(WordRow::customerId));
        int whole = pendingWords.size() - pendingWords.size() % WORDS_PER_INSERT;
        for (int from = 0; from < whole; from += WORDS_PER_INSERT) {
            for (int k = 0; k < WORDS_PER_INSERT; k++) {
                many.setString(2 * k + 1, pendingWords.get(from + k).word());
                many.setLong(2 * k + 2, pendingWords.get(from + k).customerId());
            }
            many.executeUpdate();
        }
        for (WordRow w : pendingWords.subList(whole, pendingWords.size())) {
            one.setString(1, w.word());
            one.setLong(2, w.customerId());
            one.addBatch();
        }
        if (whole < pendingWords.size()) {
            one.executeBatch();
        }
        pendingWords.clear();
    }

    @Override
    void closeStatements() throws SQLException {
        try (PreparedStatement a = one; PreparedStatement b = many; PreparedStatement d = delete) {
            // closed by the try
        }
    }
}
