package com.orderdesk.application;

import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Every BatchEntriesTest case again on a fresh schema of a real PostgreSQL server: the batches'
 * numbers (two plain JDBC statements) and audit entries (the head locked by a plain JDBC update)
 * across chunks whose session is flushed and cleared, and the lazy parts read 32 at a time.
 * Runs when ORDERDESK_TEST_PG_URL is set (.ci/run starts the server with .ci/postgres.sh).
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresBatchEntriesTest extends BatchEntriesTest {
    private PostgresSchema schema;

    @Override
    TestBook newBook() {
        schema = PostgresSchema.create();
        return TestBook.create(schema.config());
    }

    @Override
    @AfterEach
    void close() {
        try {
            super.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }
}
