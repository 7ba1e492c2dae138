package com.orderdesk.app;

import picocli.CommandLine;

/**
 * The jar's main class. It must not extend {@code Application}: a plain class lets the JavaFX
 * runtime come from the class path (see STACK.md). With no subcommand it opens the window; with
 * one it runs headless and exits with the command's status.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine cli = OrderDeskCommand.commandLine();
        int status = cli.execute(args);
        if (!OrderDeskCommand.guiWasLaunched(cli)) {
            System.exit(status);
        }
    }
}
