package com.orderdesk.app;

import static com.orderdesk.app.PostgresDemoBookTest.SMALL;
import static com.orderdesk.app.PostgresDemoBookTest.WHOLE_BOOK;
import static com.orderdesk.app.PostgresDemoBookTest.count;
import static com.orderdesk.app.PostgresDemoBookTest.execute;
import static com.orderdesk.app.PostgresDemoBookTest.stopHalfway;
import static com.orderdesk.app.PostgresDemoBookTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A PostgreSQL book half written by a version before the "demo.book" mark has no mark: the start
 * clears it and writes the demo again only when it is recognisably the demo's half book (the demo's
 * users, exactly the customers of the demo this start writes, not the demo's last step, the past
 * Mondays' forecasts) and nobody has signed in to it. Anything else is opened as it is, and so is a
 * book marked "writing" that somebody signed in to since. A book without the mark is what the
 * older version leaves (seen with main's s36-start jar: 600 customers, no shipments, no mark), made
 * here by a start stopped at 30 % and its mark removed.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresUnmarkedDemoBookTest {
    private static final String MARK = "select setting_value from company_setting where setting_key = 'demo.book'";
    private static final String NAME = "select setting_value from company_setting where setting_key = 'company.name'";

    @Test
    void anOlderVersionsHalfDemoBookThatNobodyUsedIsWrittenWhole() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            olderVersionsHalfBook(schema);

            BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
            for (String table : WHOLE_BOOK) {
                assertThat(count(schema, table)).as(table).isPositive();
            }
            assertThat(count(schema, "customer")).isEqualTo(SMALL.customers());
            assertThat(count(schema, "app_user")).as("one set of demo users").isEqualTo(DemoDataGenerator.USERS.size());
            assertThat(text(schema, MARK)).isEqualTo("complete");
        }
    }

    @Test
    void anOlderVersionsWholeDemoBookIsOpenedAsItIs() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
            execute(schema, "delete from company_setting where setting_key = 'demo.book'");
            execute(schema, "update company_setting set setting_value = 'Kept Co.' where setting_key = 'company.name'");

            BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
            assertThat(text(schema, NAME)).as("not written again").isEqualTo("Kept Co.");
            assertThat(text(schema, MARK)).as("left as it was").isNull();
        }
    }

    @Test
    void aHalfBookSomebodySignedInToIsOpenedAsItIsWithOrWithoutItsMark() throws Exception {
        try (PostgresSchema marked = PostgresSchema.create(); PostgresSchema unmarked = PostgresSchema.create()) {
            stopHalfway(marked);
            olderVersionsHalfBook(unmarked);
            for (PostgresSchema schema : new PostgresSchema[] {marked, unmarked}) {
                // an older version's window (or a command) opens a half book as it is: a clerk signs in and works
                try (AppServices services = AppServices.over(Database.open(schema.config()), StateTaxRateTable.loadDefault(),
                        DemoBookFiguresTest.CLOCK)) {
                    assertThat(services.signIn().signIn("olivia", DemoDataGenerator.DEMO_PASSWORD.toCharArray()).signedIn())
                            .isTrue();
                }
                execute(schema, "update company_setting set setting_value = 'Kept Co.' where setting_key = 'company.name'");
                long customers = count(schema, "customer");

                BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
                assertThat(text(schema, NAME)).as(schema == marked ? "marked writing" : "unmarked").isEqualTo("Kept Co.");
                assertThat(count(schema, "customer")).isEqualTo(customers);
                assertThat(count(schema, "shipment")).isZero();
            }
        }
    }

    @Test
    void anUnmarkedHalfBookThatIsNotTheDemoOfThisStartIsOpenedAsItIs() throws Exception {
        try (PostgresSchema otherSize = PostgresSchema.create(); PostgresSchema otherUsers = PostgresSchema.create()) {
            // a demo-data or bench book of another size: the window's demo has other counts
            olderVersionsHalfBook(otherSize);
            DemoSize larger = new DemoSize(SMALL.customers() + 1, SMALL.orders(), SMALL.maxLinesPerOrder(), SMALL.seed());
            BookStart.openForWindow(otherSize.config(), DemoBookFiguresTest.CLOCK, larger, p -> { }, () -> false).close();
            assertThat(count(otherSize, "customer")).isEqualTo(SMALL.customers());
            assertThat(count(otherSize, "shipment")).isZero();

            // a book whose people are not the demo's
            olderVersionsHalfBook(otherUsers);
            execute(otherUsers, "update app_user set username = 'olga' where username = 'olivia'");
            BookStart.openForWindow(otherUsers.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
            assertThat(count(otherUsers, "shipment")).isZero();
            assertThat(text(otherUsers, "select count(*) from app_user where username = 'olga'")).isEqualTo("1");
        }
    }

    /** What a version before the mark leaves when its first start stops at 30 %: the history, no mark. */
    private static void olderVersionsHalfBook(PostgresSchema schema) throws Exception {
        stopHalfway(schema);
        execute(schema, "delete from company_setting where setting_key = 'demo.book'");
        assertThat(count(schema, "shipment")).isZero();
        assertThat(Long.parseLong(text(schema, "select count(distinct as_of) from cash_forecast_week")))
                .as("today's forecast at most, not the past Mondays'").isLessThanOrEqualTo(1);
    }
}
