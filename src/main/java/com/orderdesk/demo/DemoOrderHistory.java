package com.orderdesk.demo;

import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.logic.tax.SalesTax;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.demo.DemoMasterData.DemoCustomer;
import com.orderdesk.demo.DemoMasterData.DemoProduct;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Six months of order history: old orders are mostly invoiced and paid, recent ones are still
 * moving through the desk (entered, held, released, allocated, shipped). Priced and taxed by the
 * same logic the order screen uses, so every stored total is one the application would compute.
 */
final class DemoOrderHistory {
    private static final Pattern TERMS = Pattern.compile("(?:(\\d+(?:\\.\\d+)?)/(\\d+) )?NET (\\d+)");
    private static final String[] USERS = {"olivia", "olivia", "marcus", "priya"};
    private static final BigDecimal[] DISCOUNTS = {new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("12.5")};

    record Counts(long orders, long lines, long invoices, long lastOrderNo, long lastInvoiceNo) {
    }

    private final DemoInputs in;
    private final Random rnd;
    private final LocalDate today;

    /**
     * The latest moment an order of the history may have been taken: a while before the book is made,
     * since its shipments and touches (an hour after entry, {@link DemoKpiHistory}) are dated then.
     */
    private final long latestEntry;

    DemoOrderHistory(DemoInputs in, Random rnd, LocalDate today, java.time.Instant now) {
        this.in = in;
        this.rnd = rnd;
        this.today = today;
        this.latestEntry = now.toEpochMilli() - 61 * 60_000L;
    }

