package com.orderdesk.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.customer.Customers;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.SearchWords;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite search over the FTS5 table finds exactly the customers the word rule says (every
 * typed word starts one of the customer's words), in name order, whether it sorts the few matches
 * or walks the customers by name because many match.
 */
class FullTextSearchTest {
    private static final String[] FIRST = {"Acme", "Apex", "Grand", "Summit", "Pioneer"};
    private static final String[] SECOND = {"Group", "Supply", "Senior Living", "Plastics", "Groceries"};
    private static final String[] LAST = {"LLC", "Inc.", "Co."};

    @TempDir
    Path dir;
    private TestBook book;
    private SignedInUser admin;
    private final List<CustomerRecord> imported = new ArrayList<>();

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        admin = book.admin();
        int n = 0;
        for (String a : FIRST) {
            for (String b : SECOND) {
                String name = a + " " + b + " " + LAST[n % LAST.length];
                imported.add(Customers.dallas(String.format("T-%03d", n), name, String.format("(214) 555-%04d", 1000 + n)));
                n++;
            }
        }
        book.services().customerImport().importAll(admin, imported, "test.csv");
        book.services().customerMaintenance().list(admin, "", 1); // the test book's own customers get their words
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void sortingTheFewAndWalkingTheManyFindTheSameCustomersAsTheWordRule() {
        for (String typed : List.of("acme", "a", "gr", "group", "llc group", "group llc", "senior living", "living apex",
                "1003", "214", "dallas", "t 007", "gro co", "summit plastics inc", "zzz", "acme zzz", "lonestar")) {
            List<String> words = SearchWords.query(typed);
            for (int limit : new int[] {200, 3}) {
                List<String> expected = expected(words, limit);
                assertThat(numbers(words, limit, FullTextSearch.SORTED_AT_MOST)).as("sorted: " + typed + " limit " + limit)
                        .isEqualTo(expected);
                assertThat(numbers(words, limit, 0)).as("walked: " + typed + " limit " + limit).isEqualTo(expected);
            }
        }
        assertThat(expected(SearchWords.query("llc group"), 200)).containsExactly("T-000", "T-015");
    }

    @Test
    void aChangedCustomerIsFoundByItsNewWordsOnly() {
        CustomerRecord stored = book.services().customerMaintenance().list(admin, "T-001", 5).rows().stream()
                .map(r -> book.services().customerMaintenance().open(admin, r.id()).record()).findFirst().orElseThrow();
        CustomerRecord renamed = new CustomerRecord(stored.id(), stored.version(), stored.number(), "Zephyr Janitorial",
                stored.active(), stored.phone(), stored.email(), stored.contacts(), stored.billTo(), stored.paymentTerms(),
                stored.taxExemption(), stored.orderEmails(), stored.ediSenderId(), stored.bankAccounts(), stored.partNumbers(),
                stored.shipTos());
        book.services().customerMaintenance().save(admin, renamed, true);

        assertThat(numbers(SearchWords.query("zephyr"), 200, FullTextSearch.SORTED_AT_MOST)).containsExactly("T-001");
        assertThat(numbers(SearchWords.query("acme supply inc"), 200, FullTextSearch.SORTED_AT_MOST)).isEmpty();
        assertThat(numbers(SearchWords.query("acme supply inc"), 200, 0)).isEmpty();
        assertThat(numbers(SearchWords.query("1001"), 200, 0)).containsExactly("T-001");
    }

    private List<String> numbers(List<String> words, int limit, int sortedAtMost) {
        return book.db.read(s -> s.doReturningWork(c -> FullTextSearch.search(c, words, limit, sortedAtMost))).stream()
                .map(CustomerRow::number).toList();
    }

    /** The book's customers the rule matches, by name key then id, as the screen lists them, at most {@code limit}. */
    private List<String> expected(List<String> words, int limit) {
        List<CustomerRecord> all = new ArrayList<>();
        book.services().customerImport().export(admin, all::add);
        Map<Long, String> nameKeys = book.db.read(s -> s.doReturningWork(c -> {
            Map<Long, String> keys = new HashMap<>();
            Jdbc.query(c, "SELECT id, name_key FROM customer", rs -> keys.put(rs.getLong(1), rs.getString(2)));
            return keys;
        }));
        return all.stream().filter(r -> SearchWords.matches(SearchWords.of(r), words))
                .sorted(Comparator.comparing((CustomerRecord r) -> nameKeys.get(r.id())).thenComparing(CustomerRecord::id))
                .limit(limit).map(CustomerRecord::number).toList();
    }
}
