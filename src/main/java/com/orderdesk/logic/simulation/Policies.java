package com.orderdesk.logic.simulation;

import java.util.Locale;

/**
 * The choices a run is made under, so that two runs on the same business and seed show what one
 * part of Order Desk is worth: the router's optimal plans or nearest-first, orders captured from
 * the inbox or keyed by a clerk, cash matched by the engine or by an exact-reference rule, and
 * collections (dunning letters, calls and promises) on or off.
 */
public record Policies(Routing routing, Capture capture, Matching matching, Collections collections) {
    public static final Policies DEFAULT = new Policies(Routing.OPTIMAL, Capture.INBOX, Matching.ENGINE, Collections.ON);

    public enum Routing {
        OPTIMAL("optimal"), NEAREST_FIRST("nearest-first");

        private final String word;

        Routing(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public enum Capture { INBOX, KEYED }

    public enum Matching { ENGINE, RULES }

    public enum Collections { ON, OFF }

    /** The option value as typed ({@code nearest-first}, {@code keyed}...) for {@code type}, or an exception naming the allowed ones. */
    public static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (word(e).equals(v)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : "|").append(word(e));
        }
        throw new IllegalArgumentException(option + ": \"" + value + "\" is not one of " + allowed);
    }

    public static String word(Enum<?> e) {
        return e instanceof Routing r ? r.word() : e.name().toLowerCase(Locale.ROOT);
    }

    /** One line naming the four choices, for the report's column heads. */
    public String label() {
        return "routing " + word(routing) + ", capture " + word(capture) + ", matching " + word(matching)
                + ", collections " + word(collections);
    }
}
