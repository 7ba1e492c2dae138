package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On random ledgers (seeded, so a failure repeats): the indexed engine gives exactly what the
 * contract's definitions give when computed the slow way ({@link KpiReference}), for the period,
 * the previous period and every week and month of the report; and the figures keep the
 * invariants a reader relies on.
 */
class KpiPropertyTest {
    private static final int LEDGERS = 150;
    private static final int[] PERIODS = {1, 7, 30, 90};

    private static Period randomPeriod(Random random, LocalDate asOf) {
        int days = random.nextInt(3) == 0 ? 1 + random.nextInt(120) : PERIODS[random.nextInt(PERIODS.length)];
        return Period.endingOn(asOf, days);
    }

    @Test
    void engineMatchesTheDefinitionsComputedTheSlowWay() {
        for (int seed = 0; seed < LEDGERS; seed++) {
            Random random = new Random(seed);
            LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            Ledgers ledgers = KpiRandomLedgers.generate(random, asOf);
            Period period = randomPeriod(random, asOf);
            KpiReference reference = new KpiReference(ledgers);
            // Half the seeds index the orders on a second thread: the figures must not depend on it.
            KpiBook book = seed % 2 == 0 ? KpiBook.of(ledgers) : KpiBook.of(ledgers, java.util.concurrent.ForkJoinPool.commonPool());
            KpiReport report = book.report(period);

            assertThat(report.figures()).as("seed %d, period %s", seed, period).isEqualTo(reference.figures(period));
            assertThat(report.previous()).as("seed %d, previous of %s", seed, period).isEqualTo(reference.figures(period.previous()));
            for (KpiFigures week : report.byWeek()) {
                assertThat(week).as("seed %d, week %s", seed, week.period()).isEqualTo(reference.figures(week.period()));
            }
            for (KpiFigures month : report.byMonth()) {
                assertThat(month).as("seed %d, month %s", seed, month.period()).isEqualTo(reference.figures(month.period()));
            }
        }
    }

    @Test
    void figuresKeepTheirInvariants() {
        for (int seed = 1000; seed < 1000 + LEDGERS; seed++) {
            Random random = new Random(seed);
            LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            Ledgers ledgers = KpiRandomLedgers.generate(random, asOf);
            KpiBook book = KpiBook.of(ledgers);
            KpiReport report = book.report(randomPeriod(random, asOf));
            List<KpiFigures> all = new ArrayList<>(report.byWeek());
            all.addAll(report.byMonth());
            all.add(report.figures());
            all.add(report.previous());
            for (KpiFigures f : all) {
                String where = "seed " + seed + ", " + f.period();
                assertThat(f.aging().total()).as(where).isEqualTo(f.arTotal());
                assertThat(f.aging().current()).as(where).isEqualTo(f.arCurrent());
                assertThat(f.dso() == null).as(where).isEqualTo(f.basis().sales().signum() == 0);
                if (f.dso() != null) {
                    assertThat(f.averageDaysDelinquent()).as(where).isEqualTo(f.dso().subtract(f.bestPossibleDso()));
                }
                assertThat(f.dsoCountback()).as(where).isBetween(BigDecimal.ZERO, new BigDecimal("360.0"));
                List<BigDecimal> rates = new ArrayList<>(List.of());
                rates.add(f.touchlessOrderRate());
                rates.add(f.autoCashRate());
                rates.add(f.splitShipmentRate());
                rates.add(f.perfectOrderRate());
                rates.addAll(f.touchlessByChannel().values());
                for (BigDecimal rate : rates) {
                    if (rate != null) {
                        assertThat(rate).as(where).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                        assertThat(rate.scale()).as(where).isEqualTo(4);
                    }
                }
                assertThat(f.touchlessOrderRate() == null).as(where).isEqualTo(f.basis().ordersEntered() == 0);
                assertThat(f.costPerOrder() == null).as(where).isEqualTo(f.basis().ordersShipped() == 0);
                assertThat(f.daysToPay() == null).as(where).isEqualTo(f.basis().invoicesPaid() == 0);
                drillDownMatchesTheBasis(book, new KpiReference(ledgers), ledgers, f, where);
            }
        }
    }

    private static void drillDownMatchesTheBasis(KpiBook book, KpiReference reference, Ledgers ledgers, KpiFigures f, String where) {
        KpiDrillDown drill = book.drillDown();
        Period p = f.period();
        assertThat(drill.ordersEntered(p, null)).as(where).hasSize((int) f.basis().ordersEntered());
        assertThat(drill.ordersTouched(p, null)).as(where).hasSize((int) f.basis().ordersTouched());
        assertThat(drill.paymentsAutoApplied(p)).as(where).hasSize((int) f.basis().paymentsAutoApplied());
        assertThat(drill.ordersSplit(p)).as(where).hasSize((int) f.basis().ordersSplit());
        assertThat(drill.ordersShipped(p).size() - drill.ordersNotPerfect(p).size()).as(where).isEqualTo((int) f.basis().ordersPerfect());
        assertThat(drill.invoicesPaid(p)).as(where).hasSize((int) f.basis().invoicesPaid()).doesNotHaveDuplicates();
        Map<String, Ledgers.Invoice> byNo = new java.util.HashMap<>();
        ledgers.invoices().forEach(i -> byNo.put(i.invoiceNo(), i));
        assertThat(drill.invoicesIssued(p).stream().map(byNo::get).map(Ledgers.Invoice::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)).as(where).isEqualTo(f.basis().sales());
        for (AgingBucket bucket : AgingBucket.values()) {
            BigDecimal listed = drill.openInvoices(p.last(), bucket).stream()
                    .map(no -> reference.openAt(byNo.get(no), p.last()))
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            assertThat(listed).as(where + " " + bucket).isEqualTo(f.aging().get(bucket));
        }
    }
}
