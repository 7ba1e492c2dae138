package com.orderdesk.main;

import com.orderdesk.persistence.DataLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/**
 * The jar's main class. It must not extend {@code Application}: a plain class lets the JavaFX
 * runtime come from the class path (a main class that extends Application makes the launcher demand JavaFX as modules). With no subcommand it opens the window; with
 * one it runs headless and exits with the command's status.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        prepareLogFolder();
        routeJavaUtilLogging();
        CommandLine cli = OrderDeskCommand.commandLine();
        int status = cli.execute(args);
        if (!OrderDeskCommand.guiWasLaunched(cli) || status != 0) {
            System.exit(status);
        }
    }

    /**
     * Some libraries log through java.util.logging, whose default handler prints to the terminal
     * (staedi printed "Starting interchange without control structure validation" in the middle of
     * {@code demo-data}'s progress). Routed to SLF4J, those records follow logback.xml like ours:
     * the file keeps them, the terminal shows only what logback lets through.
     */
    private static void routeJavaUtilLogging() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /**
     * The log goes to the data folder; this must happen before the first logger is created. When
     * the data folder cannot be made, a folder of this user's own under the temp folder (never a
     * file that other users of the machine share).
     */
    private static void prepareLogFolder() {
        if (System.getProperty("orderdesk.logdir") != null) {
            return;
        }
        Path folder = DataLocation.dataFolder();
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                // e.g. made by one run under sudo: the log would be lost, so the temp folder's instead
                throw new IOException(folder + " is not writable");
            }
        } catch (IOException | SecurityException e) {
            folder = Path.of(System.getProperty("java.io.tmpdir"), "orderdesk-" + System.getProperty("user.name", "user"));
        }
        System.setProperty("orderdesk.logdir", folder.toString());
    }
}
