package com.orderdesk.application.invoicing;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.DocumentPrint;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.order.SalesOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Invoices, credit memos and their prints, in the open unit of work (a port: persistence implements it). */
public interface InvoiceRepository {
    List<ShipmentToInvoice> shipmentsToInvoice();

    Optional<Shipment> shipment(long shipmentId);

    Optional<String> shipmentNumber(long shipmentId);

    /** The shipments named, with their lines, orders and customers, in one read, by id; ids not found are left out. */
    java.util.Map<Long, Shipment> shipmentsById(java.util.Collection<Long> shipmentIds);

    /** The next number of a series ("INVOICE", "CREDIT_MEMO"), gapless within this unit of work. */
    String nextNumber(String series);

    void add(Invoice invoice);

    void add(CreditMemo memo);

    void add(DocumentPrint print);

    /**
     * Shipments of the order not yet invoiced or cancelled, as of the unit's last flush: the caller
     * flushes first (counting without a flush spares dirty-checking the whole unit again).
     */
    long uninvoicedShipments(SalesOrder order);

    /** With its customer, order, ship-to and shipment loaded (for printing). */
    Optional<Invoice> invoice(String number);

    Optional<CreditMemo> creditMemo(String number);

    /**
     * What was paid (the payments still applied to it) and credited against the invoice and what is still
     * due, as the book stands, with the day it was closed and by what.
     */
    com.orderdesk.logic.invoicing.print.InvoiceBalance balance(Invoice invoice);

    List<CreditMemo> memosOf(Invoice invoice);

    Listing<DocumentRow> list(DocumentFilter filter);

    List<String> unprintedNumbers();

    /** Adds one print to each document named; returns how many documents were found. */
    int markPrinted(List<String> numbers, String user, Instant at);

    /** Whether the document was printed before (its next print is a copy). */
    boolean printedBefore(String number);

    StatementDocument statement(String customerNumber, LocalDate asOf, LocalDate today);

    /**
     * The customer's balance-forward statement for {@code from} to {@code to}: the balance on the day
     * before, the movements of the period, and the open-item statement on {@code to}, printed {@code today}.
     */
    com.orderdesk.logic.invoicing.print.ActivityStatement activity(String customerNumber, LocalDate from, LocalDate to,
                                                                   LocalDate today);

    /** The company's settings (name, remit-to address ...), empty when none are stored. */
    Properties companySettings();

    void flush();

    /** Writes what is pending and empties the session, so a long batch does not dirty-check all it touched. */
    void flushAndClear();
}
