package com.orderdesk.logic.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.collections.DunningLetterTemplate;
import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a dunning procedure keeps before it is saved. */
class DunningProcedureTest {
    private static DunningRun.Level level(int no, int days, int grace, String fee) {
        return new DunningRun.Level(no, days, grace, Money.of(fee), DunningLetterTemplate.byLevel(no), "Please pay.");
    }

    @Test
    void levelsWithDaysAscendingAndFeesOfZeroOrMoreMayBeSaved() {
        assertThat(DunningProcedure.problems(List.of(level(1, 0, 0, "0.00"), level(2, 30, 7, "15.00"),
                level(3, 60, 7, "35.00")))).isEmpty();
    }

    @Test
    void daysNotAscendingANegativeFeeAGapAndAnEmptyTextAreEachNamed() {
        List<String> problems = DunningProcedure.problems(List.of(level(1, 30, 0, "0.00"), level(2, 30, -1, "-5.00"),
                new DunningRun.Level(4, 90, 0, Money.ZERO, null, " ")));
        assertThat(problems).containsExactly(
                "Level 2: days past due (30) must be more than level 1's (30).",
                "Level 2: grace days must be 0 to 3650, not -1.",
                "Level 2: the fee must be zero or more.",
                "Level 3 is numbered 4; levels are numbered 1, 2, 3… in order.",
                "Level 3: choose the letter.",
                "Level 3: the letter text is empty.");
        assertThat(DunningProcedure.problems(List.of())).containsExactly("The procedure needs at least one level.");
    }
}
