package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.catalog.ProductHit;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.application.catalog.ProductLookup;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.application.order.OrderUseCases;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The book of orders on a real PostgreSQL server: the portable migration, the look-ups the order
 * screen uses, and database refusals turned into the same sentences a SQLite desk shows.
 * Each test gets a fresh schema. Runs when ORDERDESK_TEST_PG_URL is set (see .ci/postgres.sh).
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresBookTest {
    PostgresSchema schema;
    TestBook book;

    @BeforeEach
    void setUp() {
        schema = PostgresSchema.create();
        book = TestBook.create(schema.config());
    }

    @AfterEach
    void tearDown() {
        try {
            book.db.close();
        } finally {
            schema.close();
        }
    }

    private <T> T sql(Function<Session, T> work) {
        return book.db.read(work);
    }

    private long count(String nativeSql) {
        return sql(s -> ((Number) s.createNativeQuery(nativeSql, Object.class).getSingleResult()).longValue());
    }

    @Test
    void flywayCreatesThePortableSchemaWithNativeTypesAndBinaryKeysAndAReopenMigratesNothing() {
        assertThat(book.db.config().vendor()).isEqualTo(DatabaseConfig.Vendor.POSTGRESQL);
        List<String> versions = sql(s -> s.createNativeQuery(
                "select version from flyway_schema_history where success order by installed_rank", String.class).getResultList());
        assertThat(versions).startsWith("1", "1.1").doesNotHaveDuplicates();
        List<String> tables = sql(s -> s.createNativeQuery("select table_name from information_schema.tables where table_schema = '"
                + schema.name() + "' order by table_name", String.class).getResultList());
        assertThat(tables).contains("app_user", "audit_entry", "customer", "customer_price", "document_sequence", "fulfillment_node",
                        "inventory", "invoice", "product", "sales_order", "sales_order_line", "ship_to");
        // ${id_pk} became an identity column; flags are real booleans, money is bigint cents
        assertThat(columnType("sales_order", "id")).isEqualTo("bigint identity");
        assertThat(columnType("customer", "tax_exempt")).isEqualTo("boolean");
        assertThat(columnType("sales_order", "total_cents")).isEqualTo("bigint");
        assertThat(count("select next_value from document_sequence where series = 'ORDER'")).isEqualTo(100001);

        // search keys compare byte by byte, as on SQLite, whatever the server's locale (V1_1)
        List<String> binaryKeys = sql(s -> s.createNativeQuery("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = :schema and collation_name = 'C' order by 1", String.class)
                .setParameter("schema", schema.name()).getResultList());
        assertThat(binaryKeys).contains("customer.name_key", "customer.customer_no", "customer.phone_digits",
                "product.sku", "product.description_key", "sales_order.order_no");

        long migrationsBefore = count("select count(*) from flyway_schema_history");
        try (Database again = Database.open(schema.config())) {
            long customers = again.read(s -> s.createSelectionQuery("select count(c) from Customer c", Long.class).getSingleResult());
            assertThat(customers).isEqualTo(2);
        }
        assertThat(count("select count(*) from flyway_schema_history")).isEqualTo(migrationsBefore);
    }

    @Test
    void booleansDatesAndMoneyRoundTrip() {
        Customer exempt = sql(s -> s.find(Customer.class, book.exemptId));
        assertThat(exempt.taxExempt()).isTrue();
        assertThat(exempt.onManualHold()).isFalse();
        assertThat(exempt.customerSince()).isEqualTo(java.time.LocalDate.of(2020, 1, 1));
        Product glove = sql(s -> s.find(Product.class, book.gloveId));
        assertThat(glove.listPrice()).isEqualTo(Money.of("12.49"));
        assertThat(count("select count(*) from ship_to where is_default")).isEqualTo(2);
    }

    @Test
    void theOrderScreensLookUpsWorkOnPostgres() {
        OrderUseCases orders = book.services().orders();
        SavedOrder saved = orders.save(book.user("clerk1", com.orderdesk.model.security.Role.ORDER_CLERK), new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, "PO-55",
                null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 4, null, BigDecimal.ZERO))));

        CustomerLookup customers = book.services().customers();
        assertThat(customers.search(book.clerk(), "acme", 10)).extracting(CustomerHit::number).containsExactly("C-10001");
        assertThat(customers.search(book.clerk(), "C-1000", 10)).extracting(CustomerHit::number).containsExactly("C-10001", "C-10002");
        assertThat(customers.search(book.clerk(), "312 555", 10)).extracting(CustomerHit::name).containsExactly("Acme Janitorial Supply");
        assertThat(customers.search(book.clerk(), "schools", 10)).extracting(CustomerHit::number).containsExactly("C-10002");
        CustomerContext acme = customers.context(book.clerk(), book.acmeId, TestBook.TODAY);
        assertThat(acme.openOrders()).isEqualTo(saved.totals().total());
        assertThat(acme.openBalance()).isEqualTo(Money.ZERO);
        assertThat(acme.defaultShipTo().orElseThrow().id()).isEqualTo(book.acmeShipToId);

        ProductLookup products = book.services().products();
        assertThat(products.search(book.clerk(), "glv", 10)).singleElement().satisfies(h -> {
            assertThat(h.sku()).isEqualTo("GLV-NIT-L");
            assertThat(h.available()).isEqualTo(500 - 20 - 10 + 30 - 4); // the saved order was routed: its 4 are reserved
        });
        assertThat(products.search(book.clerk(), "towel", 10)).extracting(ProductHit::sku).containsExactly("TWL-ROLL-8");
        assertThat(products.quote(book.clerk(), book.gloveId, book.acmeId, TestBook.TODAY).unitPrice()).isEqualTo(Money.of("10.99"));

        OrderUseCases list = book.services().orders();
        assertThat(list.list(book.clerk(), new OrderFilter("po-5", saved.status(), book.acmeId, TestBook.TODAY, TestBook.TODAY, 50)).rows())
                .extracting(OrderListRow::number).containsExactly(saved.number());
        assertThat(list.list(book.clerk(), new OrderFilter(null, OrderStatus.SHIPPED, null, null, null, 50)).rows()).isEmpty();
        assertThat(list.tally(book.clerk(), OrderFilter.all(50)))
                .isEqualTo(new com.orderdesk.logic.order.OrderListTally(1, saved.totals().total()));
        assertThat(count("select count(*) from sales_order")).isEqualTo(1);
    }

    @Test
    void twoDesksChangingTheSameOrderAtOnce_theSecondCommitIsRefusedWithTheClearMessage() {
        OrderUseCases orders = book.services().orders();
        long id = orders.save(book.user("clerk1", com.orderdesk.model.security.Role.ORDER_CLERK), new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO)))).id();
        try (Database otherDesk = Database.open(schema.config())) {
            // Both desks have read version 0 before either writes: the version column decides.
            assertThatThrownBy(() -> {
                try {
                    book.db.write(s -> {
                        SalesOrder mine = s.find(SalesOrder.class, id);
                        otherDesk.write(o -> {
                            o.find(SalesOrder.class, id).setHeader(OrderChannel.EMAIL, "PO-OTHER", null, null);
                            return null;
                        });
                        mine.setHeader(OrderChannel.PHONE, "PO-MINE", null, null);
                        s.flush();
                        return null;
                    });
                } catch (RuntimeException e) {
                    throw PersistenceErrors.translate("Saving the order", e);
                }
            }).isInstanceOf(ConcurrentEditException.class)
                    .hasMessage("Saving the order was refused: another desk changed the same document after you opened it."
                            + " Your entries are still on screen; reload to see the other changes.");
        }
        String storedPo = sql(s -> s.find(SalesOrder.class, id).customerPo());
        assertThat(storedPo).isEqualTo("PO-OTHER");
    }

    @Test
    void aForeignKeyViolationBecomesAClearMessage() {
        assertThatThrownBy(() -> refusedWrite("Saving the address",
                "insert into ship_to (customer_id, label, is_default) values (999999, 'x', false)"))
                .isInstanceOf(StoreException.class)
                .hasMessage("Saving the address was refused: it refers to a record that does not exist"
                        + " (it may have been deleted by another desk).");
        assertThat(PersistenceErrors.sqlState(caught("insert into ship_to (customer_id, label, is_default) values (999999, 'x', false)")))
                .isEqualTo("23503");
    }

    @Test
    void aDuplicateNumberACheckRuleAndAMissingValueBecomeClearMessages() {
        assertThatThrownBy(() -> refusedWrite("Saving the customer", "insert into customer (customer_no, name, name_key, "
                + "payment_terms, risk_class, tax_exempt, manual_hold, customer_since, version) "
                + "values ('C-10001', 'Dup', 'DUP', 'NET 30', 'LOW', false, false, '2026-01-01', 0)"))
                .hasMessage("Saving the customer was refused: a record with the same number already exists.");
        assertThatThrownBy(() -> refusedWrite("Saving the stock", "update inventory set on_hand = -1"))
                .hasMessage("Saving the stock was refused: a value is out of the allowed range.");
        assertThatThrownBy(() -> refusedWrite("Saving the address",
                "insert into ship_to (customer_id, label, is_default) values (" + book.acmeId + ", null, false)"))
                .hasMessage("Saving the address was refused: a required value is missing.");
        assertThat(count("select count(*) from inventory where on_hand < 0")).isZero();
    }

    private String columnType(String table, String column) {
        return sql(s -> s.createNativeQuery("select data_type || case when is_identity = 'YES' then ' identity' else '' end"
                + " from information_schema.columns where table_schema = :schema and table_name = :t and column_name = :c",
                String.class).setParameter("schema", schema.name()).setParameter("t", table).setParameter("c", column)
                .getSingleResult());
    }

    private void refusedWrite(String action, String nativeSql) {
        try {
            book.db.write(s -> s.createNativeMutationQuery(nativeSql).executeUpdate());
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(action, e);
        }
    }

    private RuntimeException caught(String nativeSql) {
        try {
            book.db.write(s -> s.createNativeMutationQuery(nativeSql).executeUpdate());
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the database accepted " + nativeSql);
    }
}
