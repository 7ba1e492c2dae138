package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The routing settings at the width their window has at 1366 px (1200): every column title reads
 * whole (the long meaning in the header's tooltip), the node names get room, and the rate card
 * leaves no wide empty band at its right (tour of 5 December: "Handling / s...", "Capacity (open
 * s...", "<= 10...." and cut names beside some 330 px unused).
 */
@ExtendWith(ApplicationExtension.class)
class RoutingSettingsLayoutScreenTest extends ScreenTestOnOneBook {
    private Parent root;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        root = RoutingSettingsWindow.show(book, screen, stage, 1200, 700).getRoot();
    }

    @Test
    void titlesReadWholeNamesHaveRoomAndTheRateCardUsesItsWidth(FxRobot robot) throws Exception {
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        TableView<?> rates = robot.lookup("#rateTable").queryAs(TableView.class);
        TableView<?> services = robot.lookup("#serviceTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> nodes.getItems().size() == 2 && !rates.getItems().isEmpty()
                && robot.lookup("#scroller").query().isVisible()); // all rows in: the rate card fills a slice per pulse

        assertThat(Truncation.cutHeaders(root)).isEmpty();
        assertThat(Truncation.cutCells(root)).isEmpty();
        for (TableView<?> t : java.util.List.of(nodes, rates, services)) {
            assertThat(Truncation.columnsOutOfView(t)).as(t.getId()).isEmpty();
            assertThat(Truncation.unusedWidth(t)).as(t.getId() + " unused width").isLessThanOrEqualTo(30); // a scroll bar's room is kept (ColumnFit)
        }
        // the demo book's names ("Dallas-Fort Worth Distribution Center") need some 280 px
        assertThat(nodes.getColumns().get(1).getWidth()).as("name column").isGreaterThanOrEqualTo(300);
        // the long meaning of a shortened title is on its header
        Node capacity = robot.lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null && "Capacity".equals(h.getTableColumn().getText()))
                .findFirst().orElseThrow();
        assertThat(HeaderTips.tipOn(capacity)).contains("open shipments");
    }
}
