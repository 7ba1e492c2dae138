package com.orderdesk.logic.capture.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateReaderTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static DateReader.DateMention only(String text) {
        List<DateReader.DateMention> found = DateReader.find(text, MONDAY);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsTheManyWaysADateIsWritten() {
        assertThat(only("deliver by 2026-12-14").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("need by 12/14/2026").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("need by 12/14/26").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("Liefertermin 14.12.2026").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("by Dec 14th").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("on 14 December").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("by the 3rd of January").date()).isEqualTo(LocalDate.of(2027, 1, 3)); // no year: the next one
        assertThat(only("deliver tomorrow").date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(only("by Friday").date()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(only("need it next week").date()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(only("by end of month").date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(only("ship in 2 weeks").date()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void saysWhetherADateIsTheRequestedOne() {
        assertThat(only("please deliver by 12/14").requested()).isTrue();
        assertThat(only("Order date: 12/01/2026").requested()).isFalse();
        assertThat(only("I am out of the office until December 14").requested()).isFalse();
    }

    @Test
    void aBareFractionIsASizeNotADateAndNextFridayIsInDoubtWhenItCouldBeTwoDays() {
        assertThat(DateReader.find("24 x 3/4 ball valve", MONDAY)).isEmpty();
        DateReader.DateMention next = only("need it next Friday");
        assertThat(next.doubt()).contains("2026-12-11").contains("2026-12-18");
        DateReader.DateMention fromSaturday = DateReader.find("need it next Friday", LocalDate.of(2026, 12, 12)).get(0);
        assertThat(fromSaturday.doubt()).isNull();
        assertThat(fromSaturday.date()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void aDateNeverSpansTwoLines() {
        List<DateReader.DateMention> found = DateReader.find("Please ship no later than 20th of December\n\n15 boxes of screws", MONDAY);
        assertThat(found).extracting(DateReader.DateMention::date).containsExactly(LocalDate.of(2026, 12, 20));
    }
}
