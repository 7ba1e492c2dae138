package com.orderdesk.logic.invoicing.print;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Objects;

/**
 * The issuing company as printed on every document, from the settings record.
 *
 * @param address      the letterhead address (street, city, country)
 * @param contactLine  e.g. "Phone +1 512 555 0100 · ar@example.com · example.com"
 * @param taxId        the seller's tax registration, printed under the letterhead (may be blank)
 * @param remitTo      where payments go (lockbox or head office)
 * @param bankLine     how to pay electronically, e.g. "ACH/wire: First Bank, routing 111000025, account 4455667788"
 * @param logoResource the logo (SVG or PNG): a class-path resource such as
 *                     {@code /assets/branding/orderdesk-logo.svg} when there is one by that name, else a file path
 * @param logoImage    the logo stored in the book (company settings), printed instead of {@code logoResource}
 *                     when present; {@code null} when the book keeps none
 */
public record CompanyProfile(String name, List<String> address, String contactLine, String taxId,
                             AddressBlock remitTo, String bankLine, String logoResource, LogoImage logoImage) {
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

    /** A company whose logo is a resource or file (no logo stored in the book). */
    public CompanyProfile(String name, List<String> address, String contactLine, String taxId,
                          AddressBlock remitTo, String bankLine, String logoResource) {
        this(name, address, contactLine, taxId, remitTo, bankLine, logoResource, null);
    }

    /** The same company printing {@code logo} (the book's own logo). */
    public CompanyProfile withLogo(LogoImage logo) {
        return new CompanyProfile(name, address, contactLine, taxId, remitTo, bankLine, logoResource, logo);
    }

    /**
     * Reads the company from settings properties: {@code company.name} (required), {@code company.address}
     * (lines separated by "|"), {@code company.contact}, {@code company.taxId}, {@code company.remitTo.name},
     * {@code company.remitTo.address} ("|"-separated), {@code company.bank}, {@code company.logo}.
     *
     * @throws IllegalArgumentException naming the missing key
     */
    public static CompanyProfile fromProperties(Properties p) {
        String name = p.getProperty("company.name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("settings: company.name is missing; it is printed on every invoice");
        }
        List<String> address = lines(p.getProperty("company.address"));
        String remitName = p.getProperty("company.remitTo.name");
        AddressBlock remitTo = remitName == null || remitName.isBlank() ? null
                : new AddressBlock(remitName.trim(), lines(p.getProperty("company.remitTo.address")));
        return new CompanyProfile(name.trim(), address, p.getProperty("company.contact"), p.getProperty("company.taxId"),
                remitTo, p.getProperty("company.bank"), p.getProperty("company.logo"));
    }

    private static List<String> lines(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(l -> !l.isEmpty()).toList();
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
