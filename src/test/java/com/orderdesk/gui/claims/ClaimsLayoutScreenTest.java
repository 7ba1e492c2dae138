package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The claims queue in the room the desk has at 1366 x 768 (1258 x 700), with the demo book's
 * longest case customer and widest status. Tour of 6 December: the customer was cut ("High Plains
 * Senior...", "Midwest Veterinar...") beside status, invoice and owner columns with room to spare,
 * and the note's prompt read "why (goes on the documen".
 */
@ExtendWith(ApplicationExtension.class)
class ClaimsLayoutScreenTest extends ScreenTestOnOneBook {
    private static final String LONGEST = ClaimsDeskScreen.LONGEST;
    private static ClaimsFixture f;
    private Parent root;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        // the demo's longest name among its cases
        f = ClaimsDeskScreen.twoDeductionsOfTheLongestName(book);
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.showAsTheAppLooks(stage, screen, ClaimsDeskScreen.desk(f, screen), 1258);
        root = stage.getScene().getRoot();
    }

    @Test
    void theCustomerReadsWholeBesideColumnsAsWideAsTheirValues(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 2);
        // the demo's day: a case waiting on the customer, owned, for a quantity short
        book.db.write(s -> s.createNativeMutationQuery("UPDATE claim_case SET status = 'WAITING_ON_CUSTOMER', owner = 'arthur',"
                + " reason = 'QUANTITY_SHORT' WHERE case_no = 'CASE-100001'").executeUpdate());
        robot.interact(controller::refresh);
        ScreenFixture.waitUntil(30, () -> queue.getItems().stream().anyMatch(r -> r.toString().contains("WAITING_ON_CUSTOMER")));

        assertThat(Truncation.columnsOutOfView(queue)).as("columns past the queue's edge").isEmpty();
        assertThat(Truncation.unusedWidth(queue)).as("room no column uses").isLessThan(2);
        assertThat(Truncation.cutHeaders(queue)).isEmpty();
        // every cell whole: "Midwest Veterinary Clinic Corp." and "Waiting on customer" too
        assertThat(Truncation.cutCells(queue)).as("cells cut").isEmpty();
        assertThat(robot.from(queue).lookup((javafx.scene.control.TableCell<?, ?> c) -> LONGEST.equals(c.getText())).tryQuery())
                .as("the customer's name in the queue").isPresent();
        // the note's prompt reads whole in the evidence pane's field; its labels and buttons too, narrower now
        assertThat(Truncation.cutPrompts(root)).as("prompts clipped").isEmpty();
        assertThat(Truncation.cutLabels(root, ".label")).as("labels cut").isEmpty();
        assertThat(Truncation.cutLabels(root, ".button")).as("buttons cut").isEmpty();
        javafx.scene.control.TextField valid = robot.lookup("#validField").queryAs(javafx.scene.control.TextField.class);
        assertThat(valid.getWidth()).as("valid amount field").isGreaterThanOrEqualTo(valid.prefWidth(-1) - 0.5);
    }

    /**
     * Tour of 6 December: the evidence wrapped its text well short of the pane's right edge (12 px of
     * padding each side, keys 80 px wide), cut its title and earlier cases ("..."), and squeezed the
     * lines' quantities into 16 px slivers.
     */
    @Test
    void theEvidenceUsesThePanesWidth(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 2);
        robot.interact(() -> queue.getSelectionModel().selectFirst());
        ScreenFixture.waitUntil(30, () -> robot.lookup("#proposalReasons").tryQuery().isPresent());
        javafx.scene.control.ScrollPane pane = robot.lookup("#evidence").queryAs(javafx.scene.control.ScrollPane.class);

        // each line that wraps ends within a few pixels of the pane's right edge, its bar and the evidence's 4 px
        java.util.List<String> short_ = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            root.applyCss();
            root.layout();
            double bar = pane.lookupAll(".scroll-bar").stream().filter(n -> n instanceof javafx.scene.control.ScrollBar b
                    && b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible())
                    .mapToDouble(n -> ((javafx.scene.control.ScrollBar) n).getWidth()).sum();
            double right = pane.localToScene(pane.getLayoutBounds()).getMaxX() - bar;
            return pane.getContent().lookupAll(".label").stream().map(n -> (javafx.scene.control.Label) n)
                    .filter(l -> l.isWrapText() && l.prefWidth(-1) > l.getWidth() + 1)
                    .filter(l -> l.localToScene(l.getLayoutBounds()).getMaxX() < right - 4 - 1)
                    .map(l -> l.getText().substring(0, Math.min(24, l.getText().length())) + " ends "
                            + Math.round(right - l.localToScene(l.getLayoutBounds()).getMaxX()) + " px short").toList();
        }).get();
        assertThat(short_).as("wrapped lines that end short of the pane's edge").isEmpty();
        javafx.scene.Node reasons = robot.lookup("#proposalReasons").query();
        assertThat(reasons.getLayoutBounds().getWidth()).as("the reasons' width in the %.0f px pane", pane.getWidth())
                .isGreaterThanOrEqualTo(pane.getWidth() - 8 - 4 - 4 - 12);
        assertThat(Truncation.cutLabels(pane.getContent(), ".label")).as("evidence cut").isEmpty();
        TableView<?> lines = robot.lookup("#evidenceLines").queryAs(TableView.class);
        assertThat(Truncation.cutHeaders(lines)).as("the lines' titles cut").isEmpty();
        assertThat(Truncation.cutCells(lines, "Description")).as("the lines' cells cut").isEmpty();
    }

    /**
     * Tour of 6 December: with each block's keys as wide as its own longest key, the values of the case
     * started at one x, the invoice's ("Amounts") at another and the order's at a third; and a key beside
     * a value wrapped over two lines sat between them, not at its first line.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyBlocksValuesStartAtOneXBesideTheirKeysFirstLine(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 2);
        // the case whose invoice was paid short: its evidence has the case, invoice, order and payment blocks
        robot.interact(() -> queue.getItems().stream().filter(r -> r.toString().contains("INV-010001")).findFirst()
                .ifPresent(r -> ((TableView<Object>) queue).getSelectionModel().select(r)));
        ScreenFixture.waitUntil(30, () -> robot.lookup(".label").queryAll().stream()
                .anyMatch(l -> "Deduction".equals(((javafx.scene.control.Label) l).getText())));
        javafx.scene.control.ScrollPane pane = robot.lookup("#evidence").queryAs(javafx.scene.control.ScrollPane.class);

        record Pair(javafx.scene.control.Label key, javafx.scene.control.Label value) { }
        java.util.List<Pair> pairs = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            root.applyCss();
            root.layout();
            java.util.List<Pair> found = new java.util.ArrayList<>();
            for (javafx.scene.Node n : ((Parent) pane.getContent()).getChildrenUnmodifiable()) {
                if (!(n instanceof javafx.scene.layout.GridPane g)) {
                    continue;
                }
                for (javafx.scene.Node k : g.getChildren()) {
                    if (javafx.scene.layout.GridPane.getColumnIndex(k) == 0) {
                        g.getChildren().stream().filter(v -> javafx.scene.layout.GridPane.getColumnIndex(v) == 1
                                && javafx.scene.layout.GridPane.getRowIndex(v).equals(javafx.scene.layout.GridPane.getRowIndex(k)))
                                .findFirst().ifPresent(v -> found.add(new Pair((javafx.scene.control.Label) k,
                                        (javafx.scene.control.Label) v)));
                    }
                }
            }
            return found;
        }).get();
        assertThat(pairs.stream().map(p -> p.key().getText()))
                .as("the blocks' keys").contains("Customer", "Invoice", "Amounts", "Ordered", "Payment", "Deduction");
        java.util.Map<Long, java.util.List<String>> byX = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> pairs.stream()
                .collect(java.util.stream.Collectors.groupingBy(p -> Math.round(p.value().localToScene(p.value().getLayoutBounds()).getMinX()),
                        java.util.TreeMap::new, java.util.stream.Collectors.mapping(p -> p.key().getText(), java.util.stream.Collectors.toList()))))
                .get();
        assertThat(byX).as("the x where each key's value starts").hasSize(1);
        // a value wrapped over lines: its key at its first line, as a form has it
        java.util.List<String> lowKeys = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> pairs.stream()
                .filter(p -> Math.abs(p.key().localToScene(p.key().getLayoutBounds()).getMinY()
                        - p.value().localToScene(p.value().getLayoutBounds()).getMinY()) > 1)
                .map(p -> p.key().getText()).toList()).get();
        assertThat(lowKeys).as("keys not at their value's first line").isEmpty();
        assertThat(pairs.stream().filter(p -> p.value().getHeight() > p.key().getHeight() + 4).map(p -> p.key().getText()))
                .as("values that wrap in the pane (so the test sees one)").isNotEmpty();
        assertThat(Truncation.cutLabels(pane.getContent(), ".label")).as("evidence cut").isEmpty();
    }
    /**
     * At 1024 x 768 the filters wrap as label-and-field groups: tour15 (7 December, arthur) saw "Min. age" end the first
     * row with its field alone at the start of the second, beside "Min. amount" (UX.md: a FlowPane of label-and-field groups).
     */
    @Test
    void eachFilterKeepsItsLabelOnItsRowAt1024(FxRobot robot) throws Exception {
        try {
            for (double width : new double[] {com.orderdesk.gui.common.Room.AT_1024, com.orderdesk.gui.common.Room.AT_1366}) {
                com.orderdesk.gui.common.Room.widen(robot, root, width);
                java.util.List<String> apart = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                    root.applyCss();
                    root.layout();
                    java.util.List<String> out = new java.util.ArrayList<>();
                    for (javafx.scene.Node n : root.lookupAll(".label")) {
                        if (n instanceof javafx.scene.control.Label l && l.getLabelFor() != null && l.isVisible()) {
                            double labelY = l.localToScene(l.getBoundsInLocal()).getCenterY();
                            javafx.geometry.Bounds field = l.getLabelFor().localToScene(l.getLabelFor().getBoundsInLocal());
                            if (labelY < field.getMinY() || labelY > field.getMaxY()) {
                                out.add("'" + l.getText() + "' not on its field's row");
                            }
                        }
                    }
                    return out;
                }).get();
                assertThat(apart).as("at %.0f px", width).isEmpty();
            }
        } finally {
            com.orderdesk.gui.common.Room.widen(robot, root, com.orderdesk.gui.common.Room.AT_1366);
        }
    }
}
