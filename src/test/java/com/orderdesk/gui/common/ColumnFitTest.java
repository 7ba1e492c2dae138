package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ColumnFit: a column that takes the spare room, trailing columns hidden rather than cut, text that wraps. */
class ColumnFitTest {
    record Node(String code, String name, int onHand) {
    }

    private static final String LONG = "Dallas-Fort Worth Distribution Center";

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void theFlexColumnTakesTheRoomTheOthersLeaveAndNeverLessThanItsOwnWidth() throws Exception {
        List<Double> widths = FxTestSupport.onFx(() -> {
            TableView<Node> table = table();
            StackPane pane = new StackPane(table);
            new Scene(pane, 700, 300);
            ColumnFit.fill(table, name(table));
            layout(pane);
            double wide = name(table).getWidth();
            double room = ColumnFit.room(table);
            double used = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            pane.resize(300, 300);
            layout(pane);
            return List.of(wide, room - used, name(table).getWidth());
        });
        // 700 px: no empty filler column at the right (the name has what the others leave)
        assertThat(widths.get(0)).isGreaterThan(400);
        assertThat(widths.get(1)).isBetween(-1.0, 1.0);
        // 300 px: the name keeps its own 150 (a sideways bar rather than a squeezed name)
        assertThat(widths.get(2)).isEqualTo(150.0);
    }

    @Test
    void columnsThatWouldShowCutAtTheRightEdgeWaitUntilThePaneIsWidened() throws Exception {
        List<List<String>> shown = FxTestSupport.onFx(() -> {
            TableView<Node> table = table();
            StackPane pane = new StackPane(table);
            new Scene(pane, 300, 300);
            ColumnFit.wholeOnly(table);
            layout(pane);
            List<String> narrow = visible(table);
            pane.resize(700, 300);
            layout(pane);
            return List.of(narrow, visible(table));
        });
        // code 90 + name 150 fit in 300 px; on hand (90) would show as a sliver
        assertThat(shown.get(0)).containsExactly("Node", "Name");
        assertThat(shown.get(1)).containsExactly("Node", "Name", "On hand");
    }

