package com.orderdesk.logic.customer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A customer's master data as flat text for the audit trail ("paymentTerms" -> "NET 30",
 * "shipTo.DAL" -> "Dallas warehouse | 1200 Commerce St, Dallas, TX 75201 | default"), and the
 * fields that differ between two versions, so an entry shows what changed and nothing else.
 */
public final class CustomerChanges {
    /** A value longer than this is cut in the trail (the entry's columns hold 4,000 characters). */
    static final int MAX_VALUE = 250;
    /** Fields beyond this many are summarised, so one entry stays within its column. */
    static final int MAX_FIELDS = 10;

    private CustomerChanges() {
    }

    /** Before and after of the fields that differ; both empty when nothing changed. */
    public record Diff(Map<String, String> before, Map<String, String> after) {
        public boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    public static Map<String, String> flatten(CustomerRecord r) {
        CustomerRecord c = r.normalized();
        Map<String, String> m = new TreeMap<>();
        m.put("name", c.name());
        m.put("active", String.valueOf(c.active()));
        m.put("phone", c.phone());
        m.put("email", c.email());
        m.put("contacts", ListCells.contacts(c.contacts()));
        m.put("billTo", c.billTo().oneLine());
        m.put("paymentTerms", c.paymentTerms());
        m.put("taxExemption", c.taxExemption() == null ? "" : c.taxExemption().certificate()
                + (c.taxExemption().expires() == null ? "" : " until " + c.taxExemption().expires()));
        m.put("orderEmails", ListCells.emails(c.orderEmails()));
        m.put("ediSenderId", c.ediSenderId());
        m.put("bankAccounts", ListCells.bankAccounts(c.bankAccounts()));
        m.put("partNumbers", ListCells.partNumbers(c.partNumbers()));
        for (CustomerRecord.ShipTo s : c.shipTos()) {
            m.put("shipTo." + s.code(), s.label() + " | " + s.address().oneLine() + (s.isDefault() ? " | default" : ""));
        }
        m.values().removeIf(String::isEmpty);
        return m;
    }

    /** The differing fields of {@code before} (null for a new customer) and {@code after}, values cut to fit the trail. */
    public static Diff diff(CustomerRecord before, CustomerRecord after) {
        Map<String, String> b = before == null ? Map.of() : flatten(before);
        Map<String, String> a = flatten(after);
        Map<String, String> outBefore = new LinkedHashMap<>();
        Map<String, String> outAfter = new LinkedHashMap<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        b.keySet().forEach(k -> keys.put(k, true));
        a.keySet().forEach(k -> keys.put(k, true));
        int shown = 0;
        int more = 0;
        for (String k : keys.keySet()) {
            String was = b.get(k);
            String now = a.get(k);
            if (Objects.equals(was, now)) {
                continue;
            }
            if (shown++ >= MAX_FIELDS) {
                more++;
                continue;
            }
            if (was != null) {
                outBefore.put(k, cut(was));
            }
            if (now != null) {
                outAfter.put(k, cut(now));
            }
        }
        if (more > 0) {
            outAfter.put("more", more + " more field" + (more == 1 ? "" : "s") + " changed");
        }
        return new Diff(outBefore, outAfter);
    }

    private static String cut(String v) {
        return v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE - 1) + "\u2026";
    }
}
