package com.orderdesk.logic.capture.email;

import com.orderdesk.logic.capture.MasterData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the customer of a sender address: an address entry beats a domain entry; a domain that two
 * customers list names neither.
 */
public final class SenderDirectory {
    private final Map<String, List<String>> byAddress = new HashMap<>();
    private final Map<String, List<String>> byDomain = new HashMap<>();
    private final List<String> internalDomains = new ArrayList<>();

    public SenderDirectory(MasterData data) {
        for (MasterData.Customer c : data.customers()) {
            for (String e : c.emails()) {
                String entry = e.trim().toLowerCase(Locale.ROOT);
                if (entry.startsWith("@")) {
                    add(byDomain, entry.substring(1), c.customerNo());
                } else if (entry.contains("@")) {
                    add(byAddress, entry, c.customerNo());
                }
            }
        }
        for (String d : data.internalDomains()) {
            String domain = d.trim().toLowerCase(Locale.ROOT);
            internalDomains.add(domain.startsWith("@") ? domain.substring(1) : domain);
        }
    }

    private static void add(Map<String, List<String>> map, String key, String customer) {
        List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(customer)) {
            list.add(customer);
        }
    }

    /** The customers this address may belong to: one when known, several when in doubt, none when unknown. */
    public List<String> customersOf(String address) {
        if (address == null) {
            return List.of();
        }
        String a = address.toLowerCase(Locale.ROOT);
        List<String> exact = byAddress.get(a);
        if (exact != null) {
            return exact;
        }
        int at = a.lastIndexOf('@');
        return at < 0 ? List.of() : byDomain.getOrDefault(a.substring(at + 1), List.of());
    }

    public boolean isInternal(String address) {
        if (address == null) {
            return false;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return internalDomains.contains(domain);
    }
}
