package com.orderdesk.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer list beside the editor in the room the screen has at 1366 x 768 (1258 x 700). Tour
 * of 5 December: the City column lay behind a sideways scroll bar; 6 December: the Phone still did.
 * Now the list has the room its four columns need (the editor gives some 110 px of its stretched
 * fields), the number and phone are as wide as their values, the city (the demo book's longest,
 * "North Little Rock, AR") reads whole and the name takes the rest: no sideways bar.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersLayoutScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser clerk;
    private Parent root;

    @BeforeAll
    static void book() throws Exception {
        clerk = book.user("clerk1", Role.ORDER_CLERK);
        book.db.write(s -> {
            Customer c = new Customer("C-10003", "Allied Food Service Enterprises", "NET 30", RiskClass.LOW, LocalDate.of(2021, 1, 1));
            c.setBillTo(new Address("1 Main St", null, "North Little Rock", "AR", "72114", new GeoPoint(34.77, -92.27)));
            c.setContact("Lee Park", "(501) 555-0144", "orders@allied.example");
            s.persist(c);
            return null;
        });
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        CustomerDeskServices services = new CustomerDeskServices(book.services().customerMaintenance(), TestBook.CLOCK,
                () -> clerk, () -> "NET 30");
        CustomersController controller = new CustomersController(
                new CustomersViewModel(services, screen.tasks, screen.dialogs, screen.status), screen.dialogs);
        root = screen.show(stage, controller, 1258, 700).getRoot();
        controller.refresh();
    }

    @Test
    void everyColumnReadsWholeInsideTheListsEdge(FxRobot robot) throws Exception {
        TableView<?> list = robot.lookup("#customerList").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 3);

        assertThat(list.getColumns().stream().map(c -> c.getText()).toList()).isEqualTo(List.of("Number", "Name", "City", "Phone"));
        assertThat(Truncation.columnsOutOfView(list)).as("columns beyond the list's edge").isEmpty();
        assertThat(list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())).as("a sideways bar").isFalse();
        assertThat(Truncation.unusedWidth(list)).as("room no column uses").isLessThan(2);
        // names whole: the lead's look (7 December) found "Adams Logistics & ..." at some 160 px; the name keeps 240
        // (the 34 letters nine in ten of the demo's customers' names have), the phone showing where it fits beside that
        assertThat(Truncation.cutCells(root)).isEmpty();
        assertThat(Truncation.cutHeaders(root)).isEmpty();
        assertThat(list.getColumns().get(1).getWidth()).as("name column").isGreaterThanOrEqualTo(240);
        // and the editor beside it, narrower now, still shows its labels and buttons whole
        assertThat(Truncation.cutLabels(root, ".label")).isEmpty();
        assertThat(Truncation.cutLabels(root, ".button")).isEmpty();
        javafx.scene.control.TextField zip = robot.lookup("#billTo-zip").queryAs(javafx.scene.control.TextField.class);
        assertThat(zip.getWidth()).as("the ZIP field (its prompt 'ZIP code' was cut to 'ZIP cc', 65 px)").isGreaterThanOrEqualTo(100);
    }

    @Test
    void theEditorsPromptsReadWhole(FxRobot robot) throws Exception {
        TableView<?> list = robot.lookup("#customerList").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 3);
        robot.interact(() -> robot.lookup("#addShipTo").queryButton().fire());

        // tour of 6 December: the Number field read "Empty: the next numbe", its last letter clipped
        assertThat(robot.lookup("#numberField").queryAs(javafx.scene.control.TextField.class).getPromptText())
                .as("the number's prompt says what an empty field does").containsIgnoringCase("next number");
        assertThat(Truncation.cutPrompts(root)).as("prompts clipped at their field's edge").isEmpty();
    }
}
