package com.orderdesk.logic.order;

import java.util.List;
import java.util.stream.Collectors;

/** A save refused because of what was typed; nothing was stored. */
public class OrderValidationException extends RuntimeException {
    private final transient List<ValidationProblem> problems;

    public OrderValidationException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
