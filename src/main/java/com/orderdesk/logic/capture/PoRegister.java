package com.orderdesk.logic.capture;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PO numbers already used, per customer: those of the book (the inbox passes them in) and those
 * captured earlier in this run. A PO number is compared without case and surrounding spaces,
 * because customers retype their own numbers inconsistently.
 */
public final class PoRegister {
    private final Map<String, Set<String>> used = new HashMap<>();

    public static PoRegister empty() {
        return new PoRegister();
    }

    public static PoRegister of(Map<String, ? extends Set<String>> poNumbersByCustomer) {
        PoRegister register = new PoRegister();
        poNumbersByCustomer.forEach((customer, pos) -> pos.forEach(po -> register.use(customer, po)));
        return register;
    }

    public synchronized boolean isUsed(String customerNo, String poNumber) {
        return used.getOrDefault(customerNo, Set.of()).contains(key(poNumber));
    }

    public synchronized void use(String customerNo, String poNumber) {
        used.computeIfAbsent(customerNo, c -> new HashSet<>()).add(key(poNumber));
    }

    private static String key(String po) {
        return po.trim().toUpperCase(Locale.ROOT);
    }
}
