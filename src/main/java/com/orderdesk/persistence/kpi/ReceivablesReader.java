package com.orderdesk.persistence.kpi;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.ReceivableColumns;
import com.orderdesk.logic.kpi.SettlementKind;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredWholeNumbers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoices, what settled them and the payments, from the tables the invoicing, cash and claims
 * desks keep. Every movement of an invoice's open amount has a row somewhere: a cash application
 * (cash, discount, deduction; reversals are negative rows), a credit memo (the part it used), a
 * claim settlement (chargebacks put a deduction back, write-offs and their reversals, a valid
 * deduction turned into a credit memo). What is left over is reconciled (see BookLedgers.Read).
 */
final class ReceivablesReader {
    record Result(ReceivableColumns columns, List<Ledgers.Payment> payments, int reconciled) {
    }

    private final Connection connection;
    private final ZoneId zone;
    private final List<String> damaged;
    /** Invoice ids in ascending order (read ORDER BY id), at the index of their ledger row: searched, not boxed. */
    private long[] invoiceIds = new long[1024];
    /** Invoices and settlements as columns: no record, date or decimal per row (see ReceivableColumns). */
    private final ReceivableColumns columns = new ReceivableColumns();
    private long[] storedSettledCents = new long[1024];
    private long[] ledgerSettledCents = new long[1024];
    private LocalDate[] paidOn = new LocalDate[1024];

    /** Null when the customer numbers are not read (left empty: only a drill-down shows them). */
    private final CustomerNumbers customers;

    ReceivablesReader(Connection connection, ZoneId zone, List<String> damaged, CustomerNumbers customers) {
        this.connection = connection;
        this.customers = customers;
        this.zone = zone;
        this.damaged = damaged;
    }

    Result read(LocalDate today) throws SQLException {
        readInvoices();
        readCash();
        readCreditMemos();
        readClaims();
        int reconciled = reconcile(today);
        return new Result(columns, readPayments(), reconciled);
    }

    private void readInvoices() throws SQLException {
        query("SELECT i.id, i.invoice_no, " + (customers != null ? "i.customer_id" : "0")
                + ", i.issue_date, i.due_date, i.total_cents, i.open_cents, i.paid_on FROM invoice i ORDER BY i.id", rs -> {
            String number = rs.getString(2);
            LocalDate issued = StoredDay.parse(rs.getString(4));
            LocalDate due = StoredDay.parse(rs.getString(5));
            if (issued == null || due == null) {
                damaged.add("invoice " + number + ": issue or due date \"" + rs.getString(4) + "\", \"" + rs.getString(5)
                        + "\" is not a date; left out of the figures");
                return;
            }
            long total;
            long open;
            try {
                total = StoredWholeNumbers.readLong(rs, 6);
                open = StoredWholeNumbers.readLong(rs, 7);
            } catch (DamagedRowException e) {
                damaged.add(DamagedRows.named("invoice " + number, e) + "; left out of the figures");
                return;
            }
            int index = columns.addInvoice(number, customers != null ? customers.of(rs.getLong(3)) : null, issued, due, total);
            grow(index);
            invoiceIds[index] = rs.getLong(1);
            storedSettledCents[index] = total - open;
            paidOn[index] = StoredDay.parse(rs.getString(8));
        });
    }

