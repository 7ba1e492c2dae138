package com.orderdesk.demo;

import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invoicing desk's last month over the demo's shipments. The history invoices whole orders
 * taken at least eight days ago and no others, so every shipment of the last month that was not one
 * of those (shipped orders of the history, {@link DemoFulfillment}'s) waited for an invoice: a
 * month of them in "Shipments to invoice" and no invoice after the history's last, which made the
 * dashboard's month-to-date DSO hundreds of days. A distributor invoices what shipped every day, so
 * the demo's AR clerk runs the desk's invoicing at {@link #RUN_AT} of each past day, through the
 * invoicing use case on that day's clock: a shipment that left before the run is invoiced that day,
 * one that left later the next day. Today's shipments, and yesterday's after the run, wait for the
 * desk. An invoice issued more than a week before yesterday was printed the day it was issued; the
 * last week's wait in "not yet printed" as the history's do ({@link InvoicingBackfill}). Then what
 * the customers paid by yesterday, by the history's rule ({@link DemoOrderHistory}: a few days
 * either side of the due date), so last week's invoices are open and a month-old one is often paid;
 * {@link DemoKpiHistory} writes the cash behind each paid one.
 */
public final class DemoDeskInvoicing {
    /** When the desk's daily invoicing run is made, on the book's clock. */
    static final LocalTime RUN_AT = LocalTime.of(17, 0);
    private static final Logger LOG = LoggerFactory.getLogger(DemoDeskInvoicing.class);

    /** What the desk did: invoices issued, of them printed on their day, and paid by yesterday. */
    public record Result(int invoiced, int printed, int paid) {
    }

    private DemoDeskInvoicing() {
    }

    /**
     * @param invoicingOn the invoicing desk on a clock (see {@link DemoBook.Parts#invoicingOn})
     * @param clerk       the AR clerk who runs it
     */
    public static Result run(Database db, Clock clock, Function<Clock, InvoicingUseCases> invoicingOn, SignedInUser clerk) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate lastPrinted = today.minusDays(InvoicingBackfill.UNPRINTED_DAYS + 1L);
        int invoiced = 0;
        int printed = 0;
        for (Map.Entry<LocalDate, List<Long>> run : runs(db, zone, today).entrySet()) {
            Clock day = Clock.fixed(run.getKey().atTime(RUN_AT).atZone(zone).toInstant(), zone);
            InvoicingUseCases desk = invoicingOn.apply(day);
            IssueResult issued = desk.issueInOneRun(clerk, run.getValue());
            if (!issued.failures().isEmpty()) {
                // left in "Shipments to invoice" with the reason the desk would see; the rest of the book stands
                LOG.warn("The demo's invoicing run of {} left {} shipments: {}", run.getKey(), issued.failures().size(),
                        issued.failures());
            }
            invoiced += issued.issued().size();
            if (!run.getKey().isAfter(lastPrinted) && !issued.issued().isEmpty()) {
                desk.recordPrints(clerk, issued.issued());
                printed += issued.issued().size();
            }
        }
        return new Result(invoiced, printed, paidByYesterday(db, today));
    }

    /** The shipped shipments before today by the day of the run that invoiced them (before today only). */
    private static TreeMap<LocalDate, List<Long>> runs(Database db, ZoneId zone, LocalDate today) {
        TreeMap<LocalDate, List<Long>> runs = new TreeMap<>();
        try (Connection c = db.openJdbcConnection();
             PreparedStatement q = c.prepareStatement("SELECT id, ship_date, shipped_at FROM shipment"
                     + " WHERE status = 'SHIPPED' AND ship_date < ? ORDER BY shipped_at, id")) {
            q.setString(1, today.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    LocalDate shipped = LocalDate.parse(rs.getString(2));
                    Instant at = Instant.ofEpochMilli(rs.getLong(3));
                    LocalDate run = at.isBefore(shipped.atTime(RUN_AT).atZone(zone).toInstant()) ? shipped : shipped.plusDays(1);
                    if (run.isBefore(today)) {
                        runs.computeIfAbsent(run, d -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the demo's shipments to invoice failed: " + e.getMessage(), e);
        }
        return runs;
    }

    /**
     * The desk's invoices paid by yesterday: paid {@code net - 10} to {@code net + 14} days after
     * issue (at least a day), drawn from the invoice's number so the same book pays the same ones,
     * in full; an order whose invoices are all paid is paid.
     */
    private static int paidByYesterday(Database db, LocalDate today) {
        try (Connection c = db.openJdbcConnection()) {
            c.setAutoCommit(false);
            try {
                int paid = pay(c, today);
                try (PreparedStatement u = c.prepareStatement("UPDATE sales_order SET status = 'PAID' WHERE status = 'INVOICED'"
                        + " AND EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = sales_order.id AND i.status = 'PAID')"
                        + " AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = sales_order.id AND i.status <> 'PAID')")) {
                    u.executeUpdate();
                }
                c.commit();
                return paid;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Paying the demo desk's invoices failed: " + e.getMessage(), e);
        }
    }

    private static int pay(Connection c, LocalDate today) throws SQLException {
        List<Object[]> paid = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, invoice_no, issue_date, due_date FROM invoice"
                + " WHERE issued_at IS NOT NULL AND status = 'OPEN' AND credited_cents = 0 ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                LocalDate issue = LocalDate.parse(rs.getString(3));
                int net = (int) ChronoUnit.DAYS.between(issue, LocalDate.parse(rs.getString(4)));
                int h = rs.getString(2).hashCode() & 0x7fffffff;
                LocalDate paidOn = issue.plusDays(Math.max(1, net + h % 25 - 10));
                if (paidOn.isBefore(today)) {
                    paid.add(new Object[] {rs.getLong(1), paidOn});
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE invoice SET open_cents = 0, status = 'PAID', paid_on = ?, version = version + 1 WHERE id = ?")) {
            for (Object[] p : paid) {
                u.setString(1, p[1].toString());
                u.setLong(2, (Long) p[0]);
                u.addBatch();
            }
            u.executeBatch();
        }
        return paid.size();
    }
}