    @Test
    void aWrappingCellShowsItsTextWholeOnTwoLinesAndTheRowGrows() throws Exception {
        TableView<Node> table = FxTestSupport.onFx(() -> {
            Truncation.applicationLook();
            TableView<Node> t = table();
            ColumnFit.wrap(name(t));
            name(t).setPrefWidth(180); // one line needs about 260 px: two here
            t.getItems().add(0, new Node("DC-DFW", LONG, 1));
            StackPane pane = new StackPane(t);
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 400, 300));
            stage.show();
            return t;
        });
        Thread.sleep(300); // a few pulses: the row takes its height, then the cell lays its text out in it
        List<Object> seen = FxTestSupport.onFx(() -> {
            TableCell<?, ?> cell = table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                    .filter(c -> LONG.equals(c.getText())).findFirst().orElseThrow();
            String drawn = cell.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                    .findFirst().orElse("");
            List<Object> found = List.of(drawn, cell.getHeight(), cell.getTooltip() == null ? "" : cell.getTooltip().getText());
            table.getScene().getWindow().hide();
            return found;
        });
        assertThat(seen.get(0)).isEqualTo(LONG);
        assertThat((Double) seen.get(1)).as("row height").isGreaterThan(30);
        assertThat(seen.get(2)).isEqualTo(LONG);
    }

    @Test
    void aFillingColumnFitsAgainWhenRowsBringTheScrollBarAndWhenTheyTakeItAway() throws Exception {
        TableView<Node> table = shown(500, t -> ColumnFit.fill(t, name(t)));
        List<String> seen = new java.util.ArrayList<>();
        seen.add(state(table, "2 rows"));
        rows(table, 40); // taller than the table: the vertical bar shows
        seen.add(state(table, "42 rows"));
        rows(table, -40);
        seen.add(state(table, "2 rows again"));
        close(table);
        // no sideways bar, no column beyond the edge, no empty room beside the name, nothing cut
        assertThat(seen).containsExactly("2 rows: bar false, sideways false, unused 0, out [], cut []",
                "42 rows: bar true, sideways false, unused 0, out [], cut []",
                "2 rows again: bar false, sideways false, unused 0, out [], cut []");
    }

    @Test
    void aTrailingColumnHidesWhenTheScrollBarComesAndShowsWhenItGoes() throws Exception {
        // Node 90 + Name 180 + On hand 90 = 360 fit inside a table 364 wide (1 px borders), not beside its bar
        TableView<Node> table = shown(364, t -> {
            name(t).setPrefWidth(180); // "Chicago Branch Store" whole under the application's look
            ColumnFit.wholeOnly(t);
        });
        List<String> seen = new java.util.ArrayList<>();
        seen.add(state(table, "2 rows") + " " + visible(table));
        rows(table, 40);
        seen.add(state(table, "42 rows") + " " + visible(table));
        rows(table, -40);
        seen.add(state(table, "2 rows again") + " " + visible(table));
        close(table);
        assertThat(seen).containsExactly("2 rows: bar false, sideways false, unused 2, out [], cut [] [Node, Name, On hand]",
                "42 rows: bar true, sideways false, unused 84, out [], cut [] [Node, Name]",
                "2 rows again: bar false, sideways false, unused 2, out [], cut [] [Node, Name, On hand]");
    }

    /** A table {@code width} px wide with its two rows, in a shown window under the application's look. */
    private static TableView<Node> shown(double width, java.util.function.Consumer<TableView<Node>> fit) throws Exception {
        return FxTestSupport.onFx(() -> {
            Truncation.applicationLook();
            TableView<Node> t = table();
            fit.accept(t);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), width, 300));
            stage.show();
            return t;
        });
    }

    private static void rows(TableView<Node> table, int change) throws Exception {
        FxTestSupport.onFxRun(() -> {
            if (change > 0) {
                for (int i = 0; i < change; i++) {
                    table.getItems().add(new Node("ST-" + i, "Store " + i, i));
                }
            } else {
                table.getItems().remove(table.getItems().size() + change, table.getItems().size());
            }
        });
    }

    /** What the table shows once its layout has settled (a few pulses: the bar, then the fit, then the header). */
    private static String state(TableView<Node> table, String when) throws Exception {
        String now = "";
        for (int i = 0; i < 40; i++) { // the same answer twice, 100 ms apart: settled
            Thread.sleep(100);
            FxTestSupport.drainFx();
            String next = FxTestSupport.onFx(() -> when + ": bar " + bar(table, Orientation.VERTICAL)
                    + ", sideways " + bar(table, Orientation.HORIZONTAL)) + ", unused " + Math.round(Truncation.unusedWidth(table))
                    + ", out " + Truncation.columnsOutOfView(table) + ", cut " + cut(table);
            if (next.equals(now)) {
                return now;
            }
            now = next;
        }
        return now + " (not settled)";
    }

    private static List<String> cut(TableView<Node> table) {
        List<String> cut = new java.util.ArrayList<>(Truncation.cutHeaders(table));
        cut.addAll(Truncation.cutCells(table));
        return cut;
    }

    private static boolean bar(TableView<Node> table, Orientation orientation) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == orientation && b.isVisible());
    }

    private static void close(TableView<Node> table) throws Exception {
        FxTestSupport.onFxRun(() -> table.getScene().getWindow().hide());
    }

    private static void layout(StackPane pane) {
        pane.applyCss();
        pane.layout();
        pane.layout();
    }

    private static List<String> visible(TableView<Node> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<Node, String> name(TableView<Node> table) {
        return (TableColumn<Node, String>) table.getColumns().get(1);
    }

    private static TableView<Node> table() {
        TableView<Node> table = new TableView<>(FXCollections.observableArrayList(
                new Node("DC-ABE", "Allentown", 359), new Node("ST-CHI", "Chicago Branch Store", 13)));
        table.getColumns().add(TextColumn.of("Node", Node::code, 90));
        table.getColumns().add(TextColumn.of("Name", Node::name, 150));
        TableColumn<Node, Integer> onHand = new TableColumn<>("On hand");
        onHand.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().onHand()));
        onHand.setPrefWidth(90);
        table.getColumns().add(onHand);
        return table;
    }

    /**
     * A new tooltip for every cell update (a popup control each) was made for every row a list showed
     * or measured; sampled on the FX thread in a list's first fill (pulse log sweep of 6 December).
     */
    @Test
    void aCellKeepsOneTooltipWhoseTextFollowsItsRow() throws Exception {
        List<Object> seen = FxTestSupport.onFx(() -> {
            TableView<Node> table = table();
            List<Object> found = new java.util.ArrayList<>();
            for (java.util.function.Consumer<TableColumn<Node, String>> kind : List.<java.util.function.Consumer<TableColumn<Node, String>>>of(
                    ColumnFit::oneLine, ColumnFit::wrap, TextColumn::wholeInTooltip)) {
                kind.accept(name(table));
                TableCell<Node, String> cell = name(table).getCellFactory().call(name(table));
                cell.updateTableView(table);
                cell.updateTableColumn(name(table));
                cell.updateIndex(0);
                javafx.scene.control.Tooltip first = cell.getTooltip();
                cell.updateIndex(1);
                found.add(cell.getTooltip() == first);
                found.add(cell.getTooltip().getText());
            }
            return found;
        });
        assertThat(seen).containsExactly(true, "Chicago Branch Store", true, "Chicago Branch Store", true, "Chicago Branch Store");
    }
}
