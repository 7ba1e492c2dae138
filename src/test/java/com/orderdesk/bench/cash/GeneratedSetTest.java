package com.orderdesk.bench.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationInvariants;
import com.orderdesk.logic.cash.matching.ApplicationStatus;
import com.orderdesk.logic.cash.matching.MatchingEngine;
import com.orderdesk.bench.cash.Expected.Scenario;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GeneratedSetTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void answersKeepTheInvariantsAndMeetTheQualityBar(long seed) {
        GeneratedSet set = TestSetGenerator.generate(1500, 12_000, seed);
        List<Application> rows = new MatchingEngine(set.customers(), set.openItems()).matchAll(set.payments());

        assertThat(ApplicationInvariants.violations(set.customers(), set.openItems(), set.payments(), rows)).isEmpty();
        BenchmarkScore score = BenchmarkScore.score(set.expected(), rows);
        assertThat(score.autoMatchRate()).as("auto-match rate").isGreaterThanOrEqualTo(0.88);
        assertThat(score.falseAuto()).as("false autos: " + score.falseAutoIds()).isLessThanOrEqualTo(1);
    }

    @Test
    void undecidablePaymentsNeverGetAnAutoRow() {
        GeneratedSet set = TestSetGenerator.generate(1500, 12_000, 3);
        List<Application> rows = new MatchingEngine(set.customers(), set.openItems()).matchAll(set.payments());
        Set<String> undecidable = set.expected().stream().filter(e -> !e.decidable()).map(Expected::paymentId)
                .collect(Collectors.toSet());
        assertThat(undecidable).isNotEmpty();
        assertThat(rows).filteredOn(a -> undecidable.contains(a.paymentId()))
                .noneMatch(a -> a.status() == ApplicationStatus.AUTO);
    }

    @Test
    void theSameSeedGivesTheSameSetAndEveryScenarioOccurs() {
        GeneratedSet a = TestSetGenerator.generate(800, 6000, 11);
        GeneratedSet b = TestSetGenerator.generate(800, 6000, 11);
        assertThat(a).isEqualTo(b);
        assertThat(a.expected().stream().map(Expected::scenario).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(Scenario.class));
        assertThat(TestSetGenerator.generate(800, 6000, 12).payments()).isNotEqualTo(a.payments());
    }

    @Test
    void expectedAnswersAddUpToThePayments() {
        GeneratedSet set = TestSetGenerator.generate(800, 6000, 5);
        for (int i = 0; i < set.payments().size(); i++) {
            Expected e = set.expected().get(i);
            BigDecimal sum = e.rows().stream().map(Expected.Row::applied).reduce(e.unapplied(), BigDecimal::add);
            assertThat(sum).as(e.paymentId()).isEqualByComparingTo(set.payments().get(i).amount());
            assertThat(e.paymentId()).isEqualTo(set.payments().get(i).paymentId());
        }
    }
}
