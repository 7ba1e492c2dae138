package com.orderdesk.persistence.customer;

import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.TaxExemption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads customers' master data from the customer tables into records, a chunk of customers at a
 * time: one query per table for the whole chunk, so reading 100,000 customers takes a few hundred
 * queries, not a few hundred thousand.
 */
final class CustomerRecords {
    static final String COLUMNS = "c.id, c.customer_no, c.name, c.active, c.phone, c.email, c.bill_line1, c.bill_line2,"
            + " c.bill_city, c.bill_state, c.bill_zip, c.payment_terms, c.tax_exempt, c.tax_exempt_cert,"
            + " c.tax_exempt_expires, c.edi_sender_id, c.version";

    private CustomerRecords() {
    }

    /** The records of these customer ids, by id (ids that do not exist are left out). */
    static Map<Long, CustomerRecord> byIds(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Builder> builders = new LinkedHashMap<>();
        Jdbc.queryIn(c, "SELECT " + COLUMNS + " FROM customer c WHERE c.id IN (?)", ids,
                rs -> builders.put(rs.getLong("id"), new Builder(rs)));
        children(c, builders, " WHERE x.customer_id IN (?)", ids);
        Map<Long, CustomerRecord> out = new LinkedHashMap<>();
        builders.forEach((id, b) -> out.put(id, b.build()));
        return out;
    }

    /** The customers whose ids are above {@code afterId}, at most {@code limit}, in id order. */
    static List<CustomerRecord> page(Connection c, long afterId, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Jdbc.query(c, "SELECT id FROM customer WHERE id > ? ORDER BY id LIMIT ?", rs -> ids.add(rs.getLong(1)), afterId, limit);
        return new ArrayList<>(byIds(c, ids).values());
    }

    private static void children(Connection c, Map<Long, Builder> b, String where, Collection<Long> ids) throws SQLException {
        if (b.isEmpty()) {
            return;
        }
        Jdbc.queryIn(c, "SELECT x.customer_id, x.name, x.phone, x.email FROM customer_contact x" + where
                + " ORDER BY x.customer_id, x.position", ids, rs -> b.get(rs.getLong(1)).contacts.add(
                new CustomerRecord.Contact(rs.getString(2), rs.getString(3), rs.getString(4))));
        Jdbc.queryIn(c, "SELECT x.customer_id, x.address FROM customer_order_address x" + where, ids,
                rs -> b.get(rs.getLong(1)).orderEmails.add(rs.getString(2)));
        Jdbc.queryIn(c, "SELECT x.customer_id, x.routing_no, x.account_no FROM customer_bank_account x" + where, ids,
                rs -> b.get(rs.getLong(1)).accounts.add(new CustomerRecord.BankAccount(rs.getString(2), rs.getString(3))));
        Jdbc.queryIn(c, "SELECT x.customer_id, x.customer_part, p.sku FROM customer_part_number x"
                + " JOIN product p ON p.id = x.product_id" + where, ids,
                rs -> b.get(rs.getLong(1)).parts.add(new CustomerRecord.PartNumber(rs.getString(2), rs.getString(3))));
        Jdbc.queryIn(c, "SELECT x.customer_id, x.id, x.code, x.label, x.line1, x.line2, x.city, x.state, x.zip, x.is_default"
                + " FROM ship_to x" + where + " AND x.active = TRUE", ids,
                rs -> b.get(rs.getLong(1)).shipTos.add(new CustomerRecord.ShipTo(rs.getLong(2), rs.getString(3),
                        rs.getString(4), new PostalAddress(rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)), rs.getBoolean(10))));
    }

    /** One customer's row and lists while they are read. */
    private static final class Builder {
        final long id;
        final long version;
        final String number;
        final String name;
        final boolean active;
        final String phone;
        final String email;
        final PostalAddress billTo;
        final String terms;
        final TaxExemption exemption;
        final String edi;
        final List<CustomerRecord.Contact> contacts = new ArrayList<>();
        final List<String> orderEmails = new ArrayList<>();
        final List<CustomerRecord.BankAccount> accounts = new ArrayList<>();
        final List<CustomerRecord.PartNumber> parts = new ArrayList<>();
        final List<CustomerRecord.ShipTo> shipTos = new ArrayList<>();

        Builder(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            version = rs.getLong("version");
            number = rs.getString("customer_no");
            name = rs.getString("name");
            active = rs.getBoolean("active");
            phone = rs.getString("phone");
            email = rs.getString("email");
            billTo = new PostalAddress(rs.getString("bill_line1"), rs.getString("bill_line2"), rs.getString("bill_city"),
                    rs.getString("bill_state"), rs.getString("bill_zip"));
            terms = rs.getString("payment_terms");
            exemption = rs.getBoolean("tax_exempt")
                    ? new TaxExemption(rs.getString("tax_exempt_cert"), Jdbc.date(rs, "tax_exempt_expires")) : null;
            edi = rs.getString("edi_sender_id");
        }

        CustomerRecord build() {
            return new CustomerRecord(id, version, number, name, active, phone, email, contacts, billTo, terms, exemption,
                    orderEmails, edi, accounts, parts, shipTos).normalized();
        }
    }

    /** Ids of the customers with these numbers, by number. */
    static Map<String, Long> idsOfNumbers(Connection c, Collection<String> numbers) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        Jdbc.queryIn(c, "SELECT customer_no, id FROM customer WHERE customer_no IN (?)", numbers,
                rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }
}
