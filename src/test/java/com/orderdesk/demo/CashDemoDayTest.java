package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashDemoDayTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theDemoBookGetsADayOfPaymentsSomeAutoSomeLeftForAPerson(@TempDir Path dir) {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            var written = new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()), CLOCK, pw -> "h", new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom())
                    .generate(db, new DemoSize(120, 900, 4, 42), p -> { }, () -> false);

            var services = com.orderdesk.app.AppServices.over(db, StateTaxRateTable.loadDefault(), CLOCK, 1_000);
            var arthur = DemoBook.user("arthur", written.key());
            int n = new CashDemoDay(services.demoParts(), arthur).fillIfEmpty();

            List<DeskPayment> day = services.cash().payments(arthur, LocalDate.of(2026, 11, 26)).rows();
            assertThat(day).hasSize(n);
            assertThat(n).isGreaterThan(20);
            Map<DeskStatus, Long> byStatus = day.stream().collect(Collectors.groupingBy(DeskPayment::status, Collectors.counting()));
            assertThat(byStatus).containsKeys(DeskStatus.AUTO, DeskStatus.SUGGESTED, DeskStatus.UNAPPLIED);
            assertThat(byStatus.get(DeskStatus.AUTO)).isGreaterThan(n / 3);
            assertThat(new CashDemoDay(services.demoParts(), arthur).fillIfEmpty()).as("only once").isZero();
        }
    }
}
