package com.orderdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Problems found in input files, each located as {@code file:line: column: what}. */
final class InputProblems {
    private final List<String> messages = new ArrayList<>();

    void add(String file, long line, String column, String what) {
        messages.add(file + ":" + line + ": " + column + ": " + what);
    }

    /** A message already located by its author ({@code file:line: what}). */
    void addMessage(String located) {
        messages.add(located);
    }

    void addFile(String file, String what) {
        messages.add(file + ": " + what);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    void printTo(PrintWriter err) {
        messages.forEach(err::println);
        err.flush();
    }
}
