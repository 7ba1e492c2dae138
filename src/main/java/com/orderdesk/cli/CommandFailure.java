package com.orderdesk.cli;

/**
 * Ends a command with one line on standard error and an exit status: 2 for what the user must
 * change (a bad database, missing or wrong credentials, a permission the user lacks), 1 for work
 * that failed part way.
 */
public final class CommandFailure extends RuntimeException {
    private final int exitStatus;

    public CommandFailure(int exitStatus, String message) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
