package com.orderdesk.logic.invoicing;

import java.util.List;

/** A credit memo that may not be issued, with each reason as a sentence a clerk can act on. */
public final class CreditRefusedException extends Exception {
    private final List<String> problems;

    public CreditRefusedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
