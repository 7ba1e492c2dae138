package com.orderdesk.persistence.collections;

import com.orderdesk.application.collections.CollectionsRepository;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import com.orderdesk.logic.prediction.WeeklyCashIn;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.collections.CollectorAssignment;
import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.StoredWholeNumbers;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.Session;

/** {@link CollectionsRepository} over the caller's session: entities for what people write, plain SQL for the bulk. */
public final class HibernateCollectionsRepository implements CollectionsRepository {
    private static final String PAID = "SELECT i.invoice_no, cu.customer_no, i.issue_date, i.due_date, i.total_cents, i.terms,"
            + " MAX(p.received_date) FROM invoice i JOIN customer cu ON cu.id = i.customer_id"
            + " JOIN cash_application a ON a.invoice_id = i.id JOIN cash_payment p ON p.id = a.payment_id"
            + " WHERE i.open_cents = 0 AND i.status = 'PAID' AND a.applied_cents > 0 AND " + StoredWholeNumbers.isWhole("i.total_cents")
            + " GROUP BY i.id, i.invoice_no, cu.customer_no, i.issue_date, i.due_date, i.total_cents, i.terms";
    private static final String OPEN = "SELECT i.customer_id, i.invoice_no, cu.customer_no, i.issue_date, i.due_date,"
            + " i.open_cents, i.terms FROM invoice i JOIN customer cu ON cu.id = i.customer_id WHERE i.open_cents > 0"
            + " AND " + StoredWholeNumbers.isWhole("i.open_cents")
            + " ORDER BY i.customer_id, i.due_date, i.id";
    /** A cash application named by its payment's number, for the rows left out of a sum. */
    private static final String PAYMENT_NO = "(SELECT payment_no FROM cash_payment WHERE cash_payment.id = cash_application.payment_id)";
    private final ZoneId zone;

    public HibernateCollectionsRepository(ZoneId zone) {
        this.zone = zone;
    }

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public List<PaidInvoice> paidHistory(LocalDate asOf) {
        StoredWholeNumbers.loggedLeftOut(s(), "the payment predictions' paid history", "invoice", "invoice", "invoice_no",
                "total_cents", "open_cents = 0 AND status = 'PAID'");
        List<PaidInvoice> out = new ArrayList<>();
        for (Object[] r : s().createNativeQuery(PAID, Object[].class).getResultList()) {
            LocalDate issued = LocalDate.parse((String) r[2]);
            LocalDate paid = LocalDate.parse((String) r[6]);
            // a payment dated before its invoice is a data-entry slip the engine cannot learn from
            if (!paid.isAfter(asOf) && !paid.isBefore(issued)) {
                out.add(new PaidInvoice((String) r[0], (String) r[1], issued, LocalDate.parse((String) r[3]),
                        cents(r[4]), (String) r[5], paid));
            }
        }
        return out;
    }

    @Override
    public List<BookInvoice> openInvoices() {
        // SQLite counts 'abc' (and 12.5) in open_cents as more than 0: such an invoice is not predicted but named
        StoredWholeNumbers.loggedLeftOut(s(), "the payment predictions", "invoice", "invoice", "invoice_no", "open_cents",
                "open_cents > 0");
        List<BookInvoice> out = new ArrayList<>();
        for (Object[] r : s().createNativeQuery(OPEN, Object[].class).getResultList()) {
            out.add(new BookInvoice(((Number) r[0]).longValue(), new OpenInvoice((String) r[1], (String) r[2],
                    LocalDate.parse((String) r[3]), LocalDate.parse((String) r[4]), cents(r[5]), (String) r[6])));
        }
        return out;
    }

    private static BigDecimal cents(Object value) {
        return BigDecimal.valueOf(((Number) value).longValue(), 2);
    }

    @Override
    public Optional<LocalDate> predictionsAsOf() {
        List<String> days = s().createNativeQuery("SELECT MAX(as_of) FROM collection_prediction", String.class).getResultList();
        return days.isEmpty() || days.get(0) == null ? Optional.empty() : Optional.of(LocalDate.parse(days.get(0)));
    }

