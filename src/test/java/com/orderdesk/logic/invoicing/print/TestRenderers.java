package com.orderdesk.logic.invoicing.print;

import com.orderdesk.reporting.DocumentRenderer;

/** The one renderer of the test run (templates compiled once for every test class that prints). */
public final class TestRenderers {
    private TestRenderers() {
    }

    public static DocumentRenderer demo() {
        return PrintFixtures.RENDERER;
    }
}
