package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.common.Views;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The administrator's routing settings in a window of their own. The window shows at once, saying
 * that the settings are loading; its view (three tables) is built in the background and the settings
 * read there too. It was built on the FX thread before the window showed, then filled: under load the
 * window stood blank and white for 4-20 s (keyboard tour of 6 December).
 */
public final class RoutingSettingsStage {
    private final RoutingSettingsController settings;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private Stage stage;
    private boolean built;

    public RoutingSettingsStage(RoutingSettingsController settings, UiTaskRunner tasks, DialogService dialogs) {
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Shows the window (made the first time), and loads the settings again. On the FX thread. */
    public void open() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Routing settings");
            var size = RoutingSettingsController.windowSize(Screen.getPrimary().getVisualBounds());
            Scene scene = new Scene(loadingView(), size.getWidth(), size.getHeight());
            Theme.style(scene);
            stage.setScene(scene);
            // FXML builds nodes that are in no scene yet: safe off the FX thread
            tasks.run(UiTasks.of(() -> Views.load(settings), view -> {
                scene.setRoot(view);
                settings.closeOnEscape(stage, scene);
                built = true;
                settings.refresh();
            }, e -> dialogs.error("The routing settings could not be shown: " + e.getMessage(), "Nothing was changed.",
                    "Close the window and try again.")));
        } else if (built) {
            settings.refresh();
        }
        stage.show();
        stage.toFront();
    }

    /** The window's stage once opened (for tests), or null. */
    Stage stage() {
        return stage;
    }

    /** What the window shows until its view is built: the same words as while the settings load. */
    static Parent loadingView() {
        Label label = new Label(Messages.bundle().getString("settings.loading"));
        label.setId("loadingLabel");
        VBox box = new VBox(12, new ProgressIndicator(), label);
        box.setAlignment(Pos.CENTER);
        box.setId("loadingPane");
        return box;
    }
}
