package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ContentWidth: short columns as wide as their widest value (or title), again each time the rows change. */
class ContentWidthTest {
    record Payment(String number, String amount) {
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void aColumnIsAsWideAsItsWidestValueOrItsTitleAndFollowsTheRows() throws Exception {
        ObservableList<Payment> rows = FXCollections.observableArrayList();
        TableView<Payment> table = FxTestSupport.onFx(() -> {
            Truncation.applicationLook();
            TableView<Payment> t = new TableView<>();
            t.getColumns().setAll(List.of(column("Payment", Payment::number), column("Amount", Payment::amount)));
            ContentWidth.fit(t, List.of(t.getColumns().get(0), t.getColumns().get(1)));
            t.setItems(rows); // as a screen does: the columns first, then its (filtered) list
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), 600, 300));
            stage.show();
            return t;
        });
        List<Double> empty = widths(table);
        FxTestSupport.onFxRun(() -> rows.setAll(new Payment("PMT-100001", "12.00"), new Payment("PMT-100002", "103,103.12")));
        List<Double> full = widths(table);
        FxTestSupport.onFxRun(() -> rows.remove(1));
        List<Double> fewer = widths(table);
        List<String> cut = FxTestSupport.onFx(() -> Truncation.cutCells(table));
        FxTestSupport.onFxRun(() -> table.getScene().getWindow().hide());

        // no rows: the titles whole; rows: the widest value whole, and no more than that
        assertThat(empty.get(1)).isLessThan(full.get(1));
        assertThat(full.get(1)).as("Amount for 103,103.12").isGreaterThan(fewer.get(1));
        assertThat(fewer.get(1)).as("Amount for its title").isEqualTo(empty.get(1));
        assertThat(cut).isEmpty();
        assertThat(full.get(0)).as("Payment for PMT-100001").isGreaterThan(empty.get(0)).isLessThan(120);
    }

    @Test
    void aNewFontInTheTableMeasuresItsColumnsAgain() throws Exception {
        ObservableList<Payment> rows = FXCollections.observableArrayList(new Payment("PMT-100001", "3,103.12"));
        TableView<Payment> table = FxTestSupport.onFx(() -> {
            Truncation.applicationLook();
            TableView<Payment> t = new TableView<>();
            t.getColumns().setAll(List.of(column("Payment", Payment::number), column("Amount", Payment::amount)));
            ContentWidth.fit(t, List.of(t.getColumns().get(0), t.getColumns().get(1)));
            t.setItems(rows);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), 600, 300));
            stage.show();
            return t;
        });
        List<Double> before = widths(table);
        // as a screen test that shows its screen and then turns to the application's look (its font is larger)
        FxTestSupport.onFxRun(() -> table.setStyle("-fx-font-size: 22px;"));
        List<Double> after = widths(table);
        List<String> cutCells = FxTestSupport.onFx(() -> Truncation.cutCells(table));
        List<String> cutHeaders = FxTestSupport.onFx(() -> Truncation.cutHeaders(table));
        FxTestSupport.onFxRun(() -> table.getScene().getWindow().hide());

        assertThat(after.get(0)).as("Payment in the larger font").isGreaterThan(before.get(0) + 10);
        assertThat(after.get(1)).as("Amount in the larger font").isGreaterThan(before.get(1) + 10);
        assertThat(cutCells).isEmpty();
        assertThat(cutHeaders).isEmpty();
    }

    /**
     * A column shown later gets its header label in a later layout pass than the one that showed it;
     * measured before that, its title counted for nothing and the column stayed as narrow as its
     * values ("Days (31 px)" on the collections worklist, clean-clone CI runs of 6 December).
     */
    @Test
    void aColumnShownLaterIsAsWideAsItsTitle() throws Exception {
        ObservableList<Payment> rows = FXCollections.observableArrayList(new Payment("PMT-100001", "3"));
        TableView<Payment> table = FxTestSupport.onFx(() -> {
            Truncation.applicationLook();
            TableView<Payment> t = new TableView<>();
            t.getColumns().setAll(List.of(column("Payment", Payment::number), column("Days past due", Payment::amount)));
            t.getColumns().get(1).setVisible(false);
            ContentWidth.fit(t, List.of(t.getColumns().get(1)));
            t.setItems(rows);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), 600, 300));
            stage.show();
            return t;
        });
        widths(table);
        FxTestSupport.onFxRun(() -> table.getColumns().get(1).setVisible(true));
        List<Double> shown = widths(table);
        List<String> cutHeaders = FxTestSupport.onFx(() -> Truncation.cutHeaders(table));
        FxTestSupport.onFxRun(() -> table.getScene().getWindow().hide());

        assertThat(cutHeaders).isEmpty();
        assertThat(shown.get(1)).as("as wide as its title, not its value").isGreaterThan(60);
    }

    /**
     * A list's first fill laid out a cell per row to size its columns: 3,000 orders held the FX thread
     * for seconds (pulse log sweep of 6 December). The first screenful and the longest values are
     * enough: the widest value, far down the list, still shows whole.
     */
    @Test
    void aHundredThousandRowsAreMeasuredFromASampleThatHoldsTheWidest() throws Exception {
        int[] filled = {0};
        ObservableList<Payment> rows = FXCollections.observableArrayList();
        for (int i = 0; i < 100_000; i++) {
            rows.add(new Payment("PMT-" + i, i == 99_998 ? "1,103,103,103.12" : (i % 1000) + ".00"));
        }
        TableView<Payment> table = FxTestSupport.onFx(() -> {
            Truncation.applicationLook();
            TableView<Payment> t = new TableView<>();
            TableColumn<Payment, String> amount = column("Amount", Payment::amount);
            amount.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    if (!empty) {
                        filled[0]++;
                    }
                    setText(empty ? null : text);
                }
            });
            t.getColumns().setAll(List.of(column("Payment", Payment::number), amount));
            ContentWidth.fit(t, List.of(amount));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), 600, 300));
            stage.show();
            return t;
        });
        widths(table);
        FxTestSupport.onFxRun(() -> filled[0] = 0);
        FxTestSupport.onFxRun(() -> table.setItems(rows));
        widths(table);
        int cells = FxTestSupport.onFx(() -> filled[0]);
        FxTestSupport.onFxRun(() -> table.scrollTo(99_998));
        widths(table);
        List<String> cut = FxTestSupport.onFx(() -> Truncation.cutCells(table));
        FxTestSupport.onFxRun(() -> table.getScene().getWindow().hide());

        assertThat(cells).as("cells filled for the fill and the measure").isLessThan(500);
        assertThat(cut).as("the widest amount, near the end").isEmpty();
    }

    private static List<Double> widths(TableView<Payment> table) throws Exception {
        Thread.sleep(300);
        FxTestSupport.drainFx();
        return FxTestSupport.onFx(() -> table.getColumns().stream().map(TableColumn::getWidth).toList());
    }

    private static TableColumn<Payment, String> column(String title, java.util.function.Function<Payment, String> value) {
        TableColumn<Payment, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(150);
        return c;
    }
}
