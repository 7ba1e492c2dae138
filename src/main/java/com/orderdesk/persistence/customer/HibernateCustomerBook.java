package com.orderdesk.persistence.customer;

import com.orderdesk.application.customer.CaptureCustomers;
import com.orderdesk.application.customer.CustomerBook;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.customer.CreditStanding;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.Lookalike;
import com.orderdesk.logic.customer.SearchWords;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.StoredWholeNumbers;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Customers' master data over the unit of work's session. The customer tables are read and
 * written with plain statements on the session's own connection (same transaction), because an
 * import writes hundreds of thousands of list rows and the entity path would take minutes; the
 * entities ({@code Customer}, {@code ShipToAddress}) stay what the other features read, and the
 * version column keeps both paths honest with each other.
 */
public final class HibernateCustomerBook implements CustomerBook {
    private static final String SERIES = "CUSTOMER";
    private static final int PAGE = 2_000;

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T jdbc(Work<T> work) {
        Session s = CurrentSession.get();
        if (s.getTransaction().isActive()) {
            s.flush(); // entities changed earlier in this unit of work reach the connection first
        }
        return s.doReturningWork(work::run);
    }

    @Override
    public Optional<CustomerDetail> detail(long id, LocalDate today) {
        return jdbc(c -> {
            CustomerRecord r = CustomerRecords.byIds(c, List.of(id)).get(id);
            if (r == null) {
                return Optional.empty();
            }
            CreditStanding[] credit = new CreditStanding[1];
            Jdbc.query(c, "SELECT credit_limit_cents, risk_class, manual_hold, credit_review_date, customer_since, id FROM customer"
                    + " WHERE id = ?", rs -> {
                Long cents = StoredWholeNumbers.read(rs, 1); // a limit 'abc' is named, never a limit of 0
                Money limit = cents == null ? null : Money.ofCents(cents);
                credit[0] = new CreditStanding(limit, RiskClass.valueOf(rs.getString(2)), rs.getBoolean(3),
                        Jdbc.date(rs, "credit_review_date"), Jdbc.date(rs, "customer_since"));
            }, id);
            String warning = r.taxExemption() == null ? null : r.taxExemption().warningOn(today).orElse(null);
            return Optional.of(new CustomerDetail(r, credit[0], warning));
        });
    }

    @Override
    public Map<String, CustomerRecord> byNumbers(Collection<String> numbers) {
        return jdbc(c -> {
            Map<String, Long> ids;
            if (numbers.size() > 5 * PAGE) {
                // one pass over the numbers' index beats thousands of IN lists; only the customers
                // named are read whole (an import of new customers reads none)
                Set<String> wanted = new HashSet<>(numbers);
                Map<String, Long> found = new HashMap<>();
                Jdbc.query(c, "SELECT customer_no, id FROM customer", rs -> {
                    String number = rs.getString(1);
                    if (wanted.contains(number)) {
                        found.put(number, rs.getLong(2));
                    }
                });
                ids = found;
            } else {
                ids = CustomerRecords.idsOfNumbers(c, numbers);
            }
            Map<String, CustomerRecord> out = new HashMap<>();
            List<Long> all = new ArrayList<>(ids.values());
            for (int from = 0; from < all.size(); from += PAGE) {
                CustomerRecords.byIds(c, all.subList(from, Math.min(all.size(), from + PAGE))).values()
                        .forEach(r -> out.put(r.number(), r));
            }
            return out;
        });
    }

    @Override
    public void forEach(Consumer<CustomerRecord> each) {
        jdbc(c -> {
            forEachPage(c, each);
            return null;
        });
    }

