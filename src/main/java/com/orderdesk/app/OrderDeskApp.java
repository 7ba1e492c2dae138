package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.FxDialogService;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.Settings;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window opens at once with a progress bar while the database is
 * opened, migrated and (on a first start) filled with demo data off the FX thread; then the
 * sign-in form, and after it the main window with the work areas of the user's role.
 */
public final class OrderDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDeskApp.class);
    /** With -Dorderdesk.startupProbe=true the app prints the start-up time and exits (benchmark). */
    private static final boolean STARTUP_PROBE = Boolean.getBoolean("orderdesk.startupProbe");
    private static volatile Path requestedDb;

    private UiTaskRunner taskRunner;
    private AppServices services;

    static void launchWith(Path db) {
        requestedDb = db;
        Application.launch(OrderDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        Theme theme = Theme.forUser();
        theme.applyUserAgentStylesheet();
        taskRunner = new ExecutorTaskRunner(2);
        DialogService dialogs = new FxDialogService(() -> stage);
        DatabaseConfig config = Settings.load().database(requestedDb);

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        Label what = new Label("Opening " + config.displayName() + " ...");
        VBox splash = new VBox(12, new Label("Order Desk"), what, bar);
        splash.setAlignment(Pos.CENTER);
        splash.setPadding(new Insets(40));
        Scene scene = new Scene(splash, 1366, 840);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Order Desk");
        stage.show();

        Task<AppServices> opening = new Task<>() {
            @Override
            protected AppServices call() {
                return AppServices.start(config, Clock.systemDefaultZone(), p -> {
                    updateProgress(p, 1);
                    updateMessage("Preparing the demo book for a first start ... " + Math.round(p * 100) + " %");
                }, this::isCancelled);
            }
        };
        bar.progressProperty().bind(opening.progressProperty());
        opening.messageProperty().addListener((o, a, m) -> what.setText(m));
        opening.setOnSucceeded(e -> showMainWindow(stage, theme, dialogs, opening.getValue(), config));
        opening.setOnFailed(e -> {
            LOG.error("Could not open the database", opening.getException());
            dialogs.error("Order Desk could not open the database " + config.displayName() + ": "
                            + opening.getException().getMessage(), "Nothing was changed in it.",
                    "Check that the file is not read-only and the disk has room, or start with --db pointing to another file.",
                    opening.getException());
            Platform.exit();
        });
        taskRunner.run(opening);
    }

    private void showMainWindow(Stage stage, Theme theme, DialogService dialogs, AppServices services, DatabaseConfig config) {
        this.services = services;
        DeskSession session = new DeskSession(services, taskRunner, dialogs, theme, config.displayName(), areas -> {
            long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("Desk usable {} ms after JVM start", readyMs);
        });
        if (STARTUP_PROBE) {
            // the start-up benchmark measures the window as a clerk sees it, without typing a password
            long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            session.showSignIn(stage);
            Platform.runLater(() -> {
                System.out.println("startup-ms=" + readyMs);
                Platform.exit();
            });
            return;
        }
        session.showSignIn(stage);
    }

    @Override
    public void stop() {
        if (taskRunner != null) {
            taskRunner.shutdown();
        }
        if (services != null) {
            services.close();
        }
    }
}
