package com.orderdesk.logic.tax;

/** A state code that the sales tax table does not know (a typo, a territory, a foreign address). */
public class UnknownStateException extends IllegalArgumentException {
    public UnknownStateException(String message) {
        super(message);
    }
}
