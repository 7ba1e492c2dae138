package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowFitTest {

    @Test
    void onALaptopOf1366By768TheWindowFillsTheScreenInsteadOfRunningPastItsBottom() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 740); // 768 less a 28 px panel
        Rectangle2D fitted = WindowFit.fit(new Rectangle2D(120, 60, 900, 600), laptop);
        assertThat(fitted).isEqualTo(new Rectangle2D(0, 0, 1366, 740));
    }

    @Test
    void onALargeScreenTheWindowGrowsToItsLayoutSizeAndStaysWhereItWas() {
        Rectangle2D large = new Rectangle2D(0, 0, 2560, 1400);
        assertThat(WindowFit.fit(new Rectangle2D(200, 100, 900, 600), large))
                .isEqualTo(new Rectangle2D(200, 100, 1366, 840));
        // a window the person made larger keeps its size
        assertThat(WindowFit.fit(new Rectangle2D(0, 0, 1800, 1000), large)).isEqualTo(new Rectangle2D(0, 0, 1800, 1000));
    }

    @Test
    void aWindowThatWouldStickOutOfASecondScreenIsMovedBackInsideIt() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1920, 1040);
        Rectangle2D fitted = WindowFit.fit(new Rectangle2D(3000, 700, 900, 600), right);
        assertThat(fitted).isEqualTo(new Rectangle2D(3840 - 1366, 1040 - 840, 1366, 840));
    }
}
