package com.orderdesk.logic.invoicing.print;

import java.util.List;
import java.util.Objects;

/**
 * The issuing company as printed on every document, from the settings record.
 *
 * @param address      the letterhead address (street, city, country)
 * @param contactLine  e.g. "Phone +1 512 555 0100 · ar@example.com · example.com"
 * @param taxId        the seller's tax registration, printed under the letterhead (may be blank)
 * @param remitTo      where payments go (lockbox or head office)
 * @param bankLine     how to pay electronically, e.g. "ACH/wire: First Bank, routing 111000025, account 4455667788"
 * @param logoResource class-path resource of the logo (SVG or PNG), e.g. {@code /assets/branding/orderdesk-logo.svg}
 */
public record CompanyProfile(String name, List<String> address, String contactLine, String taxId,
                             AddressBlock remitTo, String bankLine, String logoResource) {
    public static final String DEFAULT_LOGO = "/assets/branding/orderdesk-logo.svg";

    public CompanyProfile {
        Objects.requireNonNull(name, "name");
        address = address == null ? List.of() : List.copyOf(address);
        contactLine = contactLine == null ? "" : contactLine;
        taxId = taxId == null ? "" : taxId;
        remitTo = remitTo == null ? new AddressBlock(name, address) : remitTo;
        bankLine = bankLine == null ? "" : bankLine;
        logoResource = logoResource == null || logoResource.isBlank() ? DEFAULT_LOGO : logoResource;
    }

    /** The demo company used by the sample data, the benchmark and the tests. */
    public static CompanyProfile demo() {
        return new CompanyProfile("Northwind Supply Co.",
                List.of("1200 Commerce Park Drive, Suite 300", "Austin, TX 78744", "United States"),
                "Phone +1 512 555 0100 · ar@northwind-supply.example · northwind-supply.example",
                "Sales tax permit 1-23-4567890-1",
                AddressBlock.of("Northwind Supply Co. - Accounts Receivable", "P.O. Box 4410", "Dallas, TX 75244-4410"),
                "ACH/wire: Lone Star Bank, routing 111000025, account 4455667788",
                DEFAULT_LOGO);
    }
}
