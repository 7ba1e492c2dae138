package com.orderdesk.logic.cash.intake;

import java.util.List;

/**
 * A bank file that cannot be imported. Importing is all-or-nothing: the file gives no payment
 * at all, and every problem found is listed, each as {@code file:line: what}.
 */
public class ImportException extends Exception {
    private final List<String> problems;

    public ImportException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** How many of one file's problems are listed before "and N more problems": enough to fix a file by, not a flood. */
    public static final int LISTED = 20;

    /**
     * Every problem, located, one line each (blank runs made single spaces), up to {@link #LISTED};
     * past that one line says how many more {@code fileName} has.
     */
    public List<String> listed(String fileName) {
        List<String> lines = new java.util.ArrayList<>();
        problems.stream().limit(LISTED).forEach(p -> lines.add(p.replaceAll("\\s+", " ")));
        int more = problems.size() - LISTED;
        if (more > 0) {
            lines.add(fileName + ": and " + more + " more problem" + (more == 1 ? "" : "s"));
        }
        return lines;
    }

    /** One line for a refusal: the first problem, located, and how many more there are. */
    public String summary() {
        String first = problems.get(0).replaceAll("\\s+", " ");
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ")";
    }
}