    @Override
    public void replacePredictions(LocalDate asOf, List<CachedPrediction> rows) {
        s().createNativeMutationQuery("DELETE FROM collection_prediction").executeUpdate();
        s().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO collection_prediction (customer_id, as_of, open_cents,"
                    + " overdue_cents, disputed_cents, oldest_due, first_pay, last_pay, p_late30, behaviour, expected_days_late)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (CachedPrediction p : rows) {
                    ps.setLong(1, p.customerId());
                    ps.setString(2, asOf.toString());
                    ps.setLong(3, p.open().cents());
                    ps.setLong(4, p.overdue().cents());
                    ps.setLong(5, p.disputed().cents());
                    date(ps, 6, p.oldestDue());
                    date(ps, 7, p.firstPay());
                    date(ps, 8, p.lastPay());
                    ps.setDouble(9, p.pLate30());
                    String b = p.behaviour() == null ? "" : p.behaviour();
                    ps.setString(10, b.length() > 500 ? b.substring(0, 500) : b);
                    ps.setLong(11, p.expectedDaysLate());
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    private static void date(PreparedStatement ps, int i, LocalDate d) throws java.sql.SQLException {
        if (d == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, d.toString());
        }
    }

    @Override
    public void saveForecast(LocalDate asOf, List<WeeklyCashIn> weeks) {
        s().createNativeMutationQuery("DELETE FROM cash_forecast_week WHERE as_of = :d").setParameter("d", asOf.toString())
                .executeUpdate();
        for (WeeklyCashIn w : weeks) {
            s().createNativeMutationQuery("INSERT INTO cash_forecast_week (as_of, week_start, expected_cents) VALUES (:a, :w, :c)")
                    .setParameter("a", asOf.toString()).setParameter("w", w.weekStart().toString())
                    .setParameter("c", Money.of(w.expected()).cents()).executeUpdate();
        }
    }

    @Override
    public Map<LocalDate, List<WeeklyCashIn>> forecasts(LocalDate from, LocalDate to) {
        Map<LocalDate, List<WeeklyCashIn>> out = new TreeMap<>();
        for (Object[] r : s().createNativeQuery("SELECT as_of, week_start, expected_cents FROM cash_forecast_week"
                + " WHERE as_of >= :f AND as_of <= :t ORDER BY as_of, week_start", Object[].class)
                .setParameter("f", from.toString()).setParameter("t", to.toString()).getResultList()) {
            out.computeIfAbsent(LocalDate.parse((String) r[0]), k -> new ArrayList<>())
                    .add(new WeeklyCashIn(LocalDate.parse((String) r[1]), cents(r[2])));
        }
        return out;
    }

    @Override
    public Map<LocalDate, Money> receivedByWeek(LocalDate from, LocalDate to) {
        // SUM read an applied amount 'abc' as 0 and summed 12.5 as a fraction: such an application is counted apart,
        // left out of its week and named in the log (the naming query runs only when one is found)
        String whole = StoredWholeNumbers.isWhole("a.applied_cents");
        Map<LocalDate, Money> out = new TreeMap<>();
        long notWhole = 0;
        for (Object[] r : s().createNativeQuery("SELECT p.received_date, COALESCE(SUM(CASE WHEN " + whole
                + " THEN a.applied_cents END), 0), COUNT(CASE WHEN NOT " + whole + " THEN 1 END) FROM cash_application a"
                + " JOIN cash_payment p ON p.id = a.payment_id WHERE p.received_date >= :f AND p.received_date <= :t"
                + " GROUP BY p.received_date", Object[].class)
                .setParameter("f", from.toString()).setParameter("t", to.toString()).getResultList()) {
            notWhole += ((Number) r[2]).longValue();
            LocalDate monday = LocalDate.parse((String) r[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            out.merge(monday, Money.ofCents(((Number) r[1]).longValue()), Money::plus);
        }
        if (notWhole > 0) {
            StoredWholeNumbers.loggedLeftOut(s(), "the cash received by week", "cash_application", "application of payment",
                    PAYMENT_NO, "applied_cents", "payment_id IN (SELECT id FROM cash_payment WHERE received_date >= '" + from
                            + "' AND received_date <= '" + to + "')");
        }
        return out;
    }

    @Override
    public Listing<WorklistRow> worklist(LocalDate today) {
        return WorklistQuery.run(s(), today, zone);
    }

    @Override
    public Optional<CollectorAssignment> assignment(long customerId) {
        return Optional.ofNullable(s().find(CollectorAssignment.class, customerId));
    }

    @Override
    public void add(Object entity) {
        s().persist(entity);
    }

    @Override
    public List<PaymentPromise> openPromises() {
        return s().createSelectionQuery("from PaymentPromise p where p.status = :s order by p.id", PaymentPromise.class)
                .setParameter("s", PaymentPromise.Status.OPEN).getResultList();
    }

    @Override
    public PaidSince paidSince(long customerId, Instant since, LocalDate receivedBy) {
        String paid = "(i.customer_id = " + customerId + " OR (a.invoice_id IS NULL AND p.customer_id = " + customerId + "))"
                + " AND a.posted_at > " + since.toEpochMilli() + " AND p.received_date <= '" + receivedBy + "'";
        String whole = StoredWholeNumbers.isWhole("a.applied_cents");
        // SUM read an applied amount 'abc' as 0 (a kept promise looked broken): such rows are counted apart and named
        Object[] sum = s().createNativeQuery("SELECT COALESCE(SUM(CASE WHEN " + whole + " THEN a.applied_cents END), 0),"
                + " COUNT(CASE WHEN NOT " + whole + " THEN 1 END) FROM cash_application a"
                + " JOIN cash_payment p ON p.id = a.payment_id LEFT JOIN invoice i ON i.id = a.invoice_id WHERE " + paid,
                Object[].class).getSingleResult();
        List<String> leftOut = ((Number) sum[1]).longValue() == 0 ? List.of()
                : StoredWholeNumbers.loggedLeftOut(s(), "the promise check of customer " + customerId, "cash_application",
                        "application of payment", PAYMENT_NO, "applied_cents", "id IN (SELECT a.id FROM cash_application a"
                        + " JOIN cash_payment p ON p.id = a.payment_id LEFT JOIN invoice i ON i.id = a.invoice_id WHERE " + paid + ")");
        return new PaidSince(Money.ofCents(((Number) sum[0]).longValue()), leftOut);
    }

    @Override
    public List<CollectionContact> contacts(long customerId) {
        return s().createSelectionQuery("from CollectionContact c where c.customerId = :c order by c.id desc",
                CollectionContact.class).setParameter("c", customerId).getResultList();
    }

    @Override
    public List<PaymentPromise> promises(long customerId) {
        return s().createSelectionQuery("from PaymentPromise p where p.customerId = :c order by p.id desc", PaymentPromise.class)
                .setParameter("c", customerId).getResultList();
    }

    @Override
    public Optional<String[]> customer(long customerId) {
        List<Object[]> rows = s().createNativeQuery("SELECT customer_no, name FROM customer WHERE id = :c", Object[].class)
                .setParameter("c", customerId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new String[] {(String) rows.get(0)[0], (String) rows.get(0)[1]});
    }
}
