package com.orderdesk.persistence.customer;

import com.orderdesk.application.customer.CustomerBook;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.SearchWords;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.customer.RiskClass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes customers' master data with prepared statements on the unit of work's connection: the
 * customer row (with its optimistic version), its lists (contacts, order addresses, bank accounts,
 * part numbers, replaced whole), its ship-tos (matched by id, else by code; one no longer listed
 * is switched off, not deleted, since orders point at it) and its search words. The list rows
 * go in JDBC batches, so a 100,000-customer import is a few seconds of inserts.
 *
 * <p>New customers get no credit limit and risk class {@link #NEW_CUSTOMER_RISK} until the credit
 * manager decides (the credit policy is strict with new customers without a limit).
 */
final class CustomerWriter implements AutoCloseable {
    static final RiskClass NEW_CUSTOMER_RISK = RiskClass.MEDIUM;
    private static final int BATCH = 2_000;

    private final Connection c;
    private final Map<String, Long> productIds;
    private final List<PreparedStatement> open = new ArrayList<>();
    private final Map<PreparedStatement, Integer> pending = new HashMap<>();
    private PreparedStatement insertCustomer;
    private PreparedStatement updateCustomer;
    private PreparedStatement contact;
    private PreparedStatement address;
    private PreparedStatement account;
    private PreparedStatement part;
    private SearchWordStore words;
    private PreparedStatement insertShipTo;
    private PreparedStatement updateShipTo;

    /** @param productIds product ids by SKU, for every SKU the records' part numbers name */
    CustomerWriter(Connection c, Map<String, Long> productIds) {
        this.c = c;
        this.productIds = productIds;
    }

    /** A stored ship-to of a customer being changed. */
    record StoredShipTo(long id, String code) {
    }

    static Map<String, Long> productIds(Connection c, Collection<CustomerBook.Checked> records) throws SQLException {
        Set<String> skus = new HashSet<>();
        records.forEach(r -> r.record().partNumbers().forEach(p -> skus.add(p.sku())));
        Map<String, Long> ids = new HashMap<>();
        Jdbc.queryIn(c, "SELECT sku, id FROM product WHERE sku IN (?)", skus, rs -> ids.put(rs.getString(1), rs.getLong(2)));
        return ids;
    }

    long insert(CustomerBook.Checked checked, LocalDate since) throws SQLException {
        CustomerRecord r = checked.record();
        if (insertCustomer == null) {
            insertCustomer = track(c.prepareStatement("INSERT INTO customer (customer_no, name, name_key, contact_name, phone,"
                    + " phone_digits, email, bill_line1, bill_line2, bill_city, bill_state, bill_zip, bill_lat, bill_lon,"
                    + " payment_terms, tax_exempt, tax_exempt_cert, tax_exempt_expires, edi_sender_id, active, search_version,"
                    + " risk_class, manual_hold, customer_since, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS));
        }
        Object[] values = rowValues(checked);
        Object[] all = new Object[values.length + 4];
        all[0] = r.number();
        System.arraycopy(values, 0, all, 1, values.length);
        all[values.length + 1] = NEW_CUSTOMER_RISK.name();
        all[values.length + 2] = false;
        all[values.length + 3] = since.toString();
        Jdbc.set(insertCustomer, all);
        insertCustomer.executeUpdate();
        long id;
        try (ResultSet keys = insertCustomer.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        lists(id, r, true);
        shipTos(id, checked, List.of());
        return id;
    }

    /** False when the customer is no longer at the record's version (another desk changed it). */
    boolean update(CustomerBook.Checked checked, List<StoredShipTo> storedShipTos) throws SQLException {
        CustomerRecord r = checked.record();
        if (updateCustomer == null) {
            updateCustomer = track(c.prepareStatement("UPDATE customer SET name = ?, name_key = ?, contact_name = ?, phone = ?,"
                    + " phone_digits = ?, email = ?, bill_line1 = ?, bill_line2 = ?, bill_city = ?, bill_state = ?, bill_zip = ?,"
                    + " bill_lat = ?, bill_lon = ?, payment_terms = ?, tax_exempt = ?, tax_exempt_cert = ?,"
                    + " tax_exempt_expires = ?, edi_sender_id = ?, active = ?, search_version = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?"));
        }
        Object[] values = rowValues(checked);
        Object[] all = new Object[values.length + 2];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = r.id();
        all[values.length + 1] = r.version();
        Jdbc.set(updateCustomer, all);
        if (updateCustomer.executeUpdate() != 1) {
            return false;
        }
        for (String table : new String[] {"customer_contact", "customer_order_address", "customer_bank_account",
                "customer_part_number"}) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE customer_id = ?", r.id());
        }
        store().remove(r.id());
        lists(r.id(), r, false);
        shipTos(r.id(), checked, storedShipTos);
        return true;
    }

    /** The customer row's values from name to search_version, in the statements' order. */
    private static Object[] rowValues(CustomerBook.Checked checked) {
        CustomerRecord r = checked.record();
        PostalAddress b = r.billTo();
        GeoPoint p = checked.billToPoint();
        String digits = r.phone().replaceAll("\\D", "");
        return new Object[] {r.name(), r.name().toUpperCase(Locale.ROOT),
                r.contacts().isEmpty() ? null : r.contacts().get(0).name(), Jdbc.blankToNull(r.phone()),
                Jdbc.blankToNull(digits), Jdbc.blankToNull(r.email()), Jdbc.blankToNull(b.line1()), Jdbc.blankToNull(b.line2()),
                Jdbc.blankToNull(b.city()), Jdbc.blankToNull(b.state()), Jdbc.blankToNull(b.zip()),
                p == null ? null : p.lat(), p == null ? null : p.lon(), r.paymentTerms(), r.taxExemption() != null,
                r.taxExemption() == null ? null : r.taxExemption().certificate(),
                r.taxExemption() == null || r.taxExemption().expires() == null ? null : r.taxExemption().expires().toString(),
                Jdbc.blankToNull(r.ediSenderId()), r.active(), SearchWords.VERSION};
    }

    private void lists(long id, CustomerRecord r, boolean fresh) throws SQLException {
        if (contact == null) {
            contact = track(c.prepareStatement("INSERT INTO customer_contact (customer_id, position, name, phone, phone_digits,"
                    + " email) VALUES (?, ?, ?, ?, ?, ?)"));
            address = track(c.prepareStatement("INSERT INTO customer_order_address (customer_id, address) VALUES (?, ?)"));
            account = track(c.prepareStatement("INSERT INTO customer_bank_account (customer_id, routing_no, account_no)"
                    + " VALUES (?, ?, ?)"));
            part = track(c.prepareStatement("INSERT INTO customer_part_number (customer_id, customer_part, product_id)"
                    + " VALUES (?, ?, ?)"));
        }
        int position = 1;
        for (CustomerRecord.Contact k : r.contacts()) {
            add(contact, id, position++, k.name(), Jdbc.blankToNull(k.phone()),
                    Jdbc.blankToNull(k.phone().replaceAll("\\D", "")), Jdbc.blankToNull(k.email()));
        }
        for (String e : r.orderEmails()) {
            add(address, id, e);
        }
        for (CustomerRecord.BankAccount a : r.bankAccounts()) {
            add(account, id, a.routing(), a.account());
        }
        for (CustomerRecord.PartNumber n : r.partNumbers()) {
            Long product = productIds.get(n.sku());
            if (product == null) {
                throw new IllegalStateException("No product " + n.sku() + " (the use case checks SKUs first)");
            }
            add(part, id, n.customerPart(), product);
        }
        words(id, r);
    }

    /** The customer's search words (its old ones already removed, or none yet); written in batches by the store. */
    void words(long id, CustomerRecord r) throws SQLException {
        store().add(id, SearchWords.of(r));
    }

    /** The search-word store, which also removes a customer's old words. */
    SearchWordStore store() throws SQLException {
        if (words == null) {
            words = SearchWordStore.open(c);
        }
        return words;
    }

    /**
     * The ship-tos as listed: each goes to the stored row with its id, else with its code, else to
     * a new row. Stored rows not listed are switched off; a switched-off row whose code is wanted
     * again by another ship-to gives it up (its code becomes ~id), so codes stay unique.
     */
    private void shipTos(long customerId, CustomerBook.Checked checked, List<StoredShipTo> stored) throws SQLException {
        List<CustomerRecord.ShipTo> wanted = checked.record().shipTos();
        Map<Long, StoredShipTo> byId = new HashMap<>();
        Map<String, StoredShipTo> byCode = new HashMap<>();
        stored.forEach(s -> {
            byId.put(s.id(), s);
            byCode.put(s.code(), s);
        });
        Long[] target = new Long[wanted.size()];
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            CustomerRecord.ShipTo s = wanted.get(i);
            if (s.id() != null && byId.containsKey(s.id()) && taken.add(s.id())) {
                target[i] = s.id();
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            StoredShipTo same = byCode.get(wanted.get(i).code());
            if (target[i] == null && same != null && taken.add(same.id())) {
                target[i] = same.id();
            }
        }
        Set<String> wantedCodes = new HashSet<>();
        wanted.forEach(s -> wantedCodes.add(s.code()));
        Map<Long, String> finalCode = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (target[i] != null) {
                finalCode.put(target[i], wanted.get(i).code());
            }
        }
        for (StoredShipTo s : stored) {
            boolean keeps = s.code().equals(finalCode.get(s.id()));
            if (!keeps && wantedCodes.contains(s.code())) {
                Jdbc.update(c, "UPDATE ship_to SET code = ? WHERE id = ?", "~" + s.id(), s.id());
            }
            if (!taken.contains(s.id())) {
                Jdbc.update(c, "UPDATE ship_to SET active = FALSE, is_default = FALSE WHERE id = ?", s.id());
            }
        }
        if (insertShipTo == null) {
            insertShipTo = track(c.prepareStatement("INSERT INTO ship_to (customer_id, code, label, line1, line2, city, state,"
                    + " zip, lat, lon, is_default, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)"));
            updateShipTo = track(c.prepareStatement("UPDATE ship_to SET code = ?, label = ?, line1 = ?, line2 = ?, city = ?,"
                    + " state = ?, zip = ?, lat = ?, lon = ?, is_default = ?, active = TRUE WHERE id = ?"));
        }
        for (int i = 0; i < wanted.size(); i++) {
            CustomerRecord.ShipTo s = wanted.get(i);
            GeoPoint p = i < checked.shipToPoints().size() ? checked.shipToPoints().get(i) : null;
            PostalAddress a = s.address();
            Object[] values = {s.code(), s.label(), Jdbc.blankToNull(a.line1()), Jdbc.blankToNull(a.line2()), a.city(), a.state(),
                    a.zip(), p == null ? null : p.lat(), p == null ? null : p.lon(), s.isDefault()};
            if (target[i] == null) {
                Object[] all = new Object[values.length + 1];
                all[0] = customerId;
                System.arraycopy(values, 0, all, 1, values.length);
                add(insertShipTo, all);
            } else {
                Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
                all[values.length] = target[i];
                Jdbc.set(updateShipTo, all);
                updateShipTo.executeUpdate();
            }
        }
    }

    private void add(PreparedStatement ps, Object... values) throws SQLException {
        Jdbc.set(ps, values);
        ps.addBatch();
        int n = pending.merge(ps, 1, Integer::sum);
        if (n >= BATCH) {
            ps.executeBatch();
            pending.put(ps, 0);
        }
    }

    private PreparedStatement track(PreparedStatement ps) {
        open.add(ps);
        return ps;
    }

    /** Sends what is still batched. */
    void flush() throws SQLException {
        if (words != null) {
            words.flush();
        }
        for (PreparedStatement ps : open) {
            if (pending.getOrDefault(ps, 0) > 0) {
                ps.executeBatch();
                pending.put(ps, 0);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement ps : open) {
                ps.close();
            }
            if (words != null) {
                words.close();
            }
        }
    }
}
