package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.DeskScreenFixture;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * What the hold desk's screen tests set up alike, once per test ({@code @RegisterExtension}): a fresh test book in a
 * folder of its own where Acme is predicted to pay very late ({@link LateBook}), some of its orders entered and held,
 * carmen signed in as credit manager, and the desk shown on the test's stage with its queue loading. Each test has a
 * book of its own, so no test finds the held orders another one decided. The book is closed after each test, then
 * the {@link ScreenFixture}'s task runner stopped. What a test checks stays in the test.
 */
final class HoldDeskScreen extends DeskScreenFixture {
    private TestBook book;
    private SignedInUser manager;
    private CreditHoldsController controller;
    private Scene scene;

    /**
     * A fresh book where Acme's prediction says {@code behaviour} and {@code held} of its orders are held, carmen
     * signed in; in {@code @Start}, with TestFX given time to wait for it. A test that puts more in the book (a
     * payment history) does it before it enters its orders, with {@link #book()}; {@code held} may then be 0.
     */
    TestBook openBook(String behaviour, int held) throws Exception {
        book = closeAfterTest(TestBook.create(newBookFolder("hold-desk")));
        manager = book.user("carmen", Role.CREDIT_MANAGER);
        LateBook.predictPaysLate(book, behaviour);
        enterHeldOrders(held);
        return book;
    }

    /** Enters {@code count} more of Acme's orders, each held by the prediction. */
    void enterHeldOrders(int count) {
        for (int i = 0; i < count; i++) {
            LateBook.enterHeldOrder(book);
        }
    }

    TestBook book() {
        return book;
    }

    /** Most of the desk's tests: a fresh book with two of Acme's orders held, the desk at 1366 x 768 (1258 x 700 beside the rail). */
    CreditHoldsController openWithTwoHeld(Stage stage) throws Exception {
        openBook("pays late", 2);
        return open(stage, 1258, 700);
    }

    /** The desk on the fixture's task runner, as carmen, shown at {@code width} x {@code height}, its queue loading. */
    CreditHoldsController open(Stage stage, double width, double height) {
        CreditHoldsController desk = desk(screen.tasks, () -> manager);
        show(stage, desk, width, height);
        desk.refresh();
        return desk;
    }

    /** The desk as whoever {@code user} answers, on {@code tasks} (a test may hold either to see the desk wait); not shown yet. */
    CreditHoldsController desk(UiTaskRunner tasks, Supplier<SignedInUser> user) {
        controller = new CreditHoldsController(book.services().credit(), tasks, screen.dialogs, screen.status,
                new CreditHoldsViewModel(user, book.services().authorizer(), () -> TestBook.TODAY, TestBook.CLOCK.getZone()),
                TestBook.CLOCK);
        return controller;
    }

    /** carmen, the credit manager the desk is opened as. */
    SignedInUser manager() {
        return manager;
    }

    /** Shows {@code desk} on {@code stage} in a scene of the given size (the room beside the rail). */
    Scene show(Stage stage, CreditHoldsController desk, double width, double height) {
        scene = screen.show(stage, desk, width, height);
        return scene;
    }

    Scene scene() {
        return scene;
    }

    CreditHoldsController controller() {
        return controller;
    }

    /** The queue of held orders. */
    TableView<HeldOrderRow> queue(FxRobot robot) {
        return robot.lookup("#holdQueue").queryTableView();
    }

    /** The decision's reason (the note of every decision on the desk). */
    TextArea reason(FxRobot robot) {
        return robot.lookup("#decisionReason").query();
    }

    /** Manual hold on / off: enabled once an order's detail is shown. */
    Button holdButton(FxRobot robot) {
        return robot.lookup("#holdButton").queryButton();
    }

    /**
     * Waits until the queue shows {@code orders} held orders, then clicks it and presses Home as a clerk would,
     * and waits until the first order's detail is shown: its actions and the reason field enabled.
     */
    void selectFirst(FxRobot robot, int orders) throws Exception {
        TableView<HeldOrderRow> queue = queue(robot);
        await(() -> queue.getItems().size() == orders, () -> "orders in the queue: " + queue.getItems().size());
        robot.clickOn("#holdQueue").type(KeyCode.HOME);
        Button hold = holdButton(robot);
        TextArea reason = reason(robot);
        await(() -> !hold.isDisabled() && !reason.isDisabled(), () -> "hold disabled " + hold.isDisabled());
    }

    /** Waits up to 60 s (a loaded machine) for {@code condition}; on time-out fails saying where the desk stood, with {@code more}. */
    void await(BooleanSupplier condition, Supplier<String> more) throws Exception {
        screen.await(60, condition, more);
    }

    /** {@link #await(BooleanSupplier, Supplier)} saying the status bar's message, the focus and the dialogs only. */
    void await(BooleanSupplier condition) throws Exception {
        screen.await(60, condition);
    }
}
