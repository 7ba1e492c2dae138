package com.orderdesk.logic.order;

/**
 * One thing wrong with a document, said as a sentence. {@code field} names the input (e.g.
 * "customer", "lines[2].quantity") so a screen can put the message next to it; {@code line} is the
 * 1-based line number or 0 for the header.
 */
public record ValidationProblem(String field, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "Line " + line + ": " + message : message;
    }
}
