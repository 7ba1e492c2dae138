package com.orderdesk.gui.common;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import javafx.application.Platform;

/**
 * The application as the jar starts it, with {@link FxPulseLog} on: every gap between FX pulses longer
 * than {@code -Dpulse.ms} (default 100) is appended to {@code -Dpulse.log} (default
 * /tmp/orderdesk-pulses.log) with the sampled cause. For measuring a warm application under Xvfb:
 * {@code java -cp target/orderdesk.jar:target/lib/*:target/test-classes com.orderdesk.gui.common.PulseLoggedDesk --db FILE};
 * a driver script may append its own "STEP" lines to the same file to mark what it does.
 */
public final class PulseLoggedDesk {
    private PulseLoggedDesk() {
    }

    public static void main(String[] args) throws IOException {
        String file = System.getProperty("pulse.log", "/tmp/orderdesk-pulses.log");
        long threshold = Long.getLong("pulse.ms", 100);
        PrintStream out = new PrintStream(new FileOutputStream(file, true), true, java.nio.charset.StandardCharsets.UTF_8);
        Thread waiter = new Thread(() -> {
            while (true) {
                try {
                    // often, so the log is on before the application's start() runs (which holds the thread
                    // before the first frame); polled every 100 ms it missed that hold in some runs
                    Thread.sleep(2);
                    Platform.runLater(() -> new FxPulseLog(threshold, out).start());
                    return;
                } catch (IllegalStateException notYet) {
                    // the toolkit is not started yet
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pulse log waiter");
        waiter.setDaemon(true);
        waiter.start();
        com.orderdesk.main.Launcher.main(args);
    }
}
