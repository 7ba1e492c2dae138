package com.orderdesk.gui.credit;

/** The credit-hold desk's sentences, in plain Java (no JavaFX). */
final class HoldDeskText {
    private HoldDeskText() {
    }

    /** Below the queue: "12 held orders shown of 40" ("held order" when the queue holds one). */
    static String shown(int visible, int all) {
        return String.format(all == 1 ? "%,d held order shown of %,d" : "%,d held orders shown of %,d", visible, all);
    }

    /** After a change to the customer: what it released, or nothing ("; 2 held orders now pass and were released"). */
    static String moved(int moved) {
        return moved == 0 ? "" : moved == 1 ? "; 1 held order now passes and was released" : "; " + moved
                + " held orders now pass and were released";
    }

    /** The manual hold button, by whether the customer is on it now. */
    static String holdButton(boolean onManualHold) {
        return onManualHold ? "Take off _manual hold" : "Put on _manual hold";
    }

    /** "Credit-hold queue loaded: 1,204 orders in 85 ms". */
    static String loaded(int orders, long millis) {
        return String.format("Credit-hold queue loaded: %,d orders in %d ms", orders, millis);
    }
}
