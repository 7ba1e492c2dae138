package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.order.OrderChannel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of the application on one SQLite file: every save lands, numbers stay unique and gapless. */
class SharedFileTest {
    @TempDir
    Path dir;

    @Test
    void twoDesksSavingAtOnceLoseNothingAndShareOneGaplessSeries() throws Exception {
        TestBook book = TestBook.create(dir);
        try (Database second = Database.open(DatabaseConfig.sqlite(dir.resolve("book.db")))) {
            OrderUseCases deskA = book.services().orders();
            var clerk = book.user("clerk", com.orderdesk.model.security.Role.ORDER_CLERK);
            OrderUseCases deskB = com.orderdesk.app.AppServices.over(second, TestBook.TAX, TestBook.CLOCK).orders();
            OrderDraft draft = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                    List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO)));
            int perDesk = 40;
            List<String> numbers = TwoDesksAtOnce.save(deskA, deskB, clerk, draft, perDesk, 4);
            assertThat(numbers).isEqualTo(TwoDesksAtOnce.firstNumbers(perDesk * 2));
            long stored = second.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
            assertThat(stored).isEqualTo(perDesk * 2L);
        } finally {
            book.db.close();
        }
    }

    @Test
    void aForeignKeyViolationBecomesAClearMessage() {
        TestBook book = TestBook.create(dir);
        try {
            assertThatThrownBy(() -> {
                try {
                    book.db.write(s -> s.createNativeMutationQuery(
                                    "insert into ship_to (customer_id, label, is_default) values (999999, 'x', false)")
                            .executeUpdate());
                } catch (RuntimeException e) {
                    throw PersistenceErrors.translate("Saving the address", e);
                }
            }).isInstanceOf(StoreException.class)
                    .hasMessage("Saving the address was refused: it refers to a record that does not exist"
                            + " (it may have been deleted by another desk).");
        } finally {
            book.db.close();
        }
    }
}
