package com.orderdesk.bench.cash;

import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationStatus;
import com.orderdesk.bench.cash.Expected.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an answer against the known right answers, as src/site/markdown/contracts/match.md defines it.
 * A payment is auto-matched when every row naming an invoice is AUTO, those rows equal the right
 * answer's (within 0.01) and its unapplied amount equals the right answer's. A false auto is a
 * payment with an AUTO row that is not in the right answer (any AUTO row where no single answer
 * can be known).
 */
public record BenchmarkScore(int payments, int autoMatched, int falseAuto, int withSuggestion, int unappliedOnly,
                             Map<Scenario, int[]> byScenario, List<String> falseAutoIds) {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    public double autoMatchRate() {
        return payments == 0 ? 0 : (double) autoMatched / payments;
    }

    public double falseAutoRate() {
        return payments == 0 ? 0 : (double) falseAuto / payments;
    }

    public static BenchmarkScore score(List<Expected> expected, List<Application> rows) {
        Map<String, List<Application>> byPayment = new HashMap<>();
        rows.forEach(r -> byPayment.computeIfAbsent(r.paymentId(), k -> new ArrayList<>()).add(r));
        int auto = 0;
        int falseAuto = 0;
        int suggested = 0;
        int unapplied = 0;
        Map<Scenario, int[]> per = new EnumMap<>(Scenario.class);
        List<String> falseIds = new ArrayList<>();
        for (Expected e : expected) {
            List<Application> mine = byPayment.getOrDefault(e.paymentId(), List.of());
            int[] counts = per.computeIfAbsent(e.scenario(), k -> new int[3]);
            counts[0]++;
            boolean isAuto = autoMatched(e, mine);
            boolean isFalse = falseAuto(e, mine);
            if (isAuto) {
                auto++;
                counts[1]++;
            }
            if (isFalse) {
                falseAuto++;
                counts[2]++;
                falseIds.add(e.paymentId());
            }
            if (mine.stream().anyMatch(a -> a.status() == ApplicationStatus.SUGGESTED)) {
                suggested++;
            } else if (mine.stream().allMatch(Application::isUnapplied)) {
                unapplied++;
            }
        }
        return new BenchmarkScore(expected.size(), auto, falseAuto, suggested, unapplied, per, falseIds);
    }

    private static boolean autoMatched(Expected e, List<Application> rows) {
        if (!e.decidable() || rows.isEmpty()) {
            return false;
        }
        Map<String, Expected.Row> want = new LinkedHashMap<>();
        e.rows().forEach(r -> want.put(r.invoiceNo(), r));
        int named = 0;
        BigDecimal unapplied = BigDecimal.ZERO;
        for (Application a : rows) {
            if (a.isUnapplied()) {
                unapplied = unapplied.add(a.appliedAmount());
                continue;
            }
            named++;
            Expected.Row w = want.get(a.invoiceNo());
            if (a.status() != ApplicationStatus.AUTO || w == null || !same(a, w)) {
                return false;
            }
        }
        return named == want.size() && close(unapplied, e.unapplied());
    }

    private static boolean falseAuto(Expected e, List<Application> rows) {
        Map<String, Expected.Row> want = new HashMap<>();
        e.rows().forEach(r -> want.put(r.invoiceNo(), r));
        for (Application a : rows) {
            if (a.status() != ApplicationStatus.AUTO) {
                continue;
            }
            Expected.Row w = want.get(a.invoiceNo());
            if (!e.decidable() || w == null || !same(a, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Application a, Expected.Row w) {
        return close(a.appliedAmount(), w.applied()) && close(a.discountAmount(), w.discount())
                && close(a.deductionAmount(), w.deduction());
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(CENT) <= 0;
    }
}
