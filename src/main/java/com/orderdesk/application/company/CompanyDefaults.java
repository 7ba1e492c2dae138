package com.orderdesk.application.company;

import java.util.List;

/**
 * What other features read from the company settings, without the administrator's permission
 * (nothing here is secret): the terms a new customer starts with (asked by the customer screen for
 * the user adding a customer, so it checks that they may), and the company's own mail domains
 * (read inside the inbox's use cases, after their own check; decision 0011). Implemented by {@link CompanySettingsUseCases}; {@code AppServices.companyDefaults()}
 * hands it out. Each call reads the book, so a change made on another desk counts at once.
 */
public interface CompanyDefaults {
    /**
     * The payment terms a new customer gets unless the clerk types others, e.g. {@code "NET 30"}, for
     * {@code user}, who must be allowed to add customers.
     */
    String defaultPaymentTerms(com.orderdesk.logic.security.SignedInUser user);

    /**
     * The company's own mail domains, lower-case, without "@" (e.g. {@code northwind-supply.example}):
     * a mail from one of them is a colleague forwarding a customer's order. Empty when none are set.
     */
    List<String> ownMailDomains();

    /** Whether {@code address} (e.g. {@code "Pat <pat@Northwind-Supply.example>"} or a bare address) is the company's own. */
    default boolean isOwnAddress(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        int open = a.lastIndexOf('<');
        if (open >= 0 && a.endsWith(">")) {
            a = a.substring(open + 1, a.length() - 1);
        }
        int at = a.lastIndexOf('@');
        String domain = at < 0 ? "" : a.substring(at + 1).strip().toLowerCase(java.util.Locale.ROOT);
        return !domain.isEmpty() && ownMailDomains().stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }
}
