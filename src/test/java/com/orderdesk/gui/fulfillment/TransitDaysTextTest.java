package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitDaysTextTest {
    @Test
    void theDemosGroundServiceReadsZoneByZone() {
        assertThat(TransitDaysText.words("1:1,2:2,3:3,4:4,5:5,6:5,7:6,8:7")).isEqualTo("zones 1-8: 1, 2, 3, 4, 5, 5, 6, 7 days");
    }

    @Test
    void oneFigureForEveryZone() {
        assertThat(TransitDaysText.words("*:2")).isEqualTo("2 days, every zone");
        assertThat(TransitDaysText.words("*:1")).isEqualTo("1 day, every zone");
    }

    @Test
    void zonesOutOfOrderWithGapsAndTheOthers() {
        assertThat(TransitDaysText.words("5:4, 1:1,2:1,*:6")).isEqualTo("zones 1-2: 1 day; zone 5: 4 days; other zones: 6 days");
        assertThat(TransitDaysText.words("3:1")).isEqualTo("zone 3: 1 day");
    }

    @Test
    void textThatCannotBeReadIsShownAsTyped() {
        assertThat(TransitDaysText.words("1:x")).isEqualTo("1:x");
        assertThat(TransitDaysText.words("")).isEqualTo("");
    }
}
