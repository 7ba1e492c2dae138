package com.orderdesk.gui.order;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The orders list's label letters: Alt+S search, Alt+T status, Alt+F from, Alt+O to. The open button's
 * '_Open' shared O with 'T_o' (Alt+O took turns between them): it is 'O_pen' now.
 */
@ExtendWith(ApplicationExtension.class)
class OrdersKeysScreenTest extends ScreenTestOnOneBook {
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        book.services().orders().save(book.user("clerk1", Role.ORDER_CLERK), new OrderDraft(null, null, book.acmeId,
                book.acmeShipToId, OrderChannel.PHONE, "PO-RED", null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO))));
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var clerk = book.clerk();
        OrderDeskServices services = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> clerk);
        OrdersController controller = new OrdersController(services, screen.tasks, screen.status, id -> { });
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        screen.await(30, () -> table.getItems().size() == 1);
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.S, "searchField");
        fields.put(KeyCode.T, "statusBox");
        fields.put(KeyCode.F, "fromPicker");
        fields.put(KeyCode.O, "toPicker");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, table, fields);
    }
}
