package com.orderdesk.gui.common;

import com.orderdesk.gui.shell.StatusBarModel;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a TestFX screen test sets up around its screen, once per test: the dialogs it records,
 * the status bar, a two-thread task runner (shut down by {@link #close}), and the screen shown on
 * the test's stage in the app's theme. The book and the services stay the test's own.
 */
public final class ScreenFixture implements org.junit.jupiter.api.extension.AfterEachCallback {
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final StatusBarModel status = new StatusBarModel();
    public final UiTaskRunner tasks = new ExecutorTaskRunner(2);
    private Scene scene;

    /** Loads the controller's FXML and shows it on {@code stage} in a scene of the given size; call on the FX thread. */
    public Scene show(Stage stage, Object controller, double width, double height) {
        scene = new Scene(Views.load(controller), width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** The status bar's last message, or "" when none yet. */
    public String lastMessage() {
        return status.getLastMessage() == null ? "" : status.getLastMessage();
    }

    /** Stops the task runner (in the test's @AfterEach). */
    public void close() {
        tasks.shutdown();
    }

    /** A test that registers the fixture ({@code @RegisterExtension}) has its task runner stopped after each test. */
    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        close();
    }

    /**
     * Lets TestFX's window set-up take up to three minutes instead of one: on a shared, loaded
     * machine loading a screen can outlast the default. In the test's {@code @BeforeAll}.
     */
    public static void allowSlowSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(180_000, FxToolkit.toolkitContext().getSetupTimeoutInMillis()));
    }

    /**
     * Waits up to {@code seconds} for the condition, then for the FX events it queued; on time-out
     * fails saying the status bar's message, the focus, the dialogs asked and shown, and {@code more}
     * (the screen's own state), so a key test's failure says where the screen stood.
     */
    public void await(int seconds, BooleanSupplier condition, java.util.function.Supplier<String> more) throws Exception {
        try {
            waitUntil(seconds, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; status '" + lastMessage() + "', focus " + (scene == null ? null : scene.getFocusOwner())
                    + ", errors " + dialogs.errors + ", confirms " + dialogs.confirms + ", asked " + dialogs.reasonsAsked
                    + (more == null ? "" : ", " + more.get()), e);
        }
    }

    /** {@link #await(int, BooleanSupplier, java.util.function.Supplier)} with nothing of the screen's own to add. */
    public void await(int seconds, BooleanSupplier condition) throws Exception {
        await(seconds, condition, null);
    }

    /**
     * The shown scene's focus owner a moment after a key: a mnemonic moves the focus only once its
     * action ran, so this waits 300 ms and then for the FX events queued by then.
     */
    public Node settledFocus() {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return scene.getFocusOwner();
    }

    /** The id of {@link #settledFocus()}, or null when nothing has the focus. */
    public String settledFocusId() {
        Node n = settledFocus();
        return n == null ? null : n.getId();
    }

    /**
     * The id of {@link #settledFocus()} or of its nearest parent that has one: the editor inside a
     * date picker or an editable combo box has none of its own.
     */
    public String settledFocusOrParentId() {
        for (Node n = settledFocus(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return null;
    }

    /** Waits up to {@code seconds} for the condition, then for the FX events it queued. */
    public static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