    private static void forEachPage(Connection c, Consumer<CustomerRecord> each) throws SQLException {
        long after = 0;
        while (true) {
            List<CustomerRecord> page = CustomerRecords.page(c, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            page.forEach(each);
            after = page.stream().mapToLong(CustomerRecord::id).max().orElseThrow();
        }
    }

    @Override
    public List<CustomerRow> search(List<String> words, int limit) {
        return jdbc(c -> CustomerSearch.search(c, words, limit));
    }

    @Override
    public List<CustomerRow> firstByName(int limit) {
        return jdbc(c -> CustomerSearch.firstByName(c, limit));
    }

    @Override
    public long count() {
        return jdbc(c -> {
            long[] n = {0};
            Jdbc.query(c, "SELECT COUNT(*) FROM customer", rs -> n[0] = rs.getLong(1));
            return n[0];
        });
    }

    @Override
    public String nextNumber() {
        Session s = CurrentSession.get();
        while (true) {
            String number = DocumentNumberAllocator.next(s, SERIES);
            if (!numberTaken(number)) {
                return number;
            }
        }
    }

    @Override
    public boolean numberTaken(String number) {
        return jdbc(c -> {
            boolean[] taken = {false};
            Jdbc.query(c, "SELECT 1 FROM customer WHERE customer_no = ?", rs -> taken[0] = true, number);
            return taken[0];
        });
    }

    @Override
    public List<Lookalike> lookalikes(CustomerRecord candidate, Long exceptId) {
        return jdbc(c -> CustomerSearch.lookalikes(c, candidate, exceptId));
    }

    @Override
    public Set<String> unknownSkus(Collection<String> skus) {
        return jdbc(c -> {
            Set<String> unknown = new HashSet<>(skus);
            Jdbc.queryIn(c, "SELECT sku FROM product WHERE sku IN (?)", skus, rs -> unknown.remove(rs.getString(1)));
            return unknown;
        });
    }

    @Override
    public Map<String, String> bankAccountOwners(Collection<CustomerRecord.BankAccount> accounts) {
        return jdbc(c -> {
            Set<String> wanted = new HashSet<>();
            accounts.forEach(a -> wanted.add(a.key()));
            Map<String, String> owners = new HashMap<>();
            Jdbc.RowReader keep = rs -> {
                String key = new CustomerRecord.BankAccount(rs.getString(2), rs.getString(3)).key();
                if (wanted.contains(key)) {
                    owners.put(key, rs.getString(1));
                }
            };
            String sql = "SELECT c.customer_no, a.routing_no, a.account_no FROM customer_bank_account a"
                    + " JOIN customer c ON c.id = a.customer_id";
            if (accounts.size() > PAGE) {
                Jdbc.query(c, sql, keep);
            } else {
                Set<String> numbers = new HashSet<>();
                accounts.forEach(a -> numbers.add(a.account()));
                Jdbc.queryIn(c, sql + " WHERE a.account_no IN (?)", numbers, keep);
            }
            return owners;
        });
    }

    @Override
    public Map<String, String> ediOwners(Collection<String> ediIds) {
        return jdbc(c -> {
            Map<String, String> owners = new HashMap<>();
            Jdbc.queryIn(c, "SELECT edi_sender_id, customer_no FROM customer WHERE edi_sender_id IN (?)", ediIds,
                    rs -> owners.put(rs.getString(1), rs.getString(2)));
            return owners;
        });
    }

    @Override
    public long insert(Checked customer, LocalDate since) {
        return jdbc(c -> {
            try (CustomerWriter w = new CustomerWriter(c, CustomerWriter.productIds(c, List.of(customer)))) {
                return w.insert(customer, since);
            }
        });
    }

    @Override
    public boolean update(Checked customer) {
        return saveAll(List.of(), List.of(customer), null);
    }

    @Override
    public boolean saveAll(List<Checked> added, List<Checked> changed, LocalDate since) {
        return jdbc(c -> {
            List<Checked> all = new ArrayList<>(added);
            all.addAll(changed);
            Map<Long, List<CustomerWriter.StoredShipTo>> stored = new HashMap<>();
            List<Long> ids = changed.stream().map(x -> x.record().id()).toList();
            Jdbc.queryIn(c, "SELECT customer_id, id, code FROM ship_to WHERE customer_id IN (?)", ids,
                    rs -> stored.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CustomerWriter.StoredShipTo(rs.getLong(2), rs.getString(3))));
            try (LargeCache cache = LargeCache.during(c, all.size());
                 CustomerWriter w = new CustomerWriter(c, CustomerWriter.productIds(c, all))) {
                for (Checked x : changed) {
                    if (!w.update(x, stored.getOrDefault(x.record().id(), List.of()))) {
                        return false;
                    }
                }
                for (Checked x : added) {
                    w.insert(x, since);
                }
            }
            return true;
        });
    }

