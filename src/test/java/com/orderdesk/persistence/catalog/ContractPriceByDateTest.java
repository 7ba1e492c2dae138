package com.orderdesk.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.catalog.ContractPriceUseCases;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.ContractPrices;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order entry prices each line with the customer's contract valid on the order date: an expired
 * contract no longer applies, a future one not yet, of two valid ones the later start wins, and an
 * amendment keeps its order date. Undated contracts of an older book stay open-ended.
 */
class ContractPriceByDateTest {
    private static final LocalDate TODAY = TestBook.TODAY; // 2026-11-26
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    ContractPriceUseCases prices;
    SignedInUser admin;
    SignedInUser clerk;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        services = book.services();
        prices = services.catalog().prices();
        admin = book.admin();
        clerk = book.clerk();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private ContractPriceRow towel(String from, String to, String price) {
        return prices.add(admin, book.towelId, new ContractPriceData("C-10001", "TWL-ROLL-8", LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), Money.of(price)));
    }

    private Money quoted(LocalDate day) {
        return services.products().quote(clerk, book.towelId, book.acmeId, day).unitPrice();
    }

    @Test
    void theQuoteIsTheContractValidOnTheDayElseTheListPrice() {
        towel("2025-01-01", "2026-06-30", "35.00");   // expired by today
        towel("2026-07-01", null, "37.00");           // current, open-ended
        towel("2026-12-01", "2027-03-31", "36.00");   // future: a winter deal
        assertThat(quoted(LocalDate.parse("2024-12-31"))).isEqualTo(Money.of("41.00")); // list
        assertThat(quoted(LocalDate.parse("2026-06-30"))).isEqualTo(Money.of("35.00"));
        assertThat(quoted(TODAY)).isEqualTo(Money.of("37.00"));
        assertThat(quoted(LocalDate.parse("2026-12-01"))).as("the later start wins").isEqualTo(Money.of("36.00"));
        assertThat(quoted(LocalDate.parse("2027-04-01"))).as("the open one again").isEqualTo(Money.of("37.00"));
        assertThat(prices.forProduct(clerk, book.towelId).rows()).extracting(r -> r.periodOn(TODAY))
                .containsExactly(ContractPriceRow.Period.EXPIRED, ContractPriceRow.Period.CURRENT, ContractPriceRow.Period.FUTURE);
    }

    @Test
    void aSavedOrderIsPricedOnItsOrderDateAndAnAmendmentKeepsThatDate() {
        towel("2026-07-01", "2026-11-26", "37.00");
        towel("2026-11-27", null, "39.00");
        OrderDraft draft = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.towelId, "TWL-ROLL-8", 2, null, BigDecimal.ZERO)));
        var saved = services.orders().save(clerk, draft);
        assertThat(unitPrice(saved.number())).isEqualTo("37.00 CUSTOMER");

        // the next day (a new contract applies to new orders) the clerk amends yesterday's order
        Clock tomorrow = Clock.fixed(TestBook.CLOCK.instant().plusSeconds(86_400), ZoneOffset.UTC);
        AppServices next = AppServices.over(book.db, TestBook.TAX, tomorrow, TestBook.KEY_ITERATIONS); // same book: not closed here
        {
            var loaded = next.orders().load(clerk, saved.id());
            OrderDraft amended = new OrderDraft(saved.id(), loaded.version(), book.acmeId, book.acmeShipToId,
                    OrderChannel.PHONE, null, null, null,
                    List.of(new OrderLineDraft(book.towelId, "TWL-ROLL-8", 5, null, BigDecimal.ZERO)));
            next.orders().save(clerk, amended);
            assertThat(unitPrice(saved.number())).as("the order's date, not the day of the amendment").isEqualTo("37.00 CUSTOMER");
            var fresh = next.orders().save(clerk, draft);
            assertThat(unitPrice(fresh.number())).isEqualTo("39.00 CUSTOMER");
        }
    }

    private String unitPrice(String orderNo) {
        return book.db.read(s -> s.createNativeQuery("SELECT l.unit_price_cents, l.price_source FROM sales_order_line l "
                        + "JOIN sales_order o ON o.id = l.order_id WHERE o.order_no = :n", Object[].class)
                .setParameter("n", orderNo).getResultList().stream()
                .map(r -> Money.ofCents(((Number) r[0]).longValue()) + " " + r[1]).findFirst().orElseThrow());
    }

    @Test
    void aContractIsChangedOrRemovedByKeyAndEveryChangeIsAudited() {
        ContractPriceRow row = towel("2026-07-01", null, "37.00");
        assertThatThrownBy(() -> towel("2026-07-01", "2026-12-31", "38.00")).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("already has a contract for this product from Jul 1, 2026");
        ContractPriceRow changed = prices.change(admin, row.id(), Money.of("36.50"), LocalDate.parse("2026-12-31"), "new deal");
        assertThat(changed.price()).isEqualTo(Money.of("36.50"));
        assertThat(changed.validTo()).isEqualTo(LocalDate.parse("2026-12-31"));
        prices.remove(admin, row.id(), "entered twice");
        assertThat(prices.forProduct(clerk, book.towelId).rows()).isEmpty();
        List<String> audit = book.db.read(s -> s.createNativeQuery("SELECT action || ' ' || doc_id || ' ' || "
                + "COALESCE(after_value, before_value) FROM audit_entry WHERE doc_type = 'CONTRACT_PRICE' ORDER BY seq",
                String.class).getResultList());
        assertThat(audit).containsExactly(
                "PRICE_ADD C-10001 TWL-ROLL-8 from 2026-07-01 {\"price\":\"37.00\",\"validTo\":\"open\"}",
                "PRICE_CHANGE C-10001 TWL-ROLL-8 from 2026-07-01 {\"price\":\"36.50\",\"validTo\":\"2026-12-31\"}",
                "PRICE_REMOVE C-10001 TWL-ROLL-8 from 2026-07-01 {\"price\":\"36.50\",\"validTo\":\"2026-12-31\"}");
    }

    @Test
    void undatedContractsOfAnOlderBookBecomeOpenEndedAndKeepTheirPrice() throws Exception {
        Path file = dir.resolve("old.db");
        String url = DatabaseConfig.sqlite(file).jdbcUrl();
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                .placeholders(Map.of("id_pk", "INTEGER PRIMARY KEY AUTOINCREMENT")).target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO customer (id, customer_no, name, name_key, payment_terms, risk_class, tax_exempt, "
                    + "manual_hold, customer_since, version) VALUES (1, 'C-1', 'Old Co', 'OLD CO', 'NET 30', 'LOW', 0, 0, "
                    + "'2015-01-01', 0)");
            st.executeUpdate("INSERT INTO product (id, sku, description, description_key, unit, weight_grams, list_price_cents, "
                    + "unit_cost_cents, taxable, active) VALUES (1, 'P1', 'Widget', 'WIDGET', 'EA', 100, 1000, 500, 1, 1)");
            st.executeUpdate("INSERT INTO customer_price (customer_id, product_id, price_cents, valid_from, valid_to) "
                    + "VALUES (1, 1, 900, NULL, NULL)");
            st.executeUpdate("INSERT INTO customer_price (customer_id, product_id, price_cents, valid_from, valid_to) "
                    + "VALUES (1, 1, 850, NULL, NULL)"); // a second undated one: the newest was the one in use
        }
        Database db = Database.open(DatabaseConfig.sqlite(file));
        try (AppServices old = AppServices.over(db, StateTaxRateTable.loadDefault(), TestBook.CLOCK)) {
            // valid from the beginning (2000-01-01), open-ended, the price that was in use
            assertThat(ContractPrices.BEGINNING).isEqualTo(LocalDate.of(2000, 1, 1));
            // the rows the export writes, read as it reads them (the export itself signs in, and this old book has no users)
            assertThat(new com.orderdesk.persistence.HibernateUnitOfWork(db).read(() -> new HibernateContractPriceRepository().all()
                    .stream().map(com.orderdesk.logic.catalog.PriceFile::values).toList()))
                    .containsExactly(List.of("C-1", "P1", "2000-01-01", "", "8.50"));
            Money quote = db.read(s -> HibernateCatalogRepository.contractPrice(s, 1, 1, TODAY)).orElseThrow();
            assertThat(quote).isEqualTo(Money.ofCents(850));
        }
    }
}
