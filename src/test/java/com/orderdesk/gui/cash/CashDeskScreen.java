package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.DeskScreenFixture;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import com.orderdesk.logic.security.SignedInUser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the cash desk's screen tests set up alike, once per test ({@code @RegisterExtension}): a fresh test book with
 * {@link CashFixture}'s open invoices in a folder of its own, the bank files the test imports into it as ar1 (as the
 * desk's Import would), and the desk signed in as ar1 on the test's stage. The book is closed after each test, then
 * the {@link ScreenFixture}'s task runner stopped. What a test reads of the screen (which payments, what the footer
 * says) stays in the test; only the list and the footer, which most read, are fetched here.
 */
final class CashDeskScreen extends DeskScreenFixture {
    private Path dir;
    private CashFixture book;

    /** A fresh book in a new folder whose name starts {@code folder}; in {@code @Start}, with TestFX given time to wait for it. */
    CashFixture openBook(String folder) throws IOException {
        dir = newBookFolder(folder);
        book = new CashFixture(dir);
        closeAfterTest(book.book);
        return book;
    }

    /** The book's folder, for files the desk is to open. */
    Path dir() {
        return dir;
    }

    /** Writes {@code csv} beside the book as the bank file {@code name} and imports it as ar1. */
    void importPayments(String name, String csv) throws Exception {
        book.desk.importFile(CashFixture.write(dir, name, csv), "ar1", p -> { }, () -> false);
    }

    /** The book's day's auto-match as ar1: the payments it can decide are proposed. */
    void autoMatch() {
        book.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
    }

    /** The desk as ar1, on this fixture's dialogs, status bar and task runner. */
    CashMatchingController desk() {
        SignedInUser ar1 = book.desk.user("ar1");
        return desk(() -> ar1);
    }

    /** The desk as whoever {@code user} answers (a test may hold the answer to see the screen wait for it). */
    CashMatchingController desk(Supplier<SignedInUser> user) {
        return desk(book, screen, user);
    }

    /** The desk on {@code book} as {@code user}, for a test whose book outlives one test ({@code ScreenTestOnOneBook}). */
    static CashMatchingController desk(CashFixture book, ScreenFixture screen, Supplier<SignedInUser> user) {
        return new CashMatchingController(new CashDeskServices(book.book.services().cash(), book.book.services().customers(),
                TestBook.CLOCK, user), screen.tasks, screen.dialogs, screen.status);
    }

    /** Shows {@code desk} on {@code stage} in a scene of the given size (the room beside the rail); its root, for layout tests. */
    Parent show(Stage stage, CashMatchingController desk, double width, double height) {
        return screen.show(stage, desk, width, height).getRoot();
    }

    /** The desk's list of payments. */
    @SuppressWarnings("unchecked")
    TableView<DeskPayment> payments(FxRobot robot) {
        return robot.lookup("#paymentTable").queryAs(TableView.class);
    }

    /** The footer's counts and totals, read on the FX thread. */
    List<String> footer(FxRobot robot) throws Exception {
        FlowPane box = robot.lookup("#totalsBox").queryAs(FlowPane.class);
        return WaitForAsyncUtils.asyncFx(() -> box.getChildren().stream().map(n -> ((Label) n).getText()).toList()).get();
    }
}
