package com.orderdesk.logic.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Invoices and their settlements as columns of primitives, filled a row at a time by a reader of
 * a large book: no record, date or decimal object kept per row, and each settlement names its
 * invoice by position, so indexing looks nothing up. {@link KpiBook} indexes it exactly as it
 * indexes the same ledgers as records; {@link #invoices()} and {@link #settlements()} give those
 * records (for a drill-down or the ledger files). Filled by one thread, then only read.
 */
public final class ReceivableColumns {
    private static final SettlementKind[] KINDS = SettlementKind.values();

    private int invoices;
    String[] invoiceNo = new String[1024];
    private String[] customerNo = new String[1024];
    int[] invoiceDay = new int[1024];
    int[] dueDay = new int[1024];
    long[] amountCents = new long[1024];

    private int settlements;
    int[] settledInvoice = new int[1024];
    int[] settlementDay = new int[1024];
    long[] settlementCents = new long[1024];
    private byte[] settlementKind = new byte[1024];

    /** Adds an invoice (its amount in cents; no customer: empty) and returns its position. */
    public int addInvoice(String number, String customer, LocalDate invoiceDate, LocalDate dueDate, long cents) {
        Objects.requireNonNull(number, "invoiceNo");
        if (invoices == invoiceNo.length) {
            int grown = invoices * 2;
            invoiceNo = Arrays.copyOf(invoiceNo, grown);
            customerNo = Arrays.copyOf(customerNo, grown);
            invoiceDay = Arrays.copyOf(invoiceDay, grown);
            dueDay = Arrays.copyOf(dueDay, grown);
            amountCents = Arrays.copyOf(amountCents, grown);
        }
        invoiceNo[invoices] = number;
        customerNo[invoices] = customer;
        invoiceDay[invoices] = (int) invoiceDate.toEpochDay();
        dueDay[invoices] = (int) dueDate.toEpochDay();
        amountCents[invoices] = cents;
        return invoices++;
    }

    /** Adds a settlement of the invoice at {@code invoice} (a position {@link #addInvoice} returned). */
    public void addSettlement(int invoice, LocalDate date, long cents, SettlementKind kind) {
        if (invoice < 0 || invoice >= invoices) {
            throw new IllegalArgumentException("settlement of invoice position " + invoice + " of " + invoices);
        }
        if (settlements == settledInvoice.length) {
            int grown = settlements * 2;
            settledInvoice = Arrays.copyOf(settledInvoice, grown);
            settlementDay = Arrays.copyOf(settlementDay, grown);
            settlementCents = Arrays.copyOf(settlementCents, grown);
            settlementKind = Arrays.copyOf(settlementKind, grown);
        }
        settledInvoice[settlements] = invoice;
        settlementDay[settlements] = (int) date.toEpochDay();
        settlementCents[settlements] = cents;
        settlementKind[settlements] = (byte) kind.ordinal();
        settlements++;
    }

    public int invoiceCount() {
        return invoices;
    }

    public int settlementCount() {
        return settlements;
    }

    public LocalDate invoiceDate(int invoice) {
        return LocalDate.ofEpochDay(invoiceDay[invoice]);
    }

    public String invoiceNo(int invoice) {
        return invoiceNo[invoice];
    }

    /** The invoices as records, in the order added. */
    public List<Ledgers.Invoice> invoices() {
        List<Ledgers.Invoice> list = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            list.add(new Ledgers.Invoice(invoiceNo[i], customerNo[i], LocalDate.ofEpochDay(invoiceDay[i]),
                    LocalDate.ofEpochDay(dueDay[i]), KpiMath.money(amountCents[i])));
        }
        return list;
    }

    /** The settlements as records, in the order added. */
    public List<Ledgers.Settlement> settlements() {
        List<Ledgers.Settlement> list = new ArrayList<>(settlements);
        for (int s = 0; s < settlements; s++) {
            list.add(new Ledgers.Settlement(invoiceNo[settledInvoice[s]], LocalDate.ofEpochDay(settlementDay[s]),
                    KpiMath.money(settlementCents[s]), KINDS[settlementKind[s]]));
        }
        return list;
    }

    /** Columns holding the records' ledger (for comparing the two ways in tests and for callers holding records). */
    public static ReceivableColumns of(List<Ledgers.Invoice> invoices, List<Ledgers.Settlement> settlements) {
        ReceivableColumns c = new ReceivableColumns();
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        for (Ledgers.Invoice i : invoices) {
            position.put(i.invoiceNo(), c.addInvoice(i.invoiceNo(), i.customerNo(), i.invoiceDate(), i.dueDate(),
                    KpiMath.cents(i.amount(), "invoice " + i.invoiceNo())));
        }
        for (Ledgers.Settlement s : settlements) {
            Integer at = position.get(s.invoiceNo());
            if (at == null) {
                throw new IllegalArgumentException("settlement of unknown invoice " + s.invoiceNo());
            }
            c.addSettlement(at, s.date(), KpiMath.cents(s.amount(), "settlement of " + s.invoiceNo()), s.kind());
        }
        return c;
    }
}
