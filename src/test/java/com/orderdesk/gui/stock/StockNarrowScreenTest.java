package com.orderdesk.gui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Stock screen in the room a 1024 x 768 window leaves beside the rail (916 x 700), for a clerk who may move
 * stock (the form beside the node table). Walk of 8 December (olivia and admin, demo book): the node table's
 * Safety column lay past its right edge (and Available beyond it). Every figure column reads whole there now; the
 * node's name gives way (its whole text in the cell's tooltip; the node's code beside it is whole).
 */
class StockNarrowScreenTest extends ScreenTestOnOneBook {
    private StockController stock;
    private Parent root;

    @Start
    void start(Stage stage) {
        SignedInUser clerk = book.clerk();
        var services = book.services();
        stock = new StockController(new StockDeskServices(services.catalog().products(), services.catalog().stock(),
                services.authorizer(), () -> clerk), screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        Truncation.applicationLook();
        root = screen.show(stage, stock, Room.AT_1024, 700).getRoot();
        stock.refresh();
        stock.focusProduct();
    }

    @Test
    void at1024EveryNodeColumnReadsWholeBesideTheMoveForm(FxRobot robot) throws Exception {
        robot.clickOn(root.lookup("#productField")).write("large gloves").type(KeyCode.ENTER);
        ScreenFixture.waitUntil(60, () -> stock.shown() != null && stock.shown().nodes().size() == 2);
        TableView<?> nodes = robot.lookup("#nodesTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> nodes.getItems().size() == 2);
        String at = "at 1024 px (node table " + Math.round(nodes.getWidth()) + ")";
        assertThat(Truncation.columnsOutOfView(nodes)).as("node columns out of view %s", at).isEmpty();
        assertThat(Truncation.cutHeaders(nodes)).as("node titles cut %s", at).isEmpty();
        assertThat(Truncation.cutCells(nodes, "Name")).as("node cells cut %s", at).isEmpty();
        assertThat(Room.outside(root)).as("controls outside %s", at).isEmpty();
        assertThat(robot.lookup("#moveBox").queryAs(javafx.scene.layout.Region.class).isVisible()).as("the move form").isTrue();
    }
}
