package com.orderdesk.logic.capture;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the capture engine knows before it reads a message: the customers, their ship-tos, the
 * catalogue, contract prices, the customers' own part numbers and the company's own mail domains.
 * The command line fills it from CSV files; the order inbox fills it from the book.
 */
public record MasterData(List<Customer> customers, List<ShipTo> shipTos, List<Product> products, List<Price> prices,
                         List<PartNumber> partNumbers, List<String> internalDomains) {

    public MasterData {
        customers = List.copyOf(customers);
        shipTos = List.copyOf(shipTos);
        products = List.copyOf(products);
        prices = List.copyOf(prices);
        partNumbers = List.copyOf(partNumbers);
        internalDomains = List.copyOf(internalDomains);
    }

    /** {@code emails}: sender addresses ({@code buyer@acme.com}) or whole domains ({@code @acme.com}). */
    public record Customer(String customerNo, String name, List<String> emails, String ediId, String phone) {
        public Customer {
            emails = List.copyOf(emails);
            ediId = ediId == null ? "" : ediId;
            phone = phone == null ? "" : phone;
        }
    }

    public record ShipTo(String customerNo, String code, String name, String street, String city, String state,
                         String zip, boolean isDefault) {
    }

    /** {@code caseQty}: units in a case, 1 when the product is not sold by the case; {@code gtin} may be empty. */
    public record Product(String sku, String description, String unit, int caseQty, String gtin, BigDecimal listPrice) {
        public Product {
            gtin = gtin == null ? "" : gtin;
        }
    }

    public record Price(String customerNo, String sku, BigDecimal unitPrice) {
    }

    public record PartNumber(String customerNo, String customerPart, String sku) {
    }
}
