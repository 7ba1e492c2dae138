package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's opening reads the shipped orders without their customers (a tenth of the first
 * opening's critical path on a 100,000-customer book): the drill-down to shipped orders still
 * shows each order's own customer, read when first shown.
 */
class DashboardShippedCustomerTest {
    @TempDir
    Path dir;

    @Test
    void aShippedOrderListedByTheDrillDownShowsItsCustomer() throws Exception {
        OrderLife life = new OrderLife(TestBook.create(dir));
        try {
            life.entered().released().shipped().invoiced().paid();
            String customer;
            try (Connection c = life.book.db.openJdbcConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT c.customer_no FROM sales_order o JOIN customer c ON c.id = o.customer_id WHERE o.id = ?")) {
                ps.setLong(1, life.orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    customer = rs.getString(1);
                }
            }
            assertThat(customer).isNotBlank();
            DashboardViewModel model = new DashboardViewModel(life.services.kpi(), () -> life.manager, Runnable::run,
                    life.services.cashForecast()::forecast);
            Period period = Period.endingOn(life.services.kpi().today(), 90);
            model.load(period, false);

            List<DashboardViewModel.DrillRow> shipped = model.drill(Drill.SHIPPED_ORDERS, period, null, null);
            assertThat(shipped).extracting(DashboardViewModel.DrillRow::number).containsExactly(life.orderNumber);
            assertThat(shipped.get(0).customer()).isEqualTo(customer);
            // the entered orders listed later keep the shipped order's detail and its customer
            List<DashboardViewModel.DrillRow> touched = model.drill(Drill.TOUCHED_ORDERS, period, null, null);
            assertThat(touched).allSatisfy(r -> assertThat(r.customer()).isEqualTo(customer));
        } finally {
            life.book.db.close();
        }
    }

    /**
     * The receivables' documents add up to the receivables: a part-paid invoice is listed with what is
     * open of it (it was listed with its total, so the list's sum passed the figure it explains).
     */
    @Test
    void thePartPaidInvoiceBehindTheReceivablesIsListedWithWhatIsOpenOfIt() {
        OrderLife life = new OrderLife(TestBook.create(dir));
        try {
            life.entered().released().shipped().invoiced().paidPart(new BigDecimal("10.00"));
            String invoice = life.invoices.get(0);
            BigDecimal open = life.open(invoice).amount();
            DashboardViewModel model = new DashboardViewModel(life.services.kpi(), () -> life.manager, Runnable::run,
                    life.services.cashForecast()::forecast);
            Period period = Period.endingOn(life.services.kpi().today(), 90);
            DashboardViewModel.Loaded loaded = model.load(period, false);

            List<DashboardViewModel.DrillRow> rows = model.drill(Drill.OPEN_INVOICES, period, null, null);
            BigDecimal listed = rows.stream().map(DashboardViewModel.DrillRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(listed).isEqualByComparingTo(loaded.report().figures().arTotal());
            DashboardViewModel.DrillRow row = rows.stream().filter(r -> r.number().equals(invoice)).findFirst().orElseThrow();
            assertThat(row.amount()).isEqualByComparingTo(open);
            assertThat(row.detail()).contains("open of ").contains(String.format("%,.2f", open.add(new BigDecimal("10.00"))));
        } finally {
            life.book.db.close();
        }
    }

    /**
     * The opening counts shipped orders without listing them: a drill to touched orders, asked
     * first, still shows a touched order's shipping detail (the shipped orders listed beside them).
     */
    @Test
    void aTouchedOrderThatShippedShowsItsShippingDetailWhenTouchedOrdersAreAskedFirst() {
        OrderLife life = new OrderLife(TestBook.create(dir));
        try {
            life.entered().released().overridden().shipped().invoiced().paid();
            DashboardViewModel model = new DashboardViewModel(life.services.kpi(), () -> life.manager, Runnable::run,
                    life.services.cashForecast()::forecast);
            Period period = Period.endingOn(life.services.kpi().today(), 90);
            model.load(period, false);

            List<DashboardViewModel.DrillRow> touched = model.drill(Drill.TOUCHED_ORDERS, period, null, null);
            assertThat(touched).extracting(DashboardViewModel.DrillRow::number).containsExactly(life.orderNumber);
            assertThat(touched.get(0).detail()).contains("touched").contains("shipped ");
            assertThat(touched.get(0).amount()).isNotNull();
            assertThat(model.drill(Drill.SHIPPED_ORDERS, period, null, null)).extracting(DashboardViewModel.DrillRow::number)
                    .containsExactly(life.orderNumber);
        } finally {
            life.book.db.close();
        }
    }
}
