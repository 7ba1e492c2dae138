package com.orderdesk.persistence.collections;

import com.orderdesk.application.collections.DunningRepository;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.model.collections.DunningLevel;
import com.orderdesk.model.collections.DunningNotice;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.StoredWholeNumbers;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/** {@link DunningRepository} over the caller's session: the overdue items of the whole book in one query. */
public final class HibernateDunningRepository implements DunningRepository {
    private static final String OVERDUE = "SELECT i.customer_id, cu.customer_no, cu.name, cu.bill_line1, cu.bill_line2,"
            + " cu.bill_city, cu.bill_state, cu.bill_zip, i.invoice_no, i.issue_date, i.due_date, i.open_cents"
            + " FROM invoice i JOIN customer cu ON cu.id = i.customer_id WHERE i.open_cents > 0 AND i.due_date < :d"
            + " AND " + StoredWholeNumbers.isWhole("i.open_cents") + " ORDER BY cu.customer_no, i.due_date, i.invoice_no";

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public List<DunningLevel> levels() {
        return s().createSelectionQuery("from DunningLevel l order by l.levelNo", DunningLevel.class).getResultList();
    }

    @Override
    public Optional<DunningLevel> level(int levelNo) {
        return Optional.ofNullable(s().find(DunningLevel.class, levelNo));
    }

    @Override
    public void add(Object entity) {
        s().persist(entity);
    }

    @Override
    public void remove(DunningLevel level) {
        s().remove(level);
        s().flush();
    }

    @Override
    public Overdue overdue(LocalDate runDate) {
        // SQLite counts 'abc' (and 12.5) in open_cents as more than 0: such an invoice is left off the letters and named
        List<String> leftOut = StoredWholeNumbers.loggedLeftOutRows(s(), "the dunning run of " + runDate, "invoice", "invoice",
                "invoice_no", "open_cents", "open_cents > 0 AND due_date < '" + runDate + "'").stream()
                .map(StoredWholeNumbers.LeftOut::number).toList();
        Map<Long, OverdueCustomer> out = new LinkedHashMap<>();
        for (Object[] r : s().createNativeQuery(OVERDUE, Object[].class).setParameter("d", runDate.toString()).getResultList()) {
            long id = ((Number) r[0]).longValue();
            OverdueCustomer c = out.computeIfAbsent(id, k -> new OverdueCustomer(id, (String) r[1], (String) r[2],
                    address(r), new ArrayList<>()));
            LocalDate due = LocalDate.parse((String) r[10]);
            c.items().add(new DunningRun.Item((String) r[8], LocalDate.parse((String) r[9]), due,
                    Money.ofCents(((Number) r[11]).longValue()), ChronoUnit.DAYS.between(due, runDate)));
        }
        return new Overdue(new ArrayList<>(out.values()), leftOut);
    }

    private static String address(Object[] r) {
        String cityLine = Stream.of((String) r[5], (String) r[6]).filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining(", ")) + (r[7] == null ? "" : " " + r[7]);
        return Stream.of((String) r[3], (String) r[4], cityLine.strip()).filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public Map<Long, DunningRun.LastNotice> lastNotices() {
        Map<Long, DunningRun.LastNotice> out = new HashMap<>();
        for (Object[] r : s().createNativeQuery("SELECT n.customer_id, n.level_no, n.run_date FROM dunning_notice n"
                + " WHERE n.id IN (SELECT MAX(id) FROM dunning_notice GROUP BY customer_id)", Object[].class).getResultList()) {
            out.put(((Number) r[0]).longValue(), new DunningRun.LastNotice(((Number) r[1]).intValue(),
                    LocalDate.parse((String) r[2])));
        }
        return out;
    }

    @Override
    public Set<Long> openPromises(LocalDate runDate) {
        Set<Long> out = new HashSet<>();
        for (Object id : s().createNativeQuery("SELECT customer_id FROM payment_promise WHERE status = 'OPEN'"
                + " AND promised_for >= :d", Object.class).setParameter("d", runDate.toString()).getResultList()) {
            out.add(((Number) id).longValue());
        }
        return out;
    }

    @Override
    public List<DunningNotice> notices(LocalDate runDate) {
        return s().createSelectionQuery("from DunningNotice n where n.runDate = :d order by n.id", DunningNotice.class)
                .setParameter("d", runDate).getResultList();
    }
}
