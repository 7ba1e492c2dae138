package com.orderdesk.logic.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * How the list fields of a customer read as one line of text, in the customers file's cells, in
 * the audit trail and in the screen's list fields: entries separated by {@code ;}, a contact's
 * name, phone and e-mail by {@code |}, a part number from its SKU by {@code =}
 * ({@code AC-4471=VLV-1002}), a bank account's routing from its number by {@code :}.
 * The rules refuse those characters inside the values, so reading back what was written gives
 * the same lists.
 */
public final class ListCells {
    private ListCells() {
    }

    public static String contacts(List<CustomerRecord.Contact> contacts) {
        List<String> parts = new ArrayList<>();
        for (CustomerRecord.Contact c : contacts) {
            parts.add(c.name() + " | " + c.phone() + " | " + c.email());
        }
        return String.join("; ", parts);
    }

    /**
     * Reads contacts; an entry with more than three {@code |} fields is returned whole as the name,
     * so the rules say what is wrong with it.
     */
    public static List<CustomerRecord.Contact> parseContacts(String cell) {
        List<CustomerRecord.Contact> out = new ArrayList<>();
        for (String entry : entries(cell)) {
            String[] f = entry.split("\\|", -1);
            if (f.length > 3) {
                out.add(new CustomerRecord.Contact(entry, "", ""));
            } else {
                out.add(new CustomerRecord.Contact(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : ""));
            }
        }
        return out;
    }

    public static String emails(List<String> emails) {
        return String.join("; ", emails);
    }

    public static List<String> parseEmails(String cell) {
        return entries(cell);
    }

    public static String bankAccounts(List<CustomerRecord.BankAccount> accounts) {
        return String.join("; ", accounts.stream().map(CustomerRecord.BankAccount::key).toList());
    }

    public static List<CustomerRecord.BankAccount> parseBankAccounts(String cell) {
        return entries(cell).stream().map(CustomerRecord.BankAccount::parse).toList();
    }

    public static String partNumbers(List<CustomerRecord.PartNumber> parts) {
        return String.join("; ", parts.stream().map(p -> p.customerPart() + "=" + p.sku()).toList());
    }

    /** Reads part numbers; an entry without {@code =} has no SKU (the rules say so). */
    public static List<CustomerRecord.PartNumber> parsePartNumbers(String cell) {
        List<CustomerRecord.PartNumber> out = new ArrayList<>();
        for (String entry : entries(cell)) {
            int eq = entry.lastIndexOf('=');
            out.add(eq < 0 ? new CustomerRecord.PartNumber(entry, "")
                    : new CustomerRecord.PartNumber(entry.substring(0, eq), entry.substring(eq + 1)));
        }
        return out;
    }

    /** The non-blank {@code ;}-separated entries of a cell, trimmed. */
    public static List<String> entries(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String e : cell.split(";")) {
            if (!e.isBlank()) {
                out.add(e.strip());
            }
        }
        return out;
    }
}
