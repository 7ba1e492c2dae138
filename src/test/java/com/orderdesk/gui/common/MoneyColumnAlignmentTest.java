package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Defect: money columns were left-aligned. The columns carried "money-column", a class the
 * stylesheet never styled; every amount column (MoneyColumn, order lines, cash, holds) uses it.
 */
@ExtendWith(ApplicationExtension.class)
class MoneyColumnAlignmentTest {
    record Row(String name, Money amount) {
    }

    private TableView<Row> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<Row, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().name()));
        table.getColumns().setAll(List.of(name,
                MoneyColumn.of("Amount", Row::amount, Formats.forLocale(Locale.US), 140)));
        table.getItems().setAll(new Row("Acme", Money.of("175000.00")), new Row("Zenith", Money.of("9.5")));
        Scene scene = new Scene(table, 500, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void amountsAndTheirHeadingAreRightAlignedAndOtherTextIsNot(FxRobot robot) {
        TableCell<?, ?> amount = robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "175,000.00".equals(c.getText())).query();
        TableCell<?, ?> name = robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "Acme".equals(c.getText())).query();
        assertThat(amount.getAlignment()).isEqualTo(Pos.CENTER_RIGHT);
        assertThat(name.getAlignment()).isEqualTo(Pos.CENTER_LEFT);
        Label heading = robot.lookup(".column-header .label").match((Node n) -> n instanceof Label l
                && "Amount".equals(l.getText())).query();
        assertThat(heading.getAlignment()).isEqualTo(Pos.CENTER_RIGHT);
    }
}
