package com.orderdesk.app;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.Shell;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the services once, then shows the main window. Work areas are
 * registered in {@link #workAreas()}; only built screens belong there.
 */
public final class OrderDeskApp extends Application {
    private static volatile Path requestedDb;

    private UiTaskRunner taskRunner;

    static void launchWith(Path db) {
        requestedDb = db;
        Application.launch(OrderDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        Theme theme = Theme.forUser();
        theme.applyUserAgentStylesheet();
        taskRunner = new ExecutorTaskRunner(2);
        StatusBarModel status = new StatusBarModel();
        status.setDatabase(requestedDb == null ? "" : requestedDb.toAbsolutePath().toString());

        Shell shell = Shell.builder()
                .areas(workAreas())
                .status(status)
                .theme(theme)
                .build();
        shell.show(stage);
    }

    /** The screens of the application, in rail order (Ctrl+1 is the first). */
    private List<WorkArea> workAreas() {
        List<WorkArea> areas = new ArrayList<>();
        // Screens register here, e.g. areas.add(OrderEntryArea.create(services, taskRunner, status));
        return areas;
    }

    @Override
    public void stop() {
        if (taskRunner != null) {
            taskRunner.shutdown();
        }
    }
}
