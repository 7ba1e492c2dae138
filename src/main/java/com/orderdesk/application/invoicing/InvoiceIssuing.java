package com.orderdesk.application.invoicing;

import com.orderdesk.logic.invoicing.InvoiceCalculator;
import com.orderdesk.logic.invoicing.InvoiceLineInput;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.PaymentSchedule;
import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.logic.invoicing.PricedLine;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.logic.invoicing.TaxJurisdiction;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceLine;
import com.orderdesk.model.invoicing.TaxLine;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns shipped shipments into invoices: the shipped quantities at the order's prices and
 * discounts, the order's ship-to state tax (none for an exempt customer), the customer's payment
 * terms from the issue date. Each invoice is one transaction that takes its number, stores header,
 * lines and taxes, and marks the shipment (and, when it was the last one, the order) INVOICED:
 * if anything fails, all of it rolls back and the number is not used.
 */
final class InvoiceIssuing {
    static final String INVOICE_ISSUE = "INVOICE_ISSUE";
    static final String INVOICE_SERIES = "INVOICE";
    /** Shipments per chunk of a batch: read in one query, flushed and cleared together. */
    static final int CHUNK = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InvoiceIssuing.class);

    private final UnitOfWork uow;
    private final InvoiceRepository invoices;
    private final AuditRecorder audit;
    private final Clock clock;
    private final InvoiceCalculator calculator = new InvoiceCalculator();
    /** Runs inside the issuing transaction after the invoice is written; tests inject failures here. */
    private final Consumer<String> afterInvoiceWritten;

    InvoiceIssuing(UnitOfWork uow, InvoiceRepository invoices, AuditRecorder audit, Clock clock,
                   Consumer<String> afterInvoiceWritten) {
        this.uow = uow;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
        this.afterInvoiceWritten = Objects.requireNonNull(afterInvoiceWritten);
    }

    IssueResult issue(SignedInUser user, List<Long> shipmentIds) {
        return issue(user, shipmentIds, BatchProgress.NONE);
    }

    /**
     * Each shipment in its own transaction, {@code progress} told before each one and asked between
     * them: a stop leaves the invoices issued so far issued and the rest of the shipments waiting.
     */
    IssueResult issue(SignedInUser user, List<Long> shipmentIds, BatchProgress progress) {
        List<String> issued = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        int number = 0;
        for (Long id : shipmentIds) {
            if (progress.stopRequested()) {
                return new IssueResult(issued, failures, true);
            }
            progress.starting(++number, shipmentIds.size());
            try {
                issued.add(uow.write("Invoicing the shipment", () -> issueOne(id, user)));
            } catch (com.orderdesk.logic.security.NotAuthorizedException | com.orderdesk.logic.security.NotSignedInException e) {
                throw e;
            } catch (com.orderdesk.logic.store.StoreException | IllegalArgumentException e) {
                failures.put(shipmentName(id), e.getMessage());
            } catch (RuntimeException e) {
                // whatever stopped this one (a full disk ...), the others are still invoiced
                failures.put(shipmentName(id), "Invoicing the shipment failed: " + e.getMessage());
            }
        }
        return new IssueResult(issued, failures);
    }

    private String shipmentName(long id) {
        try {
            return uow.read(() -> invoices.shipmentNumber(id)).orElse("shipment #" + id);
        } catch (RuntimeException e) {
            return "shipment #" + id;
        }
    }

    /**
     * Invoices the shipments in one unit of work (the desk's "invoice everything shipped"): read a
     * chunk at a time in one query, each invoice worked out and checked before anything of it is
     * written (a refused shipment is listed with why, the others are invoiced), the session flushed
     * and cleared after each chunk. A failure the checks did not foresee rolls the batch back (its
     * numbers with it) and invoices each shipment in its own unit, as {@link #issue} does.
     */
    IssueResult issueBatch(SignedInUser user, List<Long> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return new IssueResult(List.of(), Map.of());
        }
        try {
            return uow.write("Invoicing the shipments", () -> batch(user, shipmentIds));
        } catch (com.orderdesk.logic.security.NotAuthorizedException | com.orderdesk.logic.security.NotSignedInException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Invoicing {} shipments in one unit was rolled back ({}); invoicing each on its own",
                    shipmentIds.size(), e.getMessage());
            return issue(user, shipmentIds);
        }
    }

    private IssueResult batch(SignedInUser user, List<Long> shipmentIds) {
        List<String> issued = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<Long> ids = shipmentIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Shipment> loaded = invoices.shipmentsById(chunk);
            for (Long id : chunk) {
                Shipment shipment = loaded.get(id);
                if (shipment == null) {
                    failures.put("shipment #" + id, "Shipment #" + id + " no longer exists.");
                    continue;
                }
                Draft draft;
                try {
                    draft = draft(shipment);
                } catch (StoreException e) {
                    failures.put(shipment.number(), e.getMessage());
                    continue;
                }
                issued.add(write(draft, user));
            }
            invoices.flushAndClear();
        }
        return new IssueResult(issued, failures);
    }

    /** One shipment's invoice, worked out and checked; nothing is written yet. */
    private record Draft(Shipment shipment, PaymentTerms terms, InvoiceTotals totals, Map<Integer, Long> orderLineIds) {
    }

    private String issueOne(long shipmentId, SignedInUser actor) {
        Shipment shipment = invoices.shipment(shipmentId)
                .orElseThrow(() -> new StoreException("Shipment #" + shipmentId + " no longer exists."));
        return write(draft(shipment), actor);
    }

    private Draft draft(Shipment shipment) {
        if (shipment.status() != ShipmentStatus.SHIPPED) {
            throw new StoreException("Shipment " + shipment.number() + " is " + shipment.status().name().toLowerCase()
                    + "; only shipped shipments are invoiced, once.");
        }
        SalesOrder order = shipment.order();
        Customer customer = order.customer();
        PaymentTerms terms;
        try {
            terms = PaymentTerms.parse(customer.paymentTerms());
        } catch (IllegalArgumentException e) {
            throw new StoreException("Customer " + customer.number() + ": " + e.getMessage()
                    + ". Correct the customer's terms, then invoice again.");
        }
        // an exemption certificate that has expired by the invoice date no longer counts
        boolean exempt = customer.taxExemptOn(LocalDate.now(clock));
        List<InvoiceLineInput> inputs = new ArrayList<>();
        Map<Integer, Long> orderLineIds = new HashMap<>();
        int lineNo = 1;
        for (ShipmentLine line : shipment.lines()) {
            SalesOrderLine ol = line.orderLine();
            if (line.quantityShipped() == null) {
                throw new StoreException("Shipment " + shipment.number() + ": the shipped quantity of " + ol.sku()
                        + " was never confirmed; confirm it at pack-and-ship first.");
            }
            if (line.quantityShipped() == 0) {
                continue;
            }
            orderLineIds.put(lineNo, ol.id());
            inputs.add(new InvoiceLineInput(lineNo++, ol.sku(), ol.description(), BigDecimal.valueOf(line.quantityShipped()),
                    line.product().unit(), ol.unitPrice().amount(), ol.discountPct(), ol.taxable() && !exempt));
        }
        if (inputs.isEmpty()) {
            throw new StoreException("Shipment " + shipment.number() + " shipped nothing; there is nothing to invoice.");
        }
        InvoiceTotals totals = calculator.compute(inputs, jurisdictions(order, exempt), Money.ZERO, false);
        return new Draft(shipment, terms, totals, orderLineIds);
    }

    private String write(Draft d, SignedInUser actor) {
        String user = actor.userName();
        Shipment shipment = d.shipment();
        SalesOrder order = shipment.order();
        Customer customer = order.customer();
        PaymentTerms terms = d.terms();
        InvoiceTotals totals = d.totals();
        LocalDate today = LocalDate.now(clock);
        PaymentSchedule schedule = terms.scheduleFor(today);

        String number = invoices.nextNumber(INVOICE_SERIES);
        Invoice invoice = new Invoice(number, customer, order, today, schedule.dueDate(), terms.code(),
                schedule.discountDate(), terms.hasDiscount() ? terms.discountPercent() : null,
                totals.subtotal(), totals.taxTotal(), totals.freight(), totals.grandTotal());
        invoice.issue(shipment, lines(totals, d.orderLineIds()), taxes(totals), totals.freightTaxable(), user, clock.instant());
        invoices.add(invoice);
        shipment.setStatus(ShipmentStatus.INVOICED);
        invoices.flush();
        // counted right after the flush (the count does not flush again): nothing has changed since
        boolean lastShipment = invoices.uninvoicedShipments(order) == 0;
        afterInvoiceWritten.accept(number);
        if (lastShipment) {
            order.setStatus(OrderStatus.INVOICED);
        }
        audit.record(actor, AuditEvent.of(user, INVOICE_ISSUE, "INVOICE", number)
                .withChange(null, AuditValues.json(Map.of("shipment", shipment.number(), "order", order.number(),
                        "customer", customer.number(), "total", totals.grandTotal().toString()))));
        return number;
    }

    /** The order's ship-to state at the rate stored on the order; an exempt customer pays none. */
    private static List<TaxJurisdiction> jurisdictions(SalesOrder order, boolean exempt) {
        BigDecimal rate = order.taxRate();
        String state = order.shipToAddress() == null ? null : order.shipToAddress().state();
        if (exempt || rate == null || rate.signum() == 0 || state == null) {
            return List.of();
        }
        return List.of(TaxJurisdiction.ofFraction(state, state + " sales tax", rate));
    }

    private static List<InvoiceLine> lines(InvoiceTotals totals, Map<Integer, Long> orderLineIds) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (PricedLine p : totals.lines()) {
            lines.add(new InvoiceLine(p.lineNo(), orderLineIds.get(p.lineNo()), p.sku(), p.description(),
                    p.quantity().intValueExact(), p.unit(), Money.of(p.unitPrice()), p.discountPercent(), p.gross(),
                    p.discount(), p.net(), p.taxable()));
        }
        return lines;
    }

    static List<TaxLine> taxes(List<TaxAmount> amounts) {
        return amounts.stream().map(t -> new TaxLine(t.jurisdiction().code(), t.jurisdiction().name(),
                t.jurisdiction().ratePercent(), t.base(), t.tax())).toList();
    }

    private static List<TaxLine> taxes(InvoiceTotals totals) {
        return taxes(totals.taxes());
    }
}
