package com.orderdesk.application.simulation;

import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.application.catalog.ProductMaintenance;
import com.orderdesk.application.collections.CollectionsUseCases;
import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.application.customer.CustomerMaintenance;
import com.orderdesk.application.fulfillment.ShippingUseCases;
import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.application.stock.StockUseCases;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.simulation.SimClock;

/**
 * The real use cases a run drives (built by the composition root over the simulator's clock), the
 * one read port of its own, and the people it plays: an order clerk, a credit manager, an AR clerk
 * and an administrator (who reads the catalogue and receives stock).
 */
public record SimulationParts(OrderUseCases orders, CreditUseCases credit, ShippingUseCases shipping,
                              InvoicingUseCases invoicing, CashUseCases cash, DunningUseCases dunning,
                              CollectionsUseCases collections, CustomerLookup customers,
                              CustomerMaintenance customerBook, ProductMaintenance products, StockUseCases stock,
                              SimulationBook book, com.orderdesk.application.UnitOfWork uow, SimClock clock,
                              Cast cast) {

    /** The simulated people, each signed in as a user of the book. */
    public record Cast(SignedInUser clerk, SignedInUser creditManager, SignedInUser arClerk, SignedInUser admin) {
    }
}
