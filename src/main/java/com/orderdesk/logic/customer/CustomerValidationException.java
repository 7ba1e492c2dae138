package com.orderdesk.logic.customer;

import java.util.List;
import java.util.stream.Collectors;

/** A save refused because of what was typed; nothing was stored, and every problem is listed. */
public class CustomerValidationException extends RuntimeException {
    private final transient List<CustomerProblem> problems;

    public CustomerValidationException(List<CustomerProblem> problems) {
        super(problems.stream().map(CustomerProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CustomerProblem> problems() {
        return problems;
    }
}
