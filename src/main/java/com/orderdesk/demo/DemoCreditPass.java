package com.orderdesk.demo;

import com.orderdesk.logic.credit.CreditCheckInput;
import com.orderdesk.logic.credit.CreditDecision;
import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CreditPolicy;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.OpenItem;
import com.orderdesk.logic.credit.OpenOrder;
import com.orderdesk.logic.credit.OrderUnderCheck;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Gives the demo book a credit desk with real work: some customers with recent orders are made
 * risky in each way the policy knows (manual hold, over the limit, no limit, new, review overdue,
 * past due), then every order still before fulfillment is run through the same {@link CreditEngine}
 * an order save uses, so each held order carries the reasons the engine wrote. The whole demo book
 * decides its holds again later through the save's use case ({@link DemoCreditHolds}), with the day's
 * predictions made after the paid history's cash; this pass is what a bulk-only book (a bench) has,
 * its holds audited in one batch ({@link DemoHoldAudit}). Each manual hold, limit and risk class it sets (and
 * the seed's manual holds) is the credit manager's decision, kept for the trail ({@link #decisions}).
 */
final class DemoCreditPass {
    /** The ways a customer is made risky, in turn. */
    private enum Scenario { MANUAL_HOLD, OVER_LIMIT, NO_LIMIT, NEW_CUSTOMER, REVIEW_OVERDUE, PAST_DUE }

    private record Cust(long id, String number, String name, RiskClass risk, Long limitCents, LocalDate since,
                        boolean hold, LocalDate review) {
        Cust withoutHold() {
            return new Cust(id, number, name, risk, limitCents, since, false, review);
        }

        CustomerCreditProfile profile() {
            return new CustomerCreditProfile(id, name, risk, limitCents == null ? null : Money.ofCents(limitCents), since,
                    hold, hold ? DemoCreditDecisions.HOLD_NOTE : null, review);
        }
    }

    private record Ord(long id, String number, long customerId, long totalCents, String status, String enteredBy) {
    }

    /** An order the last check held, with the decision as the save's audit entry records it. */
    record Held(String orderNumber, String enteredBy, CreditDecision decision) {
    }

    private final Random rnd;
    private final LocalDate today;
    private final CreditEngine engine;
    private final List<Held> held = new ArrayList<>();
    private final DemoCreditDecisions decisions;

    /** @param manager the credit manager whose decisions make the customers risky (audited as hers) */
    DemoCreditPass(Random rnd, LocalDate today, com.orderdesk.logic.security.SignedInUser manager) {
        this.rnd = rnd;
        this.today = today;
        this.decisions = new DemoCreditDecisions(manager, today);
        this.engine = new CreditEngine(CreditPolicy.defaults(),
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /**
     * @param minHeld tighten more customers (in turn: manual hold, lower limit, overdue review)
     *                until at least this many orders are held, as far as there are orders to hold
     * @return how many orders are held
     */
    int run(Connection c, int minHeld) throws SQLException {
        Map<Long, Cust> customers = customers(c);
        customers.values().stream().filter(Cust::hold).sorted(java.util.Comparator.comparingLong(Cust::id))
                .forEach(cu -> decisions.manualHold(cu.number(), cu.withoutHold().profile(),
                        decidedOn(cu, 30 + Math.floorMod(cu.id() * 31, 200)))); // the seed's holds, long standing
        Map<Long, List<OpenItem>> items = openItems(c);
        List<Ord> open = openOrders(c);
        Map<Long, List<Ord>> byCustomer = new LinkedHashMap<>();
        for (Ord o : open) {
            byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o);
        }
        List<Long> candidates = new ArrayList<>();
        for (Map.Entry<Long, List<Ord>> e : byCustomer.entrySet()) {
            if (e.getValue().stream().anyMatch(DemoCreditPass::beforeFulfillment)) {
                candidates.add(e.getKey());
            }
        }
        java.util.Collections.shuffle(candidates, rnd);
        int perScenario = Math.max(2, candidates.size() / 40);
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (Scenario s : Scenario.values()) {
            // the order-size checks need an order above the HIGH class maximum to show
            long minCents = s == Scenario.NEW_CUSTOMER ? 2_500_00 : s == Scenario.NO_LIMIT ? 1_000_00 : 0;
            int picked = 0;
            for (long id : candidates) {
                if (picked == perScenario) {
                    break;
                }
                boolean big = byCustomer.get(id).stream().anyMatch(o -> beforeFulfillment(o) && o.totalCents() > minCents);
                if (big && used.add(id)) {
                    customers.put(id, apply(c, s, customers.get(id), byCustomer.get(id), items));
                    picked++;
                }
            }
        }
        candidates.removeAll(used);
        int next = 0;
        int held = checkAll(c, customers, items, byCustomer);
        Scenario[] tighten = {Scenario.MANUAL_HOLD, Scenario.OVER_LIMIT, Scenario.REVIEW_OVERDUE};
        int turn = 0;
        int batchStart = next;
        while (held < minHeld && next < candidates.size()) {
            // tighten a batch, then re-check; held orders stay held, so the count only grows
            int batch = Math.max(50, (minHeld - held) / 2);
            for (int k = 0; k < batch && next < candidates.size(); k++) {
                long id = candidates.get(next++);
                customers.put(id, apply(c, tighten[turn++ % tighten.length], customers.get(id), byCustomer.get(id), items));
            }
            held = checkAll(c, customers, items, byCustomer);
            if (next == batchStart) {
                break;
            }
            batchStart = next;
        }
        return held;
    }

    /** The credit manager's decisions behind the risky customers (the seed's holds too), oldest first. */
    List<DemoCreditDecisions.Dated> decisions() {
        return decisions.inOrder();
    }

    /** {@code daysAgo} before today, not before the customer became one. */
    private LocalDate decidedOn(Cust cu, int daysAgo) {
        LocalDate on = today.minusDays(daysAgo);
        return on.isBefore(cu.since()) ? cu.since() : on;
    }

    /** The orders the last {@link #run} left on hold, in the order checked (customer by customer). */
    List<Held> held() {
        return List.copyOf(held);
    }

    private static boolean beforeFulfillment(Ord o) {
        return o.status().equals("ENTERED") || o.status().equals("CREDIT_HOLD") || o.status().equals("RELEASED");
    }

    private Cust apply(Connection c, Scenario s, Cust cu, List<Ord> orders, Map<Long, List<OpenItem>> items)
            throws SQLException {
        long exposureCents = orders.stream().mapToLong(Ord::totalCents).sum()
                + items.getOrDefault(cu.id(), List.of()).stream().mapToLong(i -> i.openAmount().cents()).sum();
        switch (s) {
            case MANUAL_HOLD -> {
                update(c, "UPDATE customer SET manual_hold = ? WHERE id = ?", true, cu.id());
                if (!cu.hold()) {
                    decisions.manualHold(cu.number(), cu.profile(), decidedOn(cu, recently(cu)));
                }
                return new Cust(cu.id(), cu.number(), cu.name(), cu.risk(), cu.limitCents(), cu.since(), true, cu.review());
            }
            case OVER_LIMIT -> {
                long limit = Math.max(0, exposureCents / 2 / 100_00 * 100_00);
                update(c, "UPDATE customer SET credit_limit_cents = ? WHERE id = ?", limit, cu.id());
                decisions.limit(cu.number(), cu.profile(), Money.ofCents(limit), cu.risk(), DemoCreditDecisions.OVER_LIMIT_NOTE,
                        decidedOn(cu, recently(cu)));
                return new Cust(cu.id(), cu.number(), cu.name(), cu.risk(), limit, cu.since(), cu.hold(), cu.review());
            }
            case NO_LIMIT -> {
                update(c, "UPDATE customer SET credit_limit_cents = NULL, risk_class = 'HIGH' WHERE id = ?", cu.id());
                decisions.limit(cu.number(), cu.profile(), null, RiskClass.HIGH, DemoCreditDecisions.NO_LIMIT_NOTE,
                        decidedOn(cu, recently(cu)));
                return new Cust(cu.id(), cu.number(), cu.name(), RiskClass.HIGH, null, cu.since(), cu.hold(), cu.review());
            }
            case NEW_CUSTOMER -> {
                LocalDate since = today.minusDays(10 + rnd.nextInt(40));
                update(c, "UPDATE customer SET customer_since = ?, risk_class = 'HIGH' WHERE id = ?", since.toString(), cu.id());
                Cust opened = new Cust(cu.id(), cu.number(), cu.name(), cu.risk(), cu.limitCents(), since, cu.hold(), cu.review());
                // classed on the day the account was opened
                decisions.limit(cu.number(), opened.profile(), opened.profile().creditLimit(), RiskClass.HIGH,
                        DemoCreditDecisions.NEW_CUSTOMER_NOTE, since);
                return new Cust(cu.id(), cu.number(), cu.name(), RiskClass.HIGH, cu.limitCents(), since, cu.hold(), cu.review());
            }
            case REVIEW_OVERDUE -> {
                LocalDate review = today.minusDays(45 + rnd.nextInt(120));
                update(c, "UPDATE customer SET credit_review_date = ? WHERE id = ?", review.toString(), cu.id());
                return new Cust(cu.id(), cu.number(), cu.name(), cu.risk(), cu.limitCents(), cu.since(), cu.hold(), review);
            }
            case PAST_DUE -> {
                // the customer's oldest invoice was never paid: it is open and long past due
                try (PreparedStatement ps = c.prepareStatement("SELECT id, invoice_no, issue_date, due_date, total_cents "
                        + "FROM invoice WHERE customer_id = ? ORDER BY issue_date LIMIT 1")) {
                    ps.setLong(1, cu.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && LocalDate.parse(rs.getString(4)).isBefore(today.minusDays(40))) {
                            update(c, "UPDATE invoice SET open_cents = total_cents, status = 'OPEN', paid_on = NULL "
                                    + "WHERE id = ?", rs.getLong(1));
                            update(c, "UPDATE sales_order SET status = 'INVOICED' WHERE id = "
                                    + "(SELECT order_id FROM invoice WHERE id = ?)", rs.getLong(1));
                            String number = rs.getString(2);
                            List<OpenItem> list = new ArrayList<>(items.getOrDefault(cu.id(), List.of()));
                            list.removeIf(i -> i.documentNumber().equals(number));
                            list.add(new OpenItem(number, LocalDate.parse(rs.getString(3)),
                                    LocalDate.parse(rs.getString(4)), Money.ofCents(rs.getLong(5))));
                            items.put(cu.id(), list);
                        }
                    }
                }
                return cu;
            }
            default -> throw new IllegalStateException(s.name());
        }
    }

    /** Days back of a recent decision (1 to 20), fixed per customer: no draw from the book's random numbers. */
    private static int recently(Cust cu) {
        return 1 + Math.floorMod(cu.id() * 31, 20);
    }

    /** Runs the engine over every order before fulfillment; stores status and reasons; returns the held count. */
    private int checkAll(Connection c, Map<Long, Cust> customers, Map<Long, List<OpenItem>> items,
                         Map<Long, List<Ord>> byCustomer) throws SQLException {
        update(c, "DELETE FROM credit_hold_reason");
        this.held.clear();
        int held = 0;
        try (PreparedStatement status = c.prepareStatement("UPDATE sales_order SET status = ? WHERE id = ?");
             PreparedStatement reason = c.prepareStatement(
                     "INSERT INTO credit_hold_reason (order_id, position, code, message) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<Ord>> e : byCustomer.entrySet()) {
                Cust cu = customers.get(e.getKey());
                CustomerCreditProfile profile = cu.profile();
                List<OpenOrder> others = e.getValue().stream()
                        .map(o -> new OpenOrder(o.id(), o.number(), Money.ofCents(o.totalCents()))).toList();
                List<Ord> list = e.getValue();
                for (int i = 0; i < list.size(); i++) {
                    Ord o = list.get(i);
                    if (!beforeFulfillment(o)) {
                        continue;
                    }
                    CreditDecision d = engine.check(new CreditCheckInput(profile, items.getOrDefault(cu.id(), List.of()),
                            others, new OrderUnderCheck(o.id(), o.number(), Money.ofCents(o.totalCents())),
                            null));
                    String newStatus = d.isHold() ? "CREDIT_HOLD" : "RELEASED";
                    if (d.isHold()) {
                        held++;
                        this.held.add(new Held(o.number(), o.enteredBy(), d));
                        int pos = 1;
                        for (CreditHoldReason r : d.reasons()) {
                            reason.setLong(1, o.id());
                            reason.setInt(2, pos++);
                            reason.setString(3, r.code().name());
                            reason.setString(4, r.message());
                            reason.addBatch();
                        }
                    }
                    if (!newStatus.equals(o.status())) {
                        status.setString(1, newStatus);
                        status.setLong(2, o.id());
                        status.addBatch();
                        list.set(i, new Ord(o.id(), o.number(), o.customerId(), o.totalCents(), newStatus, o.enteredBy()));
                    }
                }
            }
            status.executeBatch();
            reason.executeBatch();
        }
        return held;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static Map<Long, Cust> customers(Connection c) throws SQLException {
        Map<Long, Cust> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, risk_class, credit_limit_cents, customer_since, "
                + "manual_hold, credit_review_date, customer_no FROM customer"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long limit = rs.getLong(4);
                Long limitCents = rs.wasNull() ? null : limit;
                String review = rs.getString(7);
                out.put(rs.getLong(1), new Cust(rs.getLong(1), rs.getString(8), rs.getString(2),
                        RiskClass.valueOf(rs.getString(3)), limitCents, LocalDate.parse(rs.getString(5)), rs.getBoolean(6),
                        review == null ? null : LocalDate.parse(review)));
            }
        }
        return out;
    }

    private static Map<Long, List<OpenItem>> openItems(Connection c) throws SQLException {
        Map<Long, List<OpenItem>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, invoice_no, issue_date, due_date, open_cents "
                + "FROM invoice WHERE status IN ('OPEN', 'PARTLY_PAID')"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OpenItem(rs.getString(2),
                        LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)), Money.ofCents(rs.getLong(5))));
            }
        }
        return out;
    }

    private static List<Ord> openOrders(Connection c) throws SQLException {
        List<Ord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, order_no, customer_id, total_cents, status, entered_by FROM sales_order "
                + "WHERE status IN ('ENTERED', 'CREDIT_HOLD', 'RELEASED', 'ALLOCATED', 'SHIPPED') ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Ord(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }
}
