package com.orderdesk.gui.collections;

import com.orderdesk.app.AppServices;
import com.orderdesk.gui.common.DeskScreenFixture;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.MovingClock;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * What the collections screens' tests (the dunning run, the worklist) set up alike, once per test
 * ({@code @RegisterExtension}): a fresh test book in a folder of its own with {@link CollectionsFixture}'s receivables
 * (Acme 45 and 10 days overdue, the schools 5), the AR clerk signed in, and the screen shown on the test's stage
 * (the worklist loading). Each test has a book and a clock of its own, so no test finds the letters another one
 * recorded or a day another one moved on to. The book is closed after each test, then the {@link ScreenFixture}'s
 * task runner stopped. What a test checks stays in the test; only the lists most of them read are fetched here.
 */
final class CollectionsScreen extends DeskScreenFixture {
    /** The desk's clock, moved on by whole days as a test's story goes ({@link #services()}). */
    final MovingClock clock = new MovingClock(TestBook.CLOCK.instant());
    private Path dir;
    private CollectionsFixture book;
    private volatile SignedInUser signedIn;
    private Scene scene;

    CollectionsScreen() {
        // the book is made in @Start, which TestFX waits for: before it starts waiting, so it waits long enough
        ScreenFixture.allowSlowSetup();
    }

    /** A fresh book with the receivables, the AR clerk signed in; in {@code @Start}. */
    CollectionsFixture openBook() throws Exception {
        dir = newBookFolder("collections-screen");
        book = new CollectionsFixture(closeAfterTest(TestBook.create(dir)));
        signedIn = book.ar();
        return book;
    }

    CollectionsFixture book() {
        return book;
    }

    /** The book's folder, for what the screen writes beside it (letters). */
    Path dir() {
        return dir;
    }

    /** From now on the screen's questions of who is signed in answer {@code user} (someone else takes the desk). */
    void signIn(SignedInUser user) {
        signedIn = user;
    }

    /** Who is signed in now, as the screens ask it. */
    SignedInUser signedIn() {
        return signedIn;
    }

    /** The book's use cases on {@link #clock} (a test that moves the day on). */
    AppServices services() {
        return AppServices.over(book.book.db, TestBook.TAX, clock, TestBook.KEY_ITERATIONS);
    }

    /** The dunning run at {@code width} x 700 (the room beside the rail), printing with {@code printer}. */
    DunningController dunning(Stage stage, DunningViewModel.LetterPrinter printer, double width) {
        return dunning(stage, printer, this::signedIn, width);
    }

    /** {@link #dunning(Stage, DunningViewModel.LetterPrinter, double)} as whoever {@code user} answers (a test may hold it). */
    DunningController dunning(Stage stage, DunningViewModel.LetterPrinter printer, Supplier<SignedInUser> user, double width) {
        DunningController controller = new DunningController(new DunningViewModel(book.services.dunning(), printer, user),
                screen.tasks, screen.dialogs, screen.status);
        scene = screen.show(stage, controller, width, 700);
        return controller;
    }

    /** The worklist on the book's use cases and the fixture's task runner at {@code width} x 700, loading. */
    WorklistController worklist(Stage stage, double width) {
        return worklist(stage, book.services, screen.tasks, this::signedIn, width);
    }

    /** The worklist on {@code services} and {@code tasks}, as whoever {@code user} answers, at {@code width} x 700, loading. */
    WorklistController worklist(Stage stage, AppServices services, UiTaskRunner tasks, Supplier<SignedInUser> user, double width) {
        WorklistController controller = new WorklistController(new WorklistViewModel(services.collections(), user), tasks,
                screen.dialogs, screen.status);
        scene = screen.show(stage, controller, width, 700);
        controller.refresh();
        return controller;
    }

    Scene scene() {
        return scene;
    }

    /** The dunning run's proposed letters, as listed. */
    @SuppressWarnings("unchecked")
    TableView<DunningRun.Letter> letterTable(FxRobot robot) {
        return robot.lookup("#dunningTable").queryAs(TableView.class);
    }

    /** A copy of the letters listed now. */
    List<DunningRun.Letter> letters(FxRobot robot) {
        return List.copyOf(letterTable(robot).getItems());
    }

    /** The worklist's customers, as listed. */
    @SuppressWarnings("unchecked")
    TableView<WorklistRow> worklistTable(FxRobot robot) {
        return robot.lookup("#worklistTable").queryAs(TableView.class);
    }

    /** A copy of the worklist's rows listed now. */
    List<WorklistRow> rows(FxRobot robot) {
        return List.copyOf(worklistTable(robot).getItems());
    }

    /** Waits up to {@code seconds} for {@code condition}; on time-out fails saying the status bar, the focus and the dialogs. */
    void await(int seconds, BooleanSupplier condition) throws Exception {
        screen.await(seconds, condition);
    }
}
