package com.orderdesk.bench.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationStatus;
import com.orderdesk.bench.cash.Expected.Scenario;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkScoreTest {
    private static final BigDecimal Z = new BigDecimal("0.00");

    private static Application row(String p, String inv, String applied, ApplicationStatus s) {
        return new Application(p, inv, new BigDecimal(applied), Z, Z, s, 0.9, "");
    }

    private static Expected pays(String p, String inv, String applied, boolean decidable) {
        return new Expected(p, Scenario.SINGLE_REF, List.of(new Expected.Row(inv, new BigDecimal(applied), Z, Z)), Z, decidable);
    }

    @Test
    void scoresAutoMatchesFalseAutosSuggestionsAndUnapplied() {
        List<Expected> expected = List.of(
                pays("A", "I1", "10.00", true),          // auto-matched
                pays("B", "I2", "20.00", true),          // auto on the wrong invoice: false auto
                pays("C", "I3", "30.00", true),          // suggested: neither
                pays("D", "I4", "40.00", false),         // undecidable, any AUTO is false
                new Expected("E", Scenario.ADVANCE, List.of(), new BigDecimal("50.00"), true), // unapplied, right
                pays("F", "I6", "60.00", true));         // right invoice, wrong amount
        List<Application> rows = List.of(
                row("A", "I1", "10.00", ApplicationStatus.AUTO),
                row("B", "I9", "20.00", ApplicationStatus.AUTO),
                row("C", "I3", "30.00", ApplicationStatus.SUGGESTED),
                row("D", "I4", "40.00", ApplicationStatus.AUTO),
                row("E", null, "50.00", ApplicationStatus.UNAPPLIED),
                row("F", "I6", "59.98", ApplicationStatus.AUTO),
                row("F", null, "0.02", ApplicationStatus.UNAPPLIED));
        BenchmarkScore s = BenchmarkScore.score(expected, rows);
        assertThat(s.autoMatched()).isEqualTo(2);
        assertThat(s.falseAuto()).isEqualTo(3);
        assertThat(s.falseAutoIds()).containsExactly("B", "D", "F");
        assertThat(s.withSuggestion()).isEqualTo(1);
        assertThat(s.unappliedOnly()).isEqualTo(1);
        assertThat(s.autoMatchRate()).isEqualTo(2.0 / 6);
    }
}
