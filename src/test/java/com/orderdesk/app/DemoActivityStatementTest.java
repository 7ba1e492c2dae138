package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.invoicing.print.ActivityStatement;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.collections.HibernateStatementRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity statement on a real demo book (SQLite, written by the demo generator): for every customer whose
 * account says something in a period, the closing balance (opening + movements) is to the cent the open-item
 * statement's total on the period's last day, and the opening is its total on the day before the first.
 */
class DemoActivityStatementTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @Test
    void closingIsOpeningPlusMovementsAndTheOpenItemsTotalForEveryCustomerOfSeveralPeriods() {
        try (BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")), CLOCK,
                new DemoSize(60, 400, 6, 42), 0, DemoBook.Extent.WHOLE, p -> { })) {
            AppServices s = written.services();
            SignedInUser arthur = DemoBook.user("arthur", written.result().orElseThrow().key());
            List<String> wrong = new ArrayList<>();
            Set<String> types = new TreeSet<>();
            int statements = 0;
            int withMovements = 0;
            int movements = 0;
            LocalDate[][] periods = {{ActivityStatement.defaultFrom(TODAY), TODAY}, {LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31)}, {LocalDate.of(2026, 6, 1), TODAY}, {TODAY, TODAY}};
            for (LocalDate[] p : periods) {
                List<String> customers = s.unitOfWork().read(() -> new HibernateStatementRepository(ZoneOffset.UTC)
                        .withActivity(p[0], p[1]));
                for (String c : customers) {
                    ActivityStatement a = s.statements().activity(arthur, c, p[0], p[1]);
                    Money before = s.invoicing().statement(arthur, c, p[0].minusDays(1)).balance();
                    Money end = s.invoicing().statement(arthur, c, p[1]).balance();
                    Money sum = a.movements().stream().map(ActivityStatement.Movement::amount).reduce(Money.ZERO, Money::plus);
                    if (!a.opening().equals(before) || !a.closing().equals(end) || !a.opening().plus(sum).equals(a.closing())) {
                        wrong.add(c + " " + p[0] + ".." + p[1] + ": opening " + a.opening() + " (open items " + before + ") + "
                                + sum + " = " + a.closing() + ", open items at the end " + end + "; " + a.movements());
                    }
                    statements++;
                    withMovements += a.movements().isEmpty() ? 0 : 1;
                    movements += a.movements().size();
                    a.movements().forEach(m -> types.add(m.type()));
                }
            }
            assertThat(wrong).as("statements whose balances do not add up (of %d)", statements).isEmpty();
            assertThat(statements).as("statements checked").isGreaterThanOrEqualTo(20);
            assertThat(withMovements).as("statements with movements").isGreaterThanOrEqualTo(10);
            assertThat(movements).isGreaterThanOrEqualTo(50);
            assertThat(types).as("kinds of movement seen").contains("Invoice", "Payment");
            System.out.println("DemoActivityStatementTest: " + statements + " statements, " + withMovements + " with movements, "
                    + movements + " movements of kinds " + types);
        }
    }
}
