package com.orderdesk.logic.catalog;

import java.util.List;

/** A change or import refused for what was given, with every problem found (nothing was stored). */
public final class InputRefusedException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InputRefusedException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "Refused" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
