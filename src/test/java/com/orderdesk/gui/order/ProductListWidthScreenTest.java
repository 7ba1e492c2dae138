package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The product list under the product field at 1024 x 768 (916 x 700 beside the rail): it was as wide
 * as the field (some 250 px) and cut every suggestion after a few words, behind a sideways bar, so
 * "Nitrile Exam Gloves Powder-Free 4 mil Small" and "... Large" read alike on the demo book (newuser18,
 * tour of 7 December). Each suggestion now shows whole: SKU, description and stock.
 */
@ExtendWith(ApplicationExtension.class)
class ProductListWidthScreenTest extends ScreenTestOnOneBook {
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        var clerk = book.user("clerk1", Role.ORDER_CLERK);
        OrderDeskServices services = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> clerk);
        OrderEntryController controller = new OrderEntryController(services, screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 916, 700);
    }

    @Test
    void theProductListShowsEachSuggestionWholeAt1024(FxRobot robot) throws Exception {
        robot.clickOn("#productField").write("nitrile");
        ScreenFixture.waitUntil(60, () -> popupList().filter(l -> !l.getItems().isEmpty()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = popupList().orElseThrow();
        double field = robot.lookup("#productField").queryAs(TextField.class).getWidth();

        assertThat(field).as("the field is narrow at 1024").isLessThan(400);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getText() != null && !c.getText().isEmpty())
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.prefWidth(-1) > list.getWidth() - list.snappedLeftInset() - list.snappedRightInset())
                .map(ListCell::getText)
                .toList()).get();
        assertThat(cut).as("suggestions wider than the list (cut, behind a sideways bar)").isEmpty();
        assertThat(list.getWidth()).as("the list is wider than the field").isGreaterThanOrEqualTo(LineEntryBar.PRODUCT_LIST_WIDTH);
        List<Node> sideways = list.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())
                .toList();
        assertThat(sideways).as("no sideways bar: the suggestion shows whole").isEmpty();
        assertThat(list.localToScreen(list.getLayoutBounds()).getMaxX())
                .as("the list stays inside the window").isLessThanOrEqualTo(window.getX() + window.getWidth() + 1);
    }

    private static Optional<ListView<?>> popupList() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-view").stream())
                .filter(n -> n instanceof ListView<?>)
                .<ListView<?>>map(n -> (ListView<?>) n)
                .findFirst()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
