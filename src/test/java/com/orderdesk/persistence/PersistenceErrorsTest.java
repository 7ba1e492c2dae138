package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.store.StoreException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** The SQL-state table without a server: what PostgreSQL's driver reports, wrapped as Hibernate wraps it. */
class PersistenceErrorsTest {
    static RuntimeException fromDriver(String message, String sqlState) {
        return new GenericJDBCException("could not execute statement", new SQLException(message, sqlState));
    }

    static String translated(String message, String sqlState) {
        StoreException e = PersistenceErrors.translate("Saving the order", fromDriver(message, sqlState));
        return e.getMessage();
    }

    @Test
    void postgresSqlStatesBecomeSentences() {
        assertThat(translated("ERROR: insert or update on table \"ship_to\" violates foreign key constraint", "23503"))
                .isEqualTo("Saving the order was refused: it refers to a record that does not exist"
                        + " (it may have been deleted by another desk).");
        assertThat(translated("ERROR: duplicate key value violates unique constraint \"sales_order_order_no_key\"", "23505"))
                .isEqualTo("Saving the order was refused: a record with the same number already exists.");
        assertThat(translated("ERROR: new row for relation \"inventory\" violates check constraint", "23514"))
                .isEqualTo("Saving the order was refused: a value is out of the allowed range.");
        assertThat(translated("ERROR: null value in column \"label\" violates not-null constraint", "23502"))
                .isEqualTo("Saving the order was refused: a required value is missing.");
        assertThat(translated("ERROR: could not serialize access due to concurrent update", "40001"))
                .isEqualTo("Saving the order could not finish because another desk was saving related records"
                        + " at the same moment. Nothing was saved; try again.");
        assertThat(translated("ERROR: deadlock detected", "40P01")).contains("another desk was saving related records");
    }

    @Test
    void aLostConnectionIsNotMistakenForACheckRule() {
        // pgjdbc's text says "Check that the hostname and port are correct": the state, 08001, decides
        assertThat(translated("Connection to 127.0.0.1:55432 refused. Check that the hostname and port are correct and that"
                + " the postmaster is accepting TCP/IP connections.", "08001"))
                .isEqualTo("Saving the order could not finish: the connection to the database server was lost."
                        + " Nothing was saved; check the network and try again.");
        assertThat(translated("An I/O error occurred while sending to the backend.", "08006")).contains("connection to the database server");
    }

    @Test
    void sqliteMessagesWithoutAStateStillTranslate() {
        assertThat(translated("[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)", null))
                .contains("refers to a record that does not exist");
        assertThat(translated("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: product.sku)", null))
                .contains("same number already exists");
        assertThat(translated("[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: qty > 0)", null))
                .contains("out of the allowed range");
        assertThat(translated("[SQLITE_BUSY] The database file is locked (database is locked)", null))
                .contains("busy with another desk's work");
        assertThat(translated("something else entirely", null)).isEqualTo("Saving the order failed: something else entirely");
    }
}
