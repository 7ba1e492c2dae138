package com.orderdesk.demo;

import static com.orderdesk.demo.DemoDataGeneratorTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo book's credit desk: held orders for every reason, each with the engine's sentences. */
class DemoCreditPassTest {
    @TempDir
    Path dir;

    @Test
    void everyReasonButThePredictionsIsHeldForAndEveryHeldOrderCarriesItsReasons() {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            // a bulk-only book (a bench's) has no predictions: the whole book's holds, the predicted ones among
            // them, are decided later through the save's use case (DemoBookTrailTest)
            var r = new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()),
                    DemoDataGeneratorTest.CLOCK, pw -> "hash-of-" + pw, new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom())
                    .generate(db, new DemoSize(150, 900, 6, 42), p -> { }, () -> false);

            List<String> codes = db.read(s -> s.createNativeQuery("select distinct code from credit_hold_reason r "
                    + "join sales_order o on o.id = r.order_id where o.status = 'CREDIT_HOLD'", String.class).getResultList());
            assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(CreditReason.values())
                    .filter(c -> c != CreditReason.PREDICTED_VERY_LATE).map(Enum::name).toList());
            assertThat(count(db, "select count(*) from sales_order where status = 'CREDIT_HOLD'")).isEqualTo(r.heldOrders());
            assertThat(count(db, "select count(*) from sales_order o where o.status = 'CREDIT_HOLD' and not exists "
                    + "(select 1 from credit_hold_reason h where h.order_id = o.id)")).isZero();
            assertThat(count(db, "select count(*) from sales_order where status = 'ENTERED'"))
                    .as("every order before fulfillment went through the credit check").isZero();
            assertThat(count(db, "select count(*) from invoice where status = 'PAID' and paid_on is null")).isZero();
        }
    }

    @Test
    void askingForMoreHeldOrdersTightensMoreCustomers() {
        int natural = generate("natural.db", 0);
        assertThat(generate("more.db", natural + 15)).isGreaterThanOrEqualTo(natural + 15);
    }

    private int generate(String file, int minHeld) {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve(file)))) {
            return new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()),
                    DemoDataGeneratorTest.CLOCK, pw -> "hash-of-" + pw, new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom()).withMinHeldOrders(minHeld)
                    .generate(db, new DemoSize(80, 500, 6, 42), p -> { }, () -> false).heldOrders();
        }
    }
}
