package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The credit-hold desk's sentences, without JavaFX. */
class HoldDeskTextTest {

    @Test
    void queueFooterCountsInTheRightNumber() {
        assertThat(HoldDeskText.shown(1, 1)).isEqualTo("1 held order shown of 1");
        assertThat(HoldDeskText.shown(12, 1204)).isEqualTo("12 held orders shown of 1,204");
        assertThat(HoldDeskText.loaded(10_000, 85)).isEqualTo("Credit-hold queue loaded: 10,000 orders in 85 ms");
    }

    @Test
    void whatAChangeToTheCustomerReleasedAndTheHoldButton() {
        assertThat(HoldDeskText.moved(0)).isEmpty();
        assertThat(HoldDeskText.moved(1)).isEqualTo("; 1 held order now passes and was released");
        assertThat(HoldDeskText.moved(3)).isEqualTo("; 3 held orders now pass and were released");
        assertThat(HoldDeskText.holdButton(true)).isEqualTo("Take off _manual hold");
        assertThat(HoldDeskText.holdButton(false)).isEqualTo("Put on _manual hold");
    }
}
