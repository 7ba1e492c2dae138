package com.orderdesk.application.simulation;

import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.logic.simulation.Payer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The business a run simulates, read from the book through the use cases once at the start: its
 * active customers (at most {@code maxCustomers}, as the customer list gives them), their default
 * ship-tos, mail senders, EDI ids and terms, and the active products. Products sell unevenly: a few
 * are ordered often, most now and then.
 */
final class SimulatedBusiness {
    final List<SimulatedCustomer> customers;
    final List<ProductRow> products;
    final Map<String, ProductRow> productBySku = new HashMap<>();
    final MasterData captureData;

    private SimulatedBusiness(List<SimulatedCustomer> customers, List<ProductRow> products, MasterData captureData) {
        this.customers = List.copyOf(customers);
        this.products = List.copyOf(products);
        this.captureData = captureData;
        products.forEach(p -> productBySku.put(p.sku(), p));
    }

    static SimulatedBusiness read(SimulationParts parts, long seed, int maxCustomers, LocalDate today) {
        SimulationParts.Cast cast = parts.cast();
        List<ProductRow> products = parts.products().list(cast.admin(), "", false).rows().stream()
                .filter(ProductRow::active).toList();
        if (products.isEmpty()) {
            throw new IllegalStateException("the book has no active products to sell");
        }
        var capture = parts.customerBook().captureCustomers(cast.clerk());
        Map<String, MasterData.Customer> byNumber = new HashMap<>();
        capture.customers().forEach(c -> byNumber.put(c.customerNo(), c));
        Map<String, String> defaultShipTo = new HashMap<>();
        capture.shipTos().stream().filter(MasterData.ShipTo::isDefault).forEach(s -> defaultShipTo.put(s.customerNo(), s.code()));
        List<CustomerRow> rows = parts.customerBook().list(cast.clerk(), "", maxCustomers).rows();
        List<SimulatedCustomer> customers = new ArrayList<>();
        Random r = new Random(seed);
        for (CustomerRow row : rows) {
            if (!row.active() || !defaultShipTo.containsKey(row.number())) {
                continue;
            }
            CustomerContext ctx = parts.customers().context(cast.clerk(), row.id(), today);
            ShipToView ship = ctx.shipTos().stream().filter(ShipToView::isDefault).findFirst()
                    .orElse(ctx.shipTos().isEmpty() ? null : ctx.shipTos().get(0));
            if (ship == null || ctx.onManualHold()) {
                continue;
            }
            MasterData.Customer known = byNumber.get(row.number());
            String sender = known == null ? "" : known.emails().stream().findFirst()
                    .map(e -> e.startsWith("@") ? "buyer" + r.nextInt(9) + e : e).orElse("");
            String edi = known == null ? "" : known.ediId();
            customers.add(new SimulatedCustomer(row.id(), row.number(), row.name(), ship.id(), defaultShipTo.get(row.number()),
                    sender, edi, terms(ctx.paymentTerms()), Payer.of(seed, row.number(), row.name())));
        }
        if (customers.isEmpty()) {
            throw new IllegalStateException("the book has no active customer with a ship-to to simulate");
        }
        List<MasterData.Product> catalogue = products.stream().map(p -> new MasterData.Product(p.sku(), p.description(), p.unit(),
                Math.max(1, p.caseQuantity()), p.gtin(), p.listPrice().amount())).toList();
        MasterData data = capture.masterData(catalogue, List.<MasterData.Price>of(), List.of("orderdesk-dist.com"));
        return new SimulatedBusiness(customers, products, data);
    }

    private static PaymentTerms terms(String code) {
        try {
            return code == null || code.isBlank() ? PaymentTerms.net(30) : PaymentTerms.parse(code);
        } catch (IllegalArgumentException e) {
            return PaymentTerms.net(30);
        }
    }

    /** A product drawn with a skew: a fifth of the catalogue takes about half the lines. */
    ProductRow product(Random r) {
        int n = products.size();
        int top = Math.max(1, n / 5);
        return r.nextBoolean() ? products.get(r.nextInt(top)) : products.get(r.nextInt(n));
    }

    static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
