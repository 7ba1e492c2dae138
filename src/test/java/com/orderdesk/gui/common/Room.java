package com.orderdesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Controls a screen lays out where nobody sees them whole: past the window's right edge (a screen
 * wider than the 916 px a 1024 x 768 window leaves beside the rail), past the edge of the split pane
 * side that holds them (the split pane clips them), or past a scroll pane's view to the right (reached
 * only by scrolling sideways). Each as "id or text ends at X of Y".
 */
public final class Room {
    private Room() {
    }

    /** The width of the window's inside beside the navigation rail at 1024 x 768 (and its height under the menus). */
    public static final double AT_1024 = 916;
    /** The same at 1366 x 768. */
    public static final double AT_1366 = 1258;

    /**
     * What reads badly under {@code root}: controls outside the room ({@link #outside}), and buttons,
     * labels and combo boxes' shown values drawn shortened ("All ...").
     */
    public static List<String> problems(Parent root) {
        List<String> all = new ArrayList<>(outside(root));
        all.addAll(cut(root));
        return all;
    }

    /**
     * Buttons, labels, check boxes and combo boxes' shown values drawn shortened, among those shown (a
     * hidden progress bar's "Cancel" or a table's placeholder behind its rows has no room and needs none).
     */
    public static List<String> cut(Parent root) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Parent top = root.getScene().getRoot();
                top.applyCss();
                top.layout();
                List<String> out = new ArrayList<>();
                for (Node n : root.lookupAll("*")) {
                    if (n instanceof javafx.scene.control.Labeled l && shown(n) && isCut(l)) {
                        out.add("'" + l.getText() + "' cut");
                    }
                }
                return out;
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not lay out the screen to check it", e);
        }
    }

    /** As {@link Truncation}: the text drawn is not the text held, on one line (a wrapping label is never cut). */
    private static boolean isCut(javafx.scene.control.Labeled label) {
        String text = label.getText();
        if (text == null || text.isEmpty() || label.isWrapText() || text.contains("\n")
                || label instanceof javafx.scene.control.TitledPane // its ".text" lookup finds its content's texts
                || label instanceof javafx.scene.control.TableCell<?, ?> || inside(label, TableView.class)
                        && !label.getStyleClass().contains("label")) {
            return false;
        }
        String shown = label.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text)
                .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse(text);
        if (label.isMnemonicParsing()) {
            text = text.replaceFirst("_(?=[^_])", "");
        }
        return !shown.equals(text);
    }

    /** Sets the window's inside to {@code width} and waits for the layout. */
    public static void widen(org.testfx.api.FxRobot robot, Parent root, double width) throws Exception {
        robot.interact(() -> root.getScene().getWindow().setWidth(width));
        ScreenFixture.waitUntil(10, () -> Math.abs(root.getScene().getWidth() - width) < 1);
    }

    public static List<String> outside(Parent root) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Parent top = root.getScene().getRoot();
                top.applyCss();
                top.layout();
                double window = root.getScene().getWidth();
                List<String> out = new ArrayList<>();
                for (Node n : root.lookupAll("*")) {
                    if (!isControl(n) || !shown(n)) {
                        continue;
                    }
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    double edge = Math.min(window, edgeOfEnclosingView(n));
                    if (b.getMaxX() > edge + 0.5) {
                        out.add(name(n) + " ends at " + Math.round(b.getMaxX()) + " of " + Math.round(edge));
                    }
                }
                return out;
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not lay out the screen to check it", e);
        }
    }

    private static boolean isControl(Node n) {
        if (inside(n, TableView.class) || inside(n, ComboBoxBase.class) || inside(n, javafx.scene.control.ListView.class)) {
            return false; // the control itself is checked, not its cells and arrows
        }
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase<?>
                || n instanceof TableView<?> || n instanceof Label l && l.getText() != null && !l.getText().isBlank();
    }

    private static boolean inside(Node n, Class<?> kind) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (kind.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The right edge (in the scene) of the nearest split pane side or scroll pane view holding the node. */
    private static double edgeOfEnclosingView(Node n) {
        double edge = Double.MAX_VALUE;
        Node child = n;
        for (Parent p = n.getParent(); p != null; child = p, p = p.getParent()) {
            if (p instanceof SplitPane split && split.getItems().contains(child) || p instanceof ScrollPane) {
                Node view = p instanceof ScrollPane scroll ? viewport(scroll) : child;
                edge = Math.min(edge, view.localToScene(view.getLayoutBounds()).getMaxX());
            }
        }
        return edge;
    }

    private static Node viewport(ScrollPane scroll) {
        Node view = scroll.lookup(".viewport");
        return view != null ? view : scroll;
    }

    private static String name(Node n) {
        if (n.getId() != null) {
            return "#" + n.getId();
        }
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            return "'" + l.getText() + "'";
        }
        return n.getClass().getSimpleName();
    }
}
