package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The invoice list's label letters: Alt+S search, Alt+W show, Alt+A status, Alt+T customer, Alt+R from, Alt+O to. */
@ExtendWith(ApplicationExtension.class)
class InvoicesKeysScreenTest {
    private static InvoicingFixture fx;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        fx = new InvoicingFixture(Files.createTempDirectory("invoices-keys-test"));
        fx.service().issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.exemptOrder(), 4)), "ar1");
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var ar = fx.service().user("ar2");
        InvoicesController controller = new InvoicesController(new InvoicingDesk(fx.service().useCases(),
                com.orderdesk.logic.invoicing.print.TestRenderers::demo, TestBook.CLOCK, () -> ar, 1),
                screen.tasks, screen.dialogs, screen.status);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterAll
    static void closeBook() {
        fx.book.db.close();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        screen.await(30, () -> table.getItems().size() == 2);
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.S, "searchField");
        fields.put(KeyCode.W, "printedBox");
        fields.put(KeyCode.A, "standingBox");
        fields.put(KeyCode.T, "customerBox");
        fields.put(KeyCode.R, "fromPicker");
        fields.put(KeyCode.O, "toPicker");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, table, fields);
    }
}
