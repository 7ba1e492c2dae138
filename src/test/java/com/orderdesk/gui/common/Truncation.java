package com.orderdesk.gui.common;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * What a screen shows shortened with an ellipsis ("Ship...", "Sep 5, 2..."): a label that does not
 * fit draws fewer characters than it holds. Screen tests use it at the room a screen has at 1366 px.
 */
public final class Truncation {
    private Truncation() {
    }

    /**
     * The application's look (AtlantaFX Primer Light, as the shell sets it), for a screen test that
     * checks what reads whole: JavaFX's default look draws smaller, so a check under it passes what
     * the application cuts (call on the FX thread, e.g. in the test's start).
     */
    public static void applicationLook() {
        javafx.application.Application.setUserAgentStylesheet(Theme.atlantafxStylesheet(Theme.LIGHT_CSS));
    }

    /**
     * Runs {@code check} on the FX thread after a CSS and layout pass of the scene: a cell given a new
     * item shows its text shortened only once laid out, so a check before that could pass wrongly.
     */
    private static <T> T laidOut(Node root, java.util.concurrent.Callable<T> check) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Parent top = root.getScene().getRoot();
                top.applyCss();
                top.layout();
                return check.call();
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not lay out the screen to check it", e);
        }
    }

    /** Table column headers under {@code root} drawn shortened: their full titles. */
    public static List<String> cutHeaders(Node root) {
        return laidOut(root, () -> headers(root));
    }

    private static List<String> headers(Node root) {
        return root.lookupAll(".column-header .label").stream().map(n -> (Labeled) n)
                .filter(Truncation::isCut).map(l -> l.getText() + " (" + Math.round(l.getWidth()) + " px)").toList();
    }

    /** Table cells under {@code root} drawn shortened, except those of the columns named (meant to be cut, with a tooltip). */
    public static List<String> cutCells(Node root, String... exceptColumns) {
        Set<String> except = Set.of(exceptColumns);
        return laidOut(root, () -> root.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == null || !except.contains(c.getTableColumn().getText()))
                .filter(Truncation::isCut).map(c -> c.getText() + " (" + Math.round(c.getWidth()) + " px)").toList());
    }

    /** Labels and buttons under {@code root} (matching {@code selector}) drawn shortened. */
    public static List<String> cutLabels(Node root, String selector) {
        return laidOut(root, () -> root.lookupAll(selector).stream().filter(n -> n instanceof Labeled).map(n -> (Labeled) n)
                .filter(Truncation::isCut).map(Labeled::getText).toList());
    }

    /**
     * Text fields under {@code root} whose prompt text ("Empty: the next number") is wider than the
     * room inside the field: the skin clips it at the edge without an ellipsis ("Empty: the next numbe"),
     * so {@link #cutLabels} does not see it. Each as "prompt (its width px in the room)".
     */
    public static List<String> cutPrompts(Node root) {
        return laidOut(root, () -> root.lookupAll(".text-field").stream()
                .filter(n -> n instanceof javafx.scene.control.TextField f && f.isVisible() && f.getPromptText() != null
                        && !f.getPromptText().isEmpty())
                .map(n -> (javafx.scene.control.TextField) n)
                .filter(f -> promptWidth(f) > promptRoom(f) + 0.5)
                .map(f -> f.getPromptText() + " (" + Math.ceil(promptWidth(f)) + " px in " + Math.round(promptRoom(f)) + ")").toList());
    }

    private static double promptWidth(javafx.scene.control.TextField field) {
        Text text = new Text(field.getPromptText());
        text.setFont(field.getFont());
        return text.getLayoutBounds().getWidth();
    }

    /** The width the field's text (and prompt) is drawn in: inside its padding and border. */
    private static double promptRoom(javafx.scene.control.TextField field) {
        return field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
    }

    /** Columns of the table that lie (partly) beyond its right edge, to be reached only by scrolling sideways. */
    public static List<String> columnsOutOfView(javafx.scene.control.TableView<?> table) {
        return laidOut(table, () -> outOfView(table));
    }

    /**
     * Width inside the table that no column uses (an empty filler column at the right while text
     * is cut beside it), less the vertical scroll bar's width where one shows.
     */
    public static double unusedWidth(javafx.scene.control.TableView<?> table) {
        return laidOut(table, () -> {
            double bar = table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof javafx.scene.control.ScrollBar b && b.isVisible()
                            && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .mapToDouble(n -> ((javafx.scene.control.ScrollBar) n).getWidth()).max().orElse(0);
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar;
            return room - table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        });
    }

    /**
     * How much wider the column titled {@code title} is than its title and its widest drawn cell need
     * (a width fixed for the widest value there could ever be leaves room a name beside it needs).
     */
    public static double spareWidth(javafx.scene.control.TableView<?> table, String title) {
        return laidOut(table, () -> {
            var column = table.getVisibleLeafColumns().stream().filter(c -> title.equals(c.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no column " + title + " shown"));
            double need = 0;
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == column
                        && h.lookup(".label") instanceof Labeled l) {
                    need = l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset();
                }
            }
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> c && c.getTableColumn() == column && c.isVisible() && c.getText() != null) {
                    Text text = new Text(c.getText());
                    text.setFont(c.getFont());
                    need = Math.max(need, text.getLayoutBounds().getWidth() + c.snappedLeftInset() + c.snappedRightInset());
                }
            }
            var shown = table.getVisibleLeafColumns();
            if (shown.get(shown.size() - 1) == column && table.lookup(".show-hide-columns-button") instanceof javafx.scene.layout.Region corner
                    && corner.isVisible()) {
                need += corner.getWidth(); // the last title is laid out clear of the header's corner (menu button, bar)
            }
            return column.getWidth() - need;
        });
    }

    private static List<String> outOfView(javafx.scene.control.TableView<?> table) {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        java.util.List<String> out = new java.util.ArrayList<>();
        double right = 0;
        for (var c : table.getVisibleLeafColumns()) {
            right += c.getWidth();
            // a few pixels under the table's border are not "beyond the edge": the constrained policy
            // fills the table's width with or without its 1 px borders depending on the pass (seen in the suite)
            if (right > room + 4) {
                out.add(c.getText());
            }
        }
        return out;
    }

    private static boolean isCut(Labeled label) {
        String text = label.getText();
        if (text == null || text.isEmpty() || !label.isVisible()) {
            return false;
        }
        String shown = label.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse(text);
        if (label.isMnemonicParsing()) {
            text = text.replaceFirst("_(?=[^_])", ""); // "Take _discount" is drawn "Take discount"
        }
        return !shown.equals(text) && !text.contains("\n") && !label.isWrapText();
    }
}
