package com.orderdesk.persistence.fulfillment;

import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Every FulfillmentServiceTest case (routing with reservations, backorders, override with its
 * permission and audit, release to the warehouse, short picks re-routed, route all) again, on a
 * fresh schema of a real PostgreSQL server. Runs when ORDERDESK_TEST_PG_URL is set (.ci/run starts
 * the server with .ci/postgres.sh).
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresFulfillmentServiceTest extends FulfillmentServiceTest {
    private PostgresSchema schema;

    @Override
    @BeforeEach
    void open() {
        schema = PostgresSchema.create();
        book = TestBook.create(schema.config());
        desk = new FulfillmentAsUsers(book);
    }

    @Override
    @AfterEach
    void close() {
        try {
            book.db.close();
        } finally {
            schema.close();
        }
    }
}
