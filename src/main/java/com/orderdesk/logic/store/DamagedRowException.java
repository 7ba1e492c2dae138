package com.orderdesk.logic.store;

/**
 * A row already in the book that cannot be read as what it claims to be (an unparsable date, an
 * unknown status, a customer that is gone). The message names the row and what is wrong, so a
 * list can leave that row out, say so, and show the rest.
 */
public final class DamagedRowException extends StoreException {
    private final String row;
    private final String problem;

    public DamagedRowException(String row, String problem) {
        super(row + ": " + problem);
        this.row = row;
        this.problem = problem;
    }

    /** "open_cents \"abc\" is not a whole number" */
    public String problem() {
        return problem;
    }

    /** "sales_order 17" */
    public String row() {
        return row;
    }
}
