package com.orderdesk.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Every OrderServiceTest case (numbering, contract prices, totals and tax, refused saves,
 * amendments, stale copies) again, on a fresh schema of a real PostgreSQL server.
 * Runs when ORDERDESK_TEST_PG_URL is set (.ci/run starts the server with .ci/postgres.sh).
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresOrderServiceTest extends OrderServiceTest {
    private PostgresSchema schema;

    @Override
    @BeforeEach
    void setUp() {
        schema = PostgresSchema.create();
        book = TestBook.create(schema.config());
        orders = book.services().orders();
    }

    @Override
    @AfterEach
    void tearDown() {
        try {
            book.db.close();
        } finally {
            schema.close();
        }
    }
}
