package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A list's status cells keep their chips and the chips keep their style classes while the rows change
 * (a fill, a filter, a scroll): what changes is the word and the colour's pseudo-class. A chip taken out
 * of its cell and put back, or given another style class, has its style found anew: the orders list held
 * the FX thread 0.3-0.9 s (load 23) at each change of its status filter, {@code StatusChip.show} sampled.
 */
@ExtendWith(ApplicationExtension.class)
class StatusChipCellsTest {
    private static final StatusKind[] KINDS = {StatusKind.ENTERED, StatusKind.CREDIT_HOLD, StatusKind.SHIPPED, StatusKind.PAID,
            StatusKind.CANCELLED};
    private final ObservableList<StatusKind> rows = FXCollections.observableArrayList();
    private TableView<StatusKind> table;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 40; i++) {
            rows.add(KINDS[i % KINDS.length]);
        }
        table = new TableView<>(rows);
        TableColumn<StatusKind, StatusKind> status = StatusChip.column("Status", k -> k, 140);
        table.getColumns().add(status);
        Scene scene = new Scene(table, 300, 400);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<StatusChip> chips() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> table.lookupAll(".status-chip").stream().map(n -> (StatusChip) n).toList()).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theCellsKeepTheirChipsAndTheChipsTheirStyleClassesWhileTheRowsChange(FxRobot robot) throws Exception {
        List<StatusChip> chips = chips();
        assertThat(chips).as("chips shown").hasSizeGreaterThan(5);
        List<List<String>> classes = chips.stream().map(c -> List.copyOf(c.getStyleClass())).toList();
        List<Integer> moves = new ArrayList<>(List.of(0));
        chips.forEach(c -> c.parentProperty().addListener((o, was, now) -> moves.set(0, moves.get(0) + 1)));

        // a filter leaves two rows, then every row comes back, each with another status; then a scroll
        robot.interact(() -> rows.setAll(new ArrayList<>(rows.subList(0, 2))));
        robot.interact(() -> {
            List<StatusKind> shifted = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                shifted.add(KINDS[(i + 2) % KINDS.length]);
            }
            rows.setAll(shifted);
        });
        robot.interact(() -> table.scrollTo(25));

        assertThat(moves.get(0)).as("chips taken out of their cells or put back").isZero();
        assertThat(chips.stream().map(c -> List.copyOf(c.getStyleClass())).toList()).as("the chips' style classes").isEqualTo(classes);
        StatusChip first = chips().stream().filter(c -> c.getStatus() != null).findFirst().orElseThrow();
        assertThat(first.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass(first.getStatus().styleClass()));
    }
}
