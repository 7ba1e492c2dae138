package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work areas' views, each built once at the area's first visit. With a loader the view (its FXML,
 * its controller and services) is built off the FX thread, one area at a time, while the shell shows
 * "Opening Orders..."; it goes in on the FX thread when built, if its area is still the one asked for
 * last (a second switch while one area loads ends on the last one asked). Built on the FX thread, a first
 * visit held the window 0.2-0.4 s idle and up to 9.3 s under load (performance.md, "The FX thread in the
 * application"). Without a loader the view is built on the FX thread, as the caller asks (tests).
 * Use on the FX thread only.
 */
final class AreaViews {
    private static final Logger LOG = LoggerFactory.getLogger(AreaViews.class);

    private final Map<WorkArea, Node> built = new HashMap<>();
    private final Set<WorkArea> building = new HashSet<>();
    /** What to do once an area's view is in front (a document to show in it); dropped when another area is asked for. */
    private final Map<WorkArea, List<Runnable>> afterShown = new HashMap<>();
    private final Executor loader;
    private final Supplier<WorkArea> selected;
    private final BiConsumer<WorkArea, Node> putIn;

    /**
     * @param loader   where views are built ({@code null}: on the FX thread, when asked)
     * @param selected the area asked for last
     * @param putIn    puts a view built in the background in front (on the FX thread)
     */
    AreaViews(Executor loader, Supplier<WorkArea> selected, BiConsumer<WorkArea, Node> putIn) {
        this.loader = loader;
        this.selected = selected;
        this.putIn = putIn;
    }

    /**
     * The area's view, or {@code null} while it is being built in the background: then {@code putIn} gets it
     * once built, provided the area is still the one asked for last.
     */
    Node viewOf(WorkArea area) {
        afterShown.keySet().removeIf(other -> other != area);
        Node view = built.get(area);
        if (view != null) {
            return view;
        }
        if (loader == null) {
            return buildHere(area);
        }
        buildInBackground(area);
        return null;
    }

    /** Builds on this thread; a view that failed is not kept, so the next visit (or Try again) builds it again. */
    private Node buildHere(WorkArea area) {
        try {
            Node view = area.createView();
            built.put(area, view);
            return view;
        } catch (RuntimeException e) {
            return failed(area, e);
        }
    }

    private void buildInBackground(WorkArea area) {
        if (building.add(area)) {
            loader.execute(() -> {
                RuntimeException failure = null;
                Node made = null;
                try {
                    made = area.createView();
                } catch (RuntimeException e) {
                    failure = e;
                }
                Node view = made;
                RuntimeException failed = failure;
                Platform.runLater(() -> arrived(area, view, failed));
            });
        }
    }

    /** Whether the area's view has been built (its hooks may touch its controls). */
    boolean isBuilt(WorkArea area) {
        return built.containsKey(area);
    }

    /** Runs {@code then} once {@code area} is in front with its view, now if it already is. */
    void whenShown(WorkArea area, Runnable then) {
        if (isBuilt(area) && selected.get() == area) {
            then.run();
        } else {
            afterShown.computeIfAbsent(area, a -> new ArrayList<>()).add(then);
        }
    }

    /** Called by the shell once the area's view is in front and its own hook ran. */
    void shown(WorkArea area) {
        List<Runnable> waiting = afterShown.remove(area);
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    /** What the shell shows while {@code area}'s view is being built. */
    static Node opening(WorkArea area) {
        Label label = new Label(Messages.get("shell.areaOpening", area.title()));
        label.getStyleClass().add("empty-placeholder");
        StackPane pane = new StackPane(label);
        pane.setId("areaOpening");
        return pane;
    }

    private void arrived(WorkArea area, Node view, RuntimeException failure) {
        building.remove(area);
        if (view != null) {
            built.put(area, view);
        }
        if (selected.get() == area) {
            putIn.accept(area, view != null ? view : failed(area, failure));
        }
    }

    /**
     * A broken screen must not take the window down: say so where the screen would be, with Try again.
     * The failure is not kept (a view whose FXML failed to load once stayed failed for the session): the
     * next visit builds it again too. Logged once per failed build.
     */
    private Node failed(WorkArea area, RuntimeException e) {
        LOG.error("Work area {} could not be built", area.id(), e);
        Label failed = new Label(Messages.get("shell.areaFailed", area.title(), String.valueOf(e.getMessage())));
        failed.getStyleClass().add("empty-placeholder");
        failed.setWrapText(true);
        Button again = new Button(Messages.get("shell.areaTryAgain"));
        again.setMnemonicParsing(true);
        again.setId("areaTryAgain");
        again.setOnAction(event -> {
            if (loader == null) {
                putIn.accept(area, buildHere(area));
            } else {
                // the view comes in through putIn once built, as at a first visit
                failed.setText(Messages.get("shell.areaOpening", area.title()));
                again.setDisable(true);
                buildInBackground(area);
            }
        });
        VBox box = new VBox(12, failed, again);
        box.setAlignment(Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.setId("areaFailed");
        return pane;
    }
}
