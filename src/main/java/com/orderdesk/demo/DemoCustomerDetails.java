package com.orderdesk.demo;

import com.orderdesk.demo.DemoInputs.City;
import com.orderdesk.demo.DemoMasterData.DemoProduct;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.SearchWords;
import com.orderdesk.persistence.customer.SearchWordStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What the customer screen keeps beyond the basics, for the demo customers: contacts, more
 * ship-tos, the mail addresses and EDI sender IDs of their electronic orders, their own part
 * numbers, bank accounts known to the cash desk, expiry dates of tax exemptions (the first exempt
 * customer's certificate has expired) and the words they are found by. It draws from its own
 * random stream, so the rest of the demo book stays as it was for a given seed.
 */
final class DemoCustomerDetails implements AutoCloseable {
    /** Real ABA routing numbers of large US banks (valid check digits). */
    private static final String[] ROUTINGS = {"021000021", "026009593", "011000138", "121000248", "071000013", "122000661"};
    private static final String[] ROLES = {"Purchasing", "Accounts payable", "Receiving", "Operations"};

    private final DemoInputs in;
    private final Random rnd;
    private final LocalDate today;
    private final List<DemoProduct> products;
    private final BatchInsert contacts;
    private final BatchInsert addresses;
    private final BatchInsert parts;
    private final BatchInsert accounts;
    private final SearchWordStore words;
    private boolean expiredOne;

    /** What one customer gets, decided before its row is written (the row holds the EDI ID and expiry). */
    record Extra(String ediSenderId, LocalDate exemptUntil, List<CustomerRecord.Contact> contacts, List<String> orderEmails,
                 List<CustomerRecord.PartNumber> partNumbers, Map<String, Long> partProducts,
                 List<CustomerRecord.BankAccount> bankAccounts, int moreShipTos) {
    }

    DemoCustomerDetails(Connection c, DemoInputs in, long seed, LocalDate today, List<DemoProduct> products,
                        BatchInsert customers) throws SQLException {
        this.in = in;
        this.rnd = new Random(seed * 31 + 0x0C057L);
        this.today = today;
        this.products = products;
        contacts = new BatchInsert(c, "customer_contact", "customer_id", "position", "name", "phone", "phone_digits", "email")
                .after(customers);
        addresses = new BatchInsert(c, "customer_order_address", "customer_id", "address").after(customers);
        parts = new BatchInsert(c, "customer_part_number", "customer_id", "customer_part", "product_id").after(customers);
        accounts = new BatchInsert(c, "customer_bank_account", "customer_id", "routing_no", "account_no").after(customers);
        words = SearchWordStore.open(c, customers::flush);
    }

    Extra next(long id, String name, String contactName, String phone, String email, boolean exempt) {
        String domain = email.substring(email.indexOf('@'));
        List<CustomerRecord.Contact> people = new ArrayList<>();
        people.add(new CustomerRecord.Contact(contactName, phone, email));
        int more = rnd.nextInt(3);
        for (int k = 0; k < more; k++) {
            String first = pick(in.firstNames());
            String last = pick(in.surnames());
            String mail = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + domain;
            String extension = String.format("%s x%d", phone, 100 + rnd.nextInt(800));
            people.add(new CustomerRecord.Contact(first + " " + last + " (" + ROLES[rnd.nextInt(ROLES.length)] + ")",
                    rnd.nextBoolean() ? extension : "", mail));
        }
        List<String> mails = new ArrayList<>();
        int kind = rnd.nextInt(10);
        if (kind < 5) {
            mails.add(domain);
        } else if (kind < 7) {
            mails.add("orders" + domain);
            mails.add(email);
        }
        String edi = rnd.nextInt(8) == 0 ? (name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "") + "XXXXXX").substring(0, 6) + id
                : "";
        Map<String, Long> partProducts = new LinkedHashMap<>();
        List<CustomerRecord.PartNumber> partNumbers = new ArrayList<>();
        if (rnd.nextInt(6) == 0) {
            String prefix = (name.replaceAll("[^A-Za-z]", "") + "XX").substring(0, 2).toUpperCase(Locale.ROOT);
            int n = 2 + rnd.nextInt(7);
            for (int k = 0; k < n; k++) {
                DemoProduct p = products.get(rnd.nextInt(products.size()));
                if (!partProducts.containsValue(p.id())) {
                    String part = prefix + "-" + (1000 + rnd.nextInt(9000));
                    if (partProducts.putIfAbsent(part, p.id()) == null) {
                        partNumbers.add(new CustomerRecord.PartNumber(part, p.spec().sku()));
                    }
                }
            }
        }
        List<CustomerRecord.BankAccount> bank = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            // numbers of their own, apart from those the cash demo day learns (7000000 + 37 x id)
            bank.add(new CustomerRecord.BankAccount(ROUTINGS[rnd.nextInt(ROUTINGS.length)], Long.toString(4_400_000_000L + id * 7)));
        }
        LocalDate until = null;
        if (exempt) {
            if (!expiredOne) {
                expiredOne = true;
                until = today.minusDays(21);
            } else {
                until = rnd.nextInt(4) == 0 ? null : today.plusDays(30 + rnd.nextInt(700));
            }
        }
        return new Extra(edi, until, people, mails, partNumbers, partProducts, bank, rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(2) : 0);
    }

    /** A city for an added ship-to, drawn from this stream. */
    City city() {
        return in.cities().get(rnd.nextInt(in.cities().size()));
    }

    /** The customer's lists and search words, once its row and ship-tos are decided. */
    void write(long id, CustomerRecord record, Extra x) throws SQLException {
        int position = 1;
        for (CustomerRecord.Contact k : record.contacts()) {
            String digits = k.phone().replaceAll("\\D", "");
            contacts.row(id, position++, k.name(), k.phone().isEmpty() ? null : k.phone(), digits.isEmpty() ? null : digits,
                    k.email().isEmpty() ? null : k.email());
        }
        for (String m : record.orderEmails()) {
            addresses.row(id, m);
        }
        for (CustomerRecord.PartNumber p : record.partNumbers()) {
            parts.row(id, p.customerPart(), x.partProducts().get(p.customerPart()));
        }
        for (CustomerRecord.BankAccount a : record.bankAccounts()) {
            accounts.row(id, a.routing(), a.account());
        }
        words.add(id, SearchWords.of(record));
    }

    static PostalAddress address(String street, City city) {
        return new PostalAddress(street, "", city.name(), city.state(), city.zip());
    }

    private String pick(List<String> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    @Override
    public void close() throws SQLException {
        try (SearchWordStore w = words; BatchInsert a = contacts; BatchInsert b = addresses; BatchInsert p = parts;
             BatchInsert k = accounts) {
            // each flushes its last rows on close
        }
    }
}
