package com.orderdesk.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clerk works an open customer with the keys of its shortcut list (F1): Alt+I / Alt+O / Alt+C add
 * a ship-to / a contact / a part number with the cursor in the new row; Alt+W, then Enter, types
 * why and deactivates (asked once) or reactivates the customer.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersKeysScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser clerk;
    private CustomersController controller;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        clerk = book.user("clerk1", Role.ORDER_CLERK);
        book.services().customerMaintenance().list(clerk, "", 1);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        CustomerDeskServices services = new CustomerDeskServices(book.services().customerMaintenance(), TestBook.CLOCK,
                () -> clerk);
        controller = new CustomersController(new CustomersViewModel(services, screen.tasks, screen.dialogs, screen.status),
                screen.dialogs);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusSearch();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition);
    }

    /** Reads on the FX thread, where the form is written. */
    private static boolean onFx(java.util.concurrent.Callable<Boolean> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAddAndDeactivateKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        CustomersViewModel vm = controller.viewModel();
        waitUntil(() -> vm.rows().size() == 2);
        robot.write("acme");
        waitUntil(() -> vm.rows().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.titleProperty().get().startsWith("C-10001"));
        int shipTos = vm.form().shipTos.size();
        int contacts = vm.form().contacts.size();
        int parts = vm.form().parts.size();

        // Alt+I: a new ship-to, the cursor in its first field
        alt(robot, KeyCode.I);
        waitUntil(() -> vm.form().shipTos.size() == shipTos + 1);
        assertThat(screen.settledFocusId()).as("focus after Alt+I").isEqualTo("shipTo" + (shipTos + 1) + "-code");
        // Alt+O: a new contact, the cursor in its name
        alt(robot, KeyCode.O);
        waitUntil(() -> vm.form().contacts.size() == contacts + 1);
        assertThat(screen.settledFocusId()).as("focus after Alt+O").isEqualTo("contact" + (contacts + 1) + "-name");
        robot.write("Dana Cole (Accounts)");
        // Alt+C: a new customer part number, the cursor in theirs
        alt(robot, KeyCode.C);
        waitUntil(() -> vm.form().parts.size() == parts + 1);
        assertThat(screen.settledFocusId()).as("focus after Alt+C").isEqualTo("part" + (parts + 1) + "-theirs");
        // nothing stored yet: Esc puts back what was stored (asked once)
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> vm.form().shipTos.size() == shipTos && vm.form().contacts.size() == contacts);

        // Alt+W: into the reason; Enter without one says what to type and keeps the cursor there
        alt(robot, KeyCode.W);
        waitUntil(() -> "deactivateReason".equals(screen.settledFocusId()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lastMessage().startsWith("Type why customer C-10001 is deactivated"));
        assertThat(screen.settledFocusId()).isEqualTo("deactivateReason");
        int asked = screen.dialogs.confirms.size();
        robot.write("Moved to a distributor").type(KeyCode.ENTER);
        waitUntil(() -> !onFx(() -> vm.form().isActive()));
        assertThat(screen.dialogs.confirms).hasSize(asked + 1).last().asString()
                .isEqualTo("Deactivate customer: customer C-10001 Acme Janitorial Supply");
        assertThat(book.services().customerMaintenance().open(clerk, book.acmeId).record().active()).isFalse();
        // Alt+W, a reason, Enter: on again
        alt(robot, KeyCode.W);
        waitUntil(() -> "deactivateReason".equals(screen.settledFocusId()));
        assertThat(onFx(() -> vm.form().isActive())).as("Alt+W alone leaves the customer off").isFalse();
        robot.write("Distributor deal ended").type(KeyCode.ENTER);
        waitUntil(() -> onFx(() -> vm.form().isActive()));
        assertThat(screen.lastMessage()).isEqualTo("Customer C-10001 switched on again");
        assertThat(book.services().customerMaintenance().open(clerk, book.acmeId).record().active()).isTrue();
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        CustomersViewModel vm = controller.viewModel();
        waitUntil(() -> !vm.rows().isEmpty());
        robot.clickOn("#customerList").type(KeyCode.HOME).type(KeyCode.ENTER);
        waitUntil(() -> vm.titleProperty().get() != null && vm.titleProperty().get().startsWith("C-1000"));
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.S, "customerSearch");
        fields.put(KeyCode.N, "nameField");
        fields.put(KeyCode.R, "numberField");
        fields.put(KeyCode.T, "termsBox");
        fields.put(KeyCode.P, "phoneField");
        fields.put(KeyCode.E, "emailField");
        fields.put(KeyCode.M, "orderEmailsField");
        fields.put(KeyCode.D, "ediField");
        fields.put(KeyCode.K, "bankField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#customerList").query(), fields);
    }
}
