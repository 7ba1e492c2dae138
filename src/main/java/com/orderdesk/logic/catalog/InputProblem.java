package com.orderdesk.logic.catalog;

/**
 * One thing wrong with what a person typed or a file row holds, located: {@code line} is the
 * file's line number (0 for a form), {@code column} the file's column or the form's field, and
 * {@code message} says what is wrong and what is allowed.
 */
public record InputProblem(long line, String column, String message) {
    /** {@code FILE:LINE: column: what is wrong}, the house format for import problems. */
    public String located(String file) {
        return file + ":" + line + ": " + column + ": " + message;
    }

    @Override
    public String toString() {
        return line > 0 ? "Line " + line + ": " + column + ": " + message : column + ": " + message;
    }
}