    private void readCash() throws SQLException {
        query("SELECT a.invoice_id, a.posted_at, a.applied_cents, a.discount_cents, a.deduction_cents FROM cash_application a"
                + " WHERE a.invoice_id IS NOT NULL ORDER BY a.id", rs -> {
            Integer index = indexOf(rs.getLong(1));
            if (index == null) {
                return; // its invoice was left out (named above)
            }
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(2)), zone);
            try {
                long applied = StoredWholeNumbers.readLong(rs, 3);
                long discount = StoredWholeNumbers.readLong(rs, 4);
                long deduction = StoredWholeNumbers.readLong(rs, 5);
                add(index, day, applied, SettlementKind.CASH);
                add(index, day, discount, SettlementKind.DISCOUNT);
                add(index, day, deduction, SettlementKind.DEDUCTION);
            } catch (DamagedRowException e) {
                damaged.add(DamagedRows.named("cash application of invoice " + columns.invoiceNo(index), e)
                        + "; left out of the figures");
            }
        });
    }

    /** A memo lowers the invoice by the part it used; the rest stays open on the memo, never on the invoice. */
    private void readCreditMemos() throws SQLException {
        query("SELECT m.invoice_id, m.issue_date, m.total_cents - m.open_cents, m.memo_no FROM credit_memo m ORDER BY m.id", rs -> {
            Integer index = indexOf(rs.getLong(1));
            LocalDate day = StoredDay.parse(rs.getString(2));
            if (index == null) {
                return;
            }
            if (day == null) {
                damaged.add("credit memo " + rs.getString(4) + ": issue date \"" + rs.getString(2) + "\" is not a date");
                return;
            }
            add(index, day, rs.getLong(3), SettlementKind.CREDIT_MEMO);
        });
    }

    /**
     * A claim settlement row keeps the net move of the invoice ({@code invoice_delta}, positive puts
     * money back). A valid deduction's credit memo first unparks the deduction (the memo itself is
     * read with the memos); its counter (a rebill) takes the memo back and parks the deduction again.
     */
    private void readClaims() throws SQLException {
        query("SELECT c.invoice_id, s.issued_on, s.kind, s.amount_cents, s.invoice_delta_cents, s.document_no"
                + " FROM claim_settlement s JOIN claim_case c ON c.id = s.case_id ORDER BY s.id", rs -> {
            Integer index = indexOf(rs.getLong(1));
            LocalDate day = StoredDay.parse(rs.getString(2));
            if (index == null) {
                return;
            }
            if (day == null) {
                damaged.add("claim settlement " + rs.getString(6) + ": date \"" + rs.getString(2) + "\" is not a date");
                return;
            }
            long amount = rs.getLong(4);
            long delta = rs.getLong(5);
            switch (rs.getString(3)) {
                case "CREDIT_MEMO" -> add(index, day, -(delta + amount), SettlementKind.DEDUCTION);
                case "CREDIT_REBILL" -> {
                    add(index, day, -amount, SettlementKind.CREDIT_MEMO);
                    add(index, day, amount - delta, SettlementKind.DEDUCTION);
                }
                case "WRITE_OFF", "WRITE_OFF_REVERSAL" -> add(index, day, -delta, SettlementKind.WRITE_OFF);
                default -> add(index, day, -delta, SettlementKind.DEDUCTION); // chargebacks and their cancellations
            }
        });
    }

    private int reconcile(LocalDate today) {
        int reconciled = 0;
        for (int i = 0; i < columns.invoiceCount(); i++) {
            long missing = storedSettledCents[i] - ledgerSettledCents[i];
            if (missing != 0) {
                LocalDate day = paidOn[i] != null ? paidOn[i] : today;
                LocalDate issued = columns.invoiceDate(i);
                add(i, day.isBefore(issued) ? issued : day, missing, SettlementKind.CASH);
                reconciled++;
            }
        }
        return reconciled;
    }

    private List<Ledgers.Payment> readPayments() throws SQLException {
        List<Ledgers.Payment> payments = new ArrayList<>();
        query("SELECT payment_no, received_date, amount_cents, posted_auto FROM cash_payment ORDER BY id", rs -> {
            LocalDate received = StoredDay.parse(rs.getString(2));
            if (received == null) {
                damaged.add("payment " + rs.getString(1) + ": received date \"" + rs.getString(2) + "\" is not a date");
                return;
            }
            long amount;
            try {
                amount = StoredWholeNumbers.readLong(rs, 3);
            } catch (DamagedRowException e) {
                damaged.add(DamagedRows.named("payment " + rs.getString(1), e) + "; left out of the figures");
                return;
            }
            payments.add(new Ledgers.Payment(rs.getString(1), received, cents(amount), rs.getBoolean(4)));
        });
        return payments;
    }

    /** The ledger row of a stored invoice id, or null when the invoice was left out (or the row names none). */
    private Integer indexOf(long invoiceId) {
        int found = java.util.Arrays.binarySearch(invoiceIds, 0, columns.invoiceCount(), invoiceId);
        return found >= 0 ? found : null;
    }

    private void add(int index, LocalDate day, long amountCents, SettlementKind kind) {
        if (amountCents != 0) {
            columns.addSettlement(index, day, amountCents, kind);
            ledgerSettledCents[index] += amountCents;
        }
    }

    private void grow(int index) {
        if (index == storedSettledCents.length) {
            storedSettledCents = java.util.Arrays.copyOf(storedSettledCents, index * 2);
            ledgerSettledCents = java.util.Arrays.copyOf(ledgerSettledCents, index * 2);
            paidOn = java.util.Arrays.copyOf(paidOn, index * 2);
            invoiceIds = java.util.Arrays.copyOf(invoiceIds, index * 2);
        }
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    interface RowReader {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader) throws SQLException {
        Rows.each(connection, sql, reader);
    }

    /** Runs a query and hands each row to a reader. */
    static final class Rows {
        private Rows() {
        }

        static void each(Connection connection, String sql, RowReader reader) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.row(rs);
                    }
                }
            }
        }
    }
}
