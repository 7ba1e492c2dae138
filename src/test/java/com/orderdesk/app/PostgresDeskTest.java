package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.PostgresSchema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole desk on PostgreSQL, as a first start there runs it: every migration, the demo book
 * with its credit pass, fulfillment and invoicing backfills and cash day; then one step of each
 * desk (release a hold, issue invoices that the database then refuses to change, list the day's
 * payments) and an intact audit chain.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresDeskTest {
    /** Signs in with the demo password, as a person at the desk does (opening the book's key). */
    static SignedInUser signIn(AppServices services, String user) {
        return services.signIn().signIn(user, com.orderdesk.demo.DemoDataGenerator.DEMO_PASSWORD.toCharArray())
                .signedInUser().orElseThrow();
    }

    @Test
    void aFirstStartAndEveryDeskWorkOnPostgres() {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (PostgresSchema schema = PostgresSchema.create();
             AppServices services = BookStart.openForWindow(schema.config(), clock, p -> { }, () -> false, () -> { })) {
            SignedInUser carmen = signIn(services, "carmen");
            SignedInUser arthur = signIn(services, "arthur");
            List<HeldOrderRow> held = services.credit().heldOrders(carmen).rows();
            assertThat(held).isNotEmpty();
            HeldOrderRow first = held.get(0);
            services.credit().release(carmen, first.orderId(), "Paid by wire this morning");
            OrderStatus after = services.db().read(s -> s.find(SalesOrder.class, first.orderId()).status());
            assertThat(after).isIn(OrderStatus.ALLOCATED, OrderStatus.RELEASED);

            List<ShipmentToInvoice> waiting = services.invoicing().shipmentsToInvoice(arthur);
            assertThat(waiting).isNotEmpty();
            IssueResult issued = services.invoicing().issueInvoices(arthur,
                    waiting.stream().limit(3).map(ShipmentToInvoice::shipmentId).toList());
            assertThat(issued.failures()).isEmpty();
            assertThat(issued.issued()).hasSize(3).allMatch(n -> n.startsWith("INV-"));
            assertThat(services.invoicing().list(arthur, DocumentFilter.all(today)).rows()).isNotEmpty();
            String number = issued.issued().get(0);
            for (String sql : List.of("update invoice set total_cents = 1 where invoice_no = '" + number + "'",
                    "update invoice_line set net_cents = 1", "delete from invoice_line")) {
                assertThatThrownBy(() -> services.db().write(s -> s.createNativeMutationQuery(sql).executeUpdate()))
                        .as(sql).hasStackTraceContaining("an issued invoice never changes; correct it with a credit memo");
            }
            services.db().write(s -> s.createNativeMutationQuery(
                    "update invoice set print_count = print_count + 1 where invoice_no = '" + number + "'").executeUpdate());

            assertThat(services.cash().payments(arthur, today).rows()).isNotEmpty();
            assertThat(services.auditTrail().verify(carmen, p -> { }, () -> false).intact()).isTrue();
        }
    }
}
