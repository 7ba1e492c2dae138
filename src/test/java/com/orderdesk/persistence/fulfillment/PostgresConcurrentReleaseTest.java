package com.orderdesk.persistence.fulfillment;

import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two desks on one PostgreSQL book release orders for scarce stock at the same moment: no unit is promised twice. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresConcurrentReleaseTest {
    @Test
    void twoDesksReleasingAtOnceNeverPromiseTheSameUnitTwice() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            TestBook book = TestBook.create(schema.config());
            try (Database second = Database.open(schema.config())) {
                ConcurrentReleaseTest.twoDesksNeverPromiseTheSameUnitTwice(book, second);
            } finally {
                book.db.close();
            }
        }
    }
}
