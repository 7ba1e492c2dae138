package com.orderdesk.logic.company;

/**
 * Reads a logo file the way the printed documents will (a port kept with the plain rules, so the reporting adapter may implement
 * it with the same image and SVG machinery the reports use), so a logo that would not print is
 * refused when chosen rather than when the invoices run.
 */
@FunctionalInterface
public interface LogoReader {
    /** Most bytes a logo may have: a letterhead logo has no need of more. */
    int MAX_BYTES = 1024 * 1024;

    /**
     * What the bytes are.
     *
     * @throws IllegalArgumentException with a sentence for the form: not PNG or SVG, unreadable,
     *                                  too large, too small, or refers to files or scripts
     */
    Facts read(byte[] bytes);

    /** @param type "png" or "svg"; width and height in pixels (SVG: its own units) */
    record Facts(String type, int width, int height) {
    }
}
