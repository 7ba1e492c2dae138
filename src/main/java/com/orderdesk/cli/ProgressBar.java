package com.orderdesk.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn in place ({@code \r}) as a long command goes on. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    void say(String line) {
        err.println(line);
        err.flush();
    }

    void show(String label, double done, int days) {
        int percent = (int) Math.floor(done * 100);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = (int) Math.round(done * WIDTH);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + " % of "
                + days + " days");
        err.flush();
    }

    void done() {
        err.println();
        err.flush();
        lastPercent = -1;
    }
}