    @Override
    public boolean setActive(long id, long version, boolean active) {
        return jdbc(c -> Jdbc.update(c, "UPDATE customer SET active = ?, version = version + 1 WHERE id = ? AND version = ?",
                active, id, version) == 1);
    }

    @Override
    public boolean searchWordsStale() {
        return jdbc(c -> {
            boolean[] stale = {false};
            Jdbc.query(c, "SELECT 1 FROM customer WHERE search_version < ? LIMIT 1", rs -> stale[0] = true, SearchWords.VERSION);
            return stale[0];
        });
    }

    @Override
    public int refreshSearchWords(int max) {
        return jdbc(c -> {
            List<Long> ids = new ArrayList<>();
            Jdbc.query(c, "SELECT id FROM customer WHERE search_version < ? LIMIT ?", rs -> ids.add(rs.getLong(1)),
                    SearchWords.VERSION, max);
            if (ids.isEmpty()) {
                return 0;
            }
            Map<Long, CustomerRecord> records = CustomerRecords.byIds(c, ids);
            try (CustomerWriter w = new CustomerWriter(c, Map.of())) {
                for (CustomerRecord r : records.values()) {
                    w.store().remove(r.id());
                    w.words(r.id(), r);
                }
            }
            for (int from = 0; from < ids.size(); from += Jdbc.CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + Jdbc.CHUNK));
                List<Object> params = new ArrayList<>();
                params.add(SearchWords.VERSION);
                params.addAll(chunk);
                Jdbc.update(c, "UPDATE customer SET search_version = ? WHERE id IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", params.toArray());
            }
            return ids.size();
        });
    }

    @Override
    public void checkpoint() {
        Session s = CurrentSession.get();
        if (s.getTransaction().isActive()) {
            s.flush();
        }
        s.clear();
    }

    @Override
    public CaptureCustomers captureCustomers() {
        return jdbc(c -> {
            Map<Long, String> numbers = new HashMap<>();
            Map<Long, List<String>> emails = new HashMap<>();
            Jdbc.query(c, "SELECT a.customer_id, a.address FROM customer_order_address a JOIN customer c ON c.id = a.customer_id"
                    + " WHERE c.active = TRUE ORDER BY a.customer_id, a.address",
                    rs -> emails.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
            List<MasterData.Customer> customers = new ArrayList<>();
            Jdbc.query(c, "SELECT id, customer_no, name, edi_sender_id, phone FROM customer WHERE active = TRUE ORDER BY customer_no",
                    rs -> {
                        numbers.put(rs.getLong(1), rs.getString(2));
                        customers.add(new MasterData.Customer(rs.getString(2), rs.getString(3),
                                emails.getOrDefault(rs.getLong(1), List.of()), rs.getString(4), rs.getString(5)));
                    });
            List<MasterData.ShipTo> shipTos = new ArrayList<>();
            Jdbc.query(c, "SELECT s.customer_id, s.code, s.label, s.line1, s.city, s.state, s.zip, s.is_default FROM ship_to s"
                    + " JOIN customer c ON c.id = s.customer_id WHERE c.active = TRUE AND s.active = TRUE ORDER BY s.customer_id, s.code",
                    rs -> shipTos.add(new MasterData.ShipTo(numbers.get(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            Jdbc.text(rs, "line1"), Jdbc.text(rs, "city"), Jdbc.text(rs, "state"), Jdbc.text(rs, "zip"),
                            rs.getBoolean(8))));
            List<MasterData.PartNumber> parts = new ArrayList<>();
            Jdbc.query(c, "SELECT n.customer_id, n.customer_part, p.sku FROM customer_part_number n JOIN product p ON p.id = n.product_id"
                    + " JOIN customer c ON c.id = n.customer_id WHERE c.active = TRUE ORDER BY n.customer_id, n.customer_part",
                    rs -> parts.add(new MasterData.PartNumber(numbers.get(rs.getLong(1)), rs.getString(2), rs.getString(3))));
            return new CaptureCustomers(customers, shipTos, parts);
        });
    }
}