    Counts write(Connection c, List<DemoCustomer> customers, List<DemoProduct> products, int orders, int maxLines,
                 DoubleConsumer progress, BooleanSupplier cancelled) throws SQLException {
        long lineId = 1;
        long invoiceNo = 10000;
        long invoices = 0;
        try (BatchInsert o = new BatchInsert(c, "sales_order", "id", "order_no", "customer_id", "channel", "customer_po",
                "order_date", "requested_date", "ship_to_id", "ship_line1", "ship_city", "ship_state", "ship_zip", "ship_lat",
                "ship_lon", "status", "notes", "subtotal_cents", "discount_cents", "tax_rate", "tax_cents", "total_cents",
                "entered_by", "entered_at", "changed_by", "changed_at", "version", "deliver_by");
             BatchInsert l = new BatchInsert(c, "sales_order_line", "id", "order_id", "line_no", "product_id", "sku",
                     "description", "qty", "unit_price_cents", "price_source", "discount_pct", "extended_cents", "taxable").after(o);
             BatchInsert inv = new BatchInsert(c, "invoice", "id", "invoice_no", "customer_id", "order_id", "issue_date",
                     "due_date", "terms", "discount_until", "discount_pct", "subtotal_cents", "tax_cents", "freight_cents",
                     "total_cents", "open_cents", "status", "paid_on", "version").after(o)) {
            // Orders are numbered in date order, as they would have been taken.
            int[] ages = new int[orders];
            for (int i = 0; i < orders; i++) {
                double u = rnd.nextDouble();
                ages[i] = (int) Math.floor(180 * u * u);
            }
            java.util.Arrays.sort(ages);
            for (int i = 0; i < orders; i++) {
                if (i % 5000 == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new DemoDataGenerator.Cancelled();
                    }
                    progress.accept((double) i / Math.max(1, orders));
                }
                long orderId = i + 1;
                int age = ages[orders - 1 - i];
                LocalDate orderDate = today.minusDays(age);
                double skew = rnd.nextDouble();
                DemoCustomer cust = customers.get((int) (customers.size() * skew * skew));
                int shipIndex = rnd.nextInt(cust.shipTos().size());
                long shipToId = cust.shipTos().get(shipIndex)[0];
                String state = cust.shipToStates().get(shipIndex);
                OrderStatus status = statusFor(age, cust.onHold());
                List<PricedLine> lines = lines(cust, products, maxLines);
                BigDecimal rate = SalesTax.rateFor(in.taxRates(), state, cust.taxExemptOn(orderDate));
                OrderTotals t = OrderTotals.of(lines, rate);
                String user = USERS[rnd.nextInt(USERS.length)];
                long enteredAt = orderDate.atTime(8 + rnd.nextInt(9), rnd.nextInt(60)).toInstant(ZoneOffset.UTC).toEpochMilli();
                if (enteredAt > latestEntry) {
                    // an order of today drawn for the afternoon while the book is made at noon was "entered"
                    // hours after it shipped (its timeline read Shipped 12:02, then Entered 16:20): it is
                    // taken earlier today instead, without another draw, so the rest of the book stays the same
                    enteredAt = Math.max(orderDate.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(),
                            latestEntry - 60_000L * (orderId % 60));
                }
                OrderChannel channel = rnd.nextInt(3) == 0 ? OrderChannel.EMAIL : OrderChannel.PHONE;
                String po = rnd.nextInt(4) == 0 ? null : "PO-" + (10000 + rnd.nextInt(89999));
                // a requested delivery date is also the date the plan must meet (deliver_by, V14)
                String requested = rnd.nextInt(3) == 0 ? requestedDate(orderDate, 2 + rnd.nextInt(10), status).toString() : null;
                o.row(orderId, "SO-" + (100000 + orderId), cust.id(), channel.name(), po, orderDate.toString(),
                        requested, shipToId,
                        null, null, state, null, null, null, status.name(), null, t.subtotal().cents(), t.discount().cents(),
                        rate.toPlainString(), t.tax().cents(), t.total().cents(), user, enteredAt, null, null, 0L, requested);
                int lineNo = 1;
                for (PricedLine pl : lines) {
                    l.row(lineId++, orderId, lineNo++, pl.productId(), pl.sku(), pl.description(), pl.quantity(),
                            pl.unitPrice().cents(), pl.priceSource().name(), pl.discountPct().toPlainString(),
                            pl.extended().cents(), pl.taxable());
                }
                if (status == OrderStatus.INVOICED || status == OrderStatus.PAID) {
                    invoices++;
                    invoiceNo++;
                    LocalDate issue = orderDate.plusDays(1 + rnd.nextInt(3));
                    Matcher m = TERMS.matcher(cust.terms());
                    int net = m.matches() ? Integer.parseInt(m.group(3)) : 0;
                    String discPct = m.matches() && m.group(1) != null ? m.group(1) : null;
                    String discUntil = discPct == null ? null : issue.plusDays(Integer.parseInt(m.group(2))).toString();
                    Money open = status == OrderStatus.PAID ? Money.ZERO
                            : rnd.nextInt(10) == 0 ? Money.ofCents(t.total().cents() / 2) : t.total();
                    String invStatus = open.isZero() ? "PAID" : open.equals(t.total()) ? "OPEN" : "PARTLY_PAID";
                    // settled invoices carry the day they were paid: a few days either side of the due date
                    LocalDate paidOn = null;
                    if (open.isZero()) {
                        paidOn = issue.plusDays(Math.max(1, net + rnd.nextInt(25) - 10));
                        paidOn = paidOn.isAfter(today) ? today : paidOn;
                    }
                    inv.row(invoices, "INV-" + String.format("%06d", invoiceNo), cust.id(), orderId, issue.toString(),
                            issue.plusDays(net).toString(), cust.terms(), discUntil, discPct, t.subtotal().cents(),
                            t.tax().cents(), 0L, t.total().cents(), open.cents(), invStatus,
                            paidOn == null ? null : paidOn.toString(), 0L);
                }
            }
            progress.accept(1.0);
            return new Counts(orders, lineId - 1, invoices, 100000L + orders, invoiceNo);
        }
    }

    /**
     * The day the customer asked for, {@code days} (2 to 11) after the order. An order still open on
     * the desk whose day would have passed gets one seen from today instead (yesterday to eight days
     * ahead, by the same draw): a desk does not keep orders weeks past their date, and a book whose
     * open orders were all late looked broken (allocated orders a month overdue). History keeps its
     * dates in the past.
     */
    private LocalDate requestedDate(LocalDate orderDate, int days, OrderStatus status) {
        LocalDate asked = orderDate.plusDays(days);
        return isOpen(status) && asked.isBefore(today) ? today.plusDays(days - 3L) : asked;
    }

    /** Not yet shipped, nor cancelled: the order still has a date to meet. */
    private static boolean isOpen(OrderStatus status) {
        return status == OrderStatus.ENTERED || status == OrderStatus.CREDIT_HOLD || status == OrderStatus.RELEASED
                || status == OrderStatus.ALLOCATED;
    }

    /** The order's ship-to snapshot columns are filled afterwards by one UPDATE from ship_to. */
    static String shipToSnapshotSql() {
        return "UPDATE sales_order SET ship_line1 = (SELECT s.line1 FROM ship_to s WHERE s.id = sales_order.ship_to_id), "
                + "ship_city = (SELECT s.city FROM ship_to s WHERE s.id = sales_order.ship_to_id), "
                + "ship_zip = (SELECT s.zip FROM ship_to s WHERE s.id = sales_order.ship_to_id), "
                + "ship_lat = (SELECT s.lat FROM ship_to s WHERE s.id = sales_order.ship_to_id), "
                + "ship_lon = (SELECT s.lon FROM ship_to s WHERE s.id = sales_order.ship_to_id)";
    }

    private OrderStatus statusFor(int age, boolean customerOnHold) {
        int r = rnd.nextInt(100);
        if (age > 60) {
            return r < 85 ? OrderStatus.PAID : r < 95 ? OrderStatus.INVOICED : OrderStatus.CANCELLED;
        }
        if (age > 30) {
            return r < 45 ? OrderStatus.PAID : r < 95 ? OrderStatus.INVOICED : OrderStatus.CANCELLED;
        }
        if (age > 7) {
            return r < 10 ? OrderStatus.PAID : r < 70 ? OrderStatus.INVOICED : r < 90 ? OrderStatus.SHIPPED
                    : r < 95 ? OrderStatus.ALLOCATED : OrderStatus.CANCELLED;
        }
        if (customerOnHold) {
            return OrderStatus.CREDIT_HOLD;
        }
        if (age >= 3) {
            // the desk ships in a day or two (days to ship: 2): an order of three days ago or more has
            // mostly left, and the desk invoiced it (DemoDeskInvoicing). With the mix of today's orders
            // for the whole week, December's sales were a third of November's and its DSO 112 days
            return r < 5 ? OrderStatus.ENTERED : r < 15 ? OrderStatus.CREDIT_HOLD : r < 25 ? OrderStatus.RELEASED
                    : r < 35 ? OrderStatus.ALLOCATED : OrderStatus.SHIPPED;
        }
        return r < 30 ? OrderStatus.ENTERED : r < 40 ? OrderStatus.CREDIT_HOLD : r < 65 ? OrderStatus.RELEASED
                : r < 80 ? OrderStatus.ALLOCATED : OrderStatus.SHIPPED;
    }

    private List<PricedLine> lines(DemoCustomer cust, List<DemoProduct> products, int maxLines) {
        int n = 1 + rnd.nextInt(maxLines);
        List<PricedLine> out = new ArrayList<>(n);
        Set<Long> used = new HashSet<>();
        while (out.size() < n) {
            DemoProduct p = products.get(rnd.nextInt(products.size()));
            if (!used.add(p.id())) {
                continue;
            }
            double u = rnd.nextDouble();
            int qty = 1 + (int) (24 * u * u * u);
            Money contract = cust.contractPrices().get(p.id());
            Money price = contract != null ? contract : p.spec().listPrice();
            PriceSource source = contract != null ? PriceSource.CUSTOMER : PriceSource.LIST;
            BigDecimal discount = rnd.nextInt(10) == 0 ? DISCOUNTS[rnd.nextInt(DISCOUNTS.length)] : BigDecimal.ZERO;
            boolean taxable = DemoMasterData.isTaxable(p.spec().category());
            out.add(PricedLine.of(p.id(), p.spec().sku(), p.spec().description(), qty, price, source, discount, taxable));
        }
        return out;
    }
}
