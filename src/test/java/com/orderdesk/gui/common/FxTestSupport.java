package com.orderdesk.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the (headless) JavaFX toolkit once and runs code on the FX thread for plain JUnit tests. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code work} on the FX thread and returns its result (rethrowing its failure). */
    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    public static void onFxRun(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until everything queued on the FX thread so far has run. */
    public static void drainFx() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
