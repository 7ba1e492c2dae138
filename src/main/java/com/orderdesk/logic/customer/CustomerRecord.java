package com.orderdesk.logic.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A customer's master data as the customer screen edits it and the customers file carries it:
 * everything a clerk keeps, nothing the credit manager owns (limit, risk class, manual hold). The
 * lists are kept in one order ({@link #normalized()}), so two records with the same content are
 * equal and an import can tell an unchanged customer from a changed one.
 *
 * @param id          the stored customer's id; null for a new one
 * @param version     the stored version this edit started from (optimistic locking)
 * @param number      the customer number; blank on a new customer means "the next in the series"
 * @param orderEmails sender addresses ({@code buyer@acme.com}) or whole domains ({@code @acme.com})
 *                    that identify the customer's mailed orders
 * @param ediSenderId the interchange sender ID (ISA06) of the customer's EDI orders, or blank
 * @param taxExemption null when the customer pays sales tax
 */
public record CustomerRecord(Long id, long version, String number, String name, boolean active, String phone, String email,
                             List<Contact> contacts, PostalAddress billTo, String paymentTerms, TaxExemption taxExemption,
                             List<String> orderEmails, String ediSenderId, List<BankAccount> bankAccounts,
                             List<PartNumber> partNumbers, List<ShipTo> shipTos) {

    /** A person at the customer. */
    public record Contact(String name, String phone, String email) {
        public Contact {
            name = clean(name);
            phone = clean(phone);
            email = clean(email).toLowerCase(Locale.ROOT);
        }

        boolean isBlank() {
            return name.isEmpty() && phone.isEmpty() && email.isEmpty();
        }
    }

    /** A delivery address; {@code id} is null until stored. {@code code} names it in EDI and order files ("DAL"). */
    public record ShipTo(Long id, String code, String label, PostalAddress address, boolean isDefault) {
        public ShipTo {
            code = clean(code).toUpperCase(Locale.ROOT);
            label = clean(label);
            address = address == null ? PostalAddress.EMPTY : address;
        }

        public ShipTo withId(Long newId) {
            return new ShipTo(newId, code, label, address, isDefault);
        }
    }

    /** A bank account known to be the customer's, as on a cheque's MICR line; the routing may be blank (an IBAN). */
    public record BankAccount(String routing, String account) implements Comparable<BankAccount> {
        public BankAccount {
            routing = clean(routing).replaceAll("[\\s-]", "");
            account = clean(account).replaceAll("[\\s-]", "");
        }

        /** "021000021:7000037", the form the cash desk and the customers file use. */
        public String key() {
            return routing.isEmpty() ? account : routing + ":" + account;
        }

        /** Reads "routing:account" or a bare account. */
        public static BankAccount parse(String text) {
            String t = clean(text);
            int colon = t.indexOf(':');
            return colon < 0 ? new BankAccount("", t) : new BankAccount(t.substring(0, colon), t.substring(colon + 1));
        }

        @Override
        public int compareTo(BankAccount o) {
            return key().compareTo(o.key());
        }
    }

    /** The customer's own part number for one of our SKUs. */
    public record PartNumber(String customerPart, String sku) {
        public PartNumber {
            customerPart = clean(customerPart);
            sku = clean(sku).toUpperCase(Locale.ROOT);
        }
    }

    public CustomerRecord {
        number = clean(number).toUpperCase(Locale.ROOT);
        name = oneSpace(clean(name));
        phone = clean(phone);
        email = clean(email).toLowerCase(Locale.ROOT);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        billTo = billTo == null ? PostalAddress.EMPTY : billTo;
        paymentTerms = oneSpace(clean(paymentTerms));
        orderEmails = orderEmails == null ? List.of() : List.copyOf(orderEmails);
        ediSenderId = clean(ediSenderId).toUpperCase(Locale.ROOT);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        partNumbers = partNumbers == null ? List.of() : List.copyOf(partNumbers);
        shipTos = shipTos == null ? List.of() : List.copyOf(shipTos);
    }

    /**
     * The same content in the one stored order: blank contacts dropped, order e-mails lower case and
     * sorted without repeats, bank accounts and part numbers sorted, ship-tos by code.
     */
    public CustomerRecord normalized() {
        List<Contact> cs = contacts.stream().filter(c -> !c.isBlank()).toList();
        List<String> mails = new ArrayList<>(new LinkedHashSet<>(orderEmails.stream()
                .map(e -> clean(e).toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).sorted().toList()));
        List<BankAccount> accounts = new ArrayList<>(new LinkedHashSet<>(bankAccounts.stream()
                .filter(a -> !a.key().isEmpty()).sorted().toList()));
        TreeMap<String, PartNumber> parts = new TreeMap<>();
        partNumbers.stream().filter(p -> !p.customerPart().isEmpty() || !p.sku().isEmpty())
                .forEach(p -> parts.putIfAbsent(p.customerPart() + "\u0000" + p.sku(), p));
        List<ShipTo> ships = shipTos.stream().sorted(Comparator.comparing(ShipTo::code)).toList();
        return new CustomerRecord(id, version, number, name, active, phone, email, cs, billTo, canonicalTerms(paymentTerms),
                taxExemption, mails, ediSenderId, accounts, new ArrayList<>(parts.values()), ships);
    }

    /** The same content as {@code other}, ignoring ids and versions (an import row against the stored customer). */
    public boolean sameContentAs(CustomerRecord other) {
        return withIdentity(null, 0).normalized().stripShipToIds()
                .equals(other.withIdentity(null, 0).normalized().stripShipToIds());
    }

    private CustomerRecord stripShipToIds() {
        return new CustomerRecord(id, version, number, name, active, phone, email, contacts, billTo, paymentTerms,
                taxExemption, orderEmails, ediSenderId, bankAccounts, partNumbers,
                shipTos.stream().map(s -> s.withId(null)).toList());
    }

    public CustomerRecord withIdentity(Long newId, long newVersion) {
        return new CustomerRecord(newId, newVersion, number, name, active, phone, email, contacts, billTo, paymentTerms,
                taxExemption, orderEmails, ediSenderId, bankAccounts, partNumbers, shipTos);
    }

    public CustomerRecord withNumber(String newNumber) {
        return new CustomerRecord(id, version, newNumber, name, active, phone, email, contacts, billTo, paymentTerms,
                taxExemption, orderEmails, ediSenderId, bankAccounts, partNumbers, shipTos);
    }

    public CustomerRecord withActive(boolean nowActive) {
        return new CustomerRecord(id, version, number, name, nowActive, phone, email, contacts, billTo, paymentTerms,
                taxExemption, orderEmails, ediSenderId, bankAccounts, partNumbers, shipTos);
    }

    public CustomerRecord withShipTos(List<ShipTo> newShipTos) {
        return new CustomerRecord(id, version, number, name, active, phone, email, contacts, billTo, paymentTerms,
                taxExemption, orderEmails, ediSenderId, bankAccounts, partNumbers, newShipTos);
    }

    public Optional<ShipTo> defaultShipTo() {
        return shipTos.stream().filter(ShipTo::isDefault).findFirst();
    }

    public boolean isNew() {
        return id == null;
    }

    /** "2/10 net 30" is stored as 2/10 NET 30; terms that do not read are kept as typed (the rules refuse them). */
    private static String canonicalTerms(String terms) {
        try {
            return com.orderdesk.logic.invoicing.PaymentTerms.parse(terms).code();
        } catch (IllegalArgumentException e) {
            return terms;
        }
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Runs of white space as one space; most names have none to fold, and are kept as they are (an import makes 200,000 records). */
    static String oneSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) && (ch != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }
}
