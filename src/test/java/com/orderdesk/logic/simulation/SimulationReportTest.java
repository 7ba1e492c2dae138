package com.orderdesk.logic.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Ledgers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's lines fit the PDF page: long notes (the run time by step) are wrapped, not cut off. */
class SimulationReportTest {
    private static final String RUN_TIME = "Run time 467 s (stock receipts 0 s, credit decisions 5 s, order entry and capture"
            + " 244 s, shipping 84 s, invoicing 89 s, bank files and cash application 18 s)";

    @Test
    void everyLineFitsTheWidthAndALongNoteKeepsAllItsWords() {
        KpiFigures none = KpiBook.of(new Ledgers(List.of(), List.of(), List.of(), List.of())).figures(LocalDate.of(2026, 1, 9), 5);
        List<String> lines = SimulationReport.lines("Order Desk simulation", List.of(
                new SimulationReport.Column("run", "routing optimal", none, List.of(none), List.of(RUN_TIME, "Short note"))));

        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(SimulationReport.WIDTH));
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Run time")).findFirst().orElseThrow());
        assertThat(lines.get(first + 1)).startsWith("      ").doesNotStartWith("       ");
        String rejoined = String.join(" ", lines.subList(first, lines.indexOf("  Short note")).stream().map(String::strip).toList());
        assertThat(rejoined).isEqualTo(RUN_TIME);
    }

    @Test
    void longVariantNamesKeepTwoSpacesBetweenTheirColumns() {
        KpiFigures none = KpiBook.of(new Ledgers(List.of(), List.of(), List.of(), List.of())).figures(LocalDate.of(2026, 1, 9), 5);
        List<String> lines = SimulationReport.lines("t", List.of(
                new SimulationReport.Column("collections-on", "on", none, List.of(), List.of()),
                new SimulationReport.Column("collections-off", "off", none, List.of(), List.of())));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Figure (whole run)").endsWith("  collections-on  collections-off"));
    }

    @Test
    void aWordLongerThanTheLineIsCutRatherThanLeftRunningOff() {
        String word = "x".repeat(SimulationReport.WIDTH + 30);
        List<String> lines = SimulationReport.wrapped("  ", word);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(SimulationReport.WIDTH));
        assertThat(String.join("", lines.stream().map(String::strip).toList())).isEqualTo(word);
    }

    @Test
    void moneyIsPrintedInThePapersHouseFormWithThousandsSeparatorsAndCents() {
        // the code first, as on every PDF (ux.md, amounts on paper); it read "$112,110.11"
        assertThat(SimulationReport.money(new java.math.BigDecimal("112110.114"))).isEqualTo("USD 112,110.11");
        assertThat(SimulationReport.money(new java.math.BigDecimal("1234567.5"))).isEqualTo("USD 1,234,567.50");
        assertThat(SimulationReport.money(new java.math.BigDecimal("73.1"))).isEqualTo("USD 73.10");
        assertThat(SimulationReport.money(null)).isEqualTo("-");
    }
}
