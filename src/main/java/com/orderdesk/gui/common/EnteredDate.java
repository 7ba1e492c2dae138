package com.orderdesk.gui.common;

import java.time.LocalDate;

/**
 * A date as a picker holds it: the last date it read, and the sentence saying why the text now in
 * it is no date ({@code null} when it reads). Why: a picker keeps its last date under text it cannot
 * read ({@link DateEntry}), which a filter may use, but an action (a promise, a dunning run, a price's
 * dates) must not act on a date the field beside shows as unread; view models take this and read
 * {@link #date()}, which refuses with the field's sentence.
 */
public record EnteredDate(LocalDate kept, String unread) {
    public static EnteredDate of(LocalDate date) {
        return new EnteredDate(date, null);
    }

    /** The date to act on; throws {@link InputException} with the field's sentence while its text is no date. */
    public LocalDate date() {
        if (unread != null) {
            throw new InputException(unread);
        }
        return kept;
    }
}
