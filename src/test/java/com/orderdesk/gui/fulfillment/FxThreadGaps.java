package com.orderdesk.gui.fulfillment;

import javafx.animation.AnimationTimer;

/**
 * The longest the FX thread went without drawing a frame while it ran: an animation timer asks for a
 * frame every pulse (some 16 ms), so a gap between two frames is the time the thread was held by other
 * work. Start and stop on the FX thread.
 */
final class FxThreadGaps extends AnimationTimer {
    private long last;
    private long longest;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
        }
        last = now;
    }

    /** Forgets the gaps so far: the next {@link #longestMillis()} is of what follows alone. */
    void forget() {
        longest = 0;
    }

    /** The longest gap between two frames so far, in milliseconds. */
    long longestMillis() {
        return longest / 1_000_000;
    }
}
