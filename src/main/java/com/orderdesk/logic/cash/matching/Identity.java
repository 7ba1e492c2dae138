package com.orderdesk.logic.cash.matching;

/**
 * Who the engine believes paid, and on what evidence.
 *
 * @param customer the payer's customer index, or -1 when unidentified
 */
record Identity(int customer, Evidence evidence) {
    static final Identity NONE = new Identity(-1, Evidence.NONE);

    enum Evidence {
        ACCOUNT(1.00, "payer account"),
        NAME(0.99, "payer name"),
        REFERENCE_AND_NAME(0.98, "invoice ref and approximate payer name"),
        REFERENCE(0.96, "customer from invoice ref"),
        NAME_FUZZY(0.90, "payer name (approximate)"),
        NONE(0.0, "payer not identified");

        final double weight;
        final String text;

        Evidence(double weight, String text) {
            this.weight = weight;
            this.text = text;
        }

        /** Evidence that stands without the invoice references (account or exact name). */
        boolean independent() {
            return this == ACCOUNT || this == NAME;
        }
    }

    boolean known() {
        return customer >= 0;
    }
}
