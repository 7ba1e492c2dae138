package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window that says why the desk could not open its book offers another one (a person who started the desk
 * from a shortcut could only quit and edit the shortcut): a second bad file is said in its own sentence, with the
 * same choices, and left as it was; a good book opens the sign-in form in the same application; a "new" book on
 * a name already used is refused, not replaced; Quit still quits. The file choosers are the test's
 * ({@link RecordingDialogs}), no native dialog.
 */
@ExtendWith(ApplicationExtension.class)
class StartRefusedScreenTest {
    private final RecordingDialogs choosers = new RecordingDialogs();
    private final AtomicInteger quits = new AtomicInteger();
    private final OrderDeskApp app = new OrderDeskApp();
    private Stage stage;
    private boolean deskStarted;

    @TempDir
    Path dir;

    @BeforeAll
    static void slowSetup() {
        ScreenFixture.allowSlowSetup();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeEverything() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            if (deskStarted) {
                app.stop(); // the task threads and the book, as the launcher's stop() does
            }
            stage.hide();
        }).get();
    }

    @Test
    void aSecondBadFileIsSaidInItsOwnSentenceAndAGoodBookOpensTheSignInForm(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list\n");
        Path damaged = Files.write(dir.resolve("damaged.db"), damagedSqlite());
        byte[] damagedBefore = Files.readAllBytes(damaged);
        Path good = Files.createDirectories(dir.resolve("good"));
        TestBook book = TestBook.create(good);
        String clerk = book.clerk().userName();
        book.db.close();

        DialogPane pane = showRefusal(robot, notes + " is not a SQLite database (it does not start with the SQLite"
                + " header), so it is not an Order Desk book.");
        Window refusal = pane.getScene().getWindow();
        assertThat(pane.getContentText()).startsWith(notes + " is not a SQLite database").contains("Nothing was changed in the file.");

        choosers.fileToOpen = damaged;
        robot.clickOn("#startRefusedOpen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pane.getContentText().startsWith(damaged + " is a damaged SQLite database"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getContentText()).as("its own reason, and the same advice").doesNotContain("notes.db")
                .contains("Nothing was changed in the file.", "start a new book in a file that does not exist yet");
        assertThat(refusal.isShowing()).as("the same choices again").isTrue();
        assertThat(robot.lookup("#startRefusedOpen").query().isDisabled()).isFalse();
        assertThat(stage.isShowing()).as("no desk on a refused file").isFalse();
        assertThat(Files.readAllBytes(damaged)).as("the damaged file as it was").isEqualTo(damagedBefore);
        assertThat(Files.readString(notes)).isEqualTo("shopping list\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no journal, no WAL beside them")
                    .containsExactlyInAnyOrder("notes.db", "damaged.db", "good");
        }

        choosers.fileToOpen = good.resolve("book.db");
        deskStarted = true;
        robot.clickOn("#startRefusedOpen");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#userField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(refusal.isShowing()).as("the refusal closed once the book opened").isFalse();
        assertThat(quits.get()).as("closing it for the desk is no Quit").isZero();
        assertThat(stage.getTitle()).isEqualTo("Order Desk: sign in");

        // and the desk is the book's: its clerk signs in
        robot.clickOn("#userField").write(clerk);
        robot.clickOn("#passwordField").write(TestBook.PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !"Order Desk: sign in".equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).startsWith("Order Desk");
        // a failure nothing catches is logged and told in the desk's dialog (UncaughtFailuresScreenTest), until the desk stops
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isInstanceOf(com.orderdesk.gui.common.UncaughtFailures.class);
        WaitForAsyncUtils.asyncFx(app::stop).get();
        deskStarted = false;
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isNotInstanceOf(com.orderdesk.gui.common.UncaughtFailures.class);
    }

    /**
     * A book whose schema history does not match this version's (a changed migration) passes the file's check (it
     * is an Order Desk book) and is refused only when Flyway reads it, after the desk's window opened on it: the same
     * window says why, with the same choices (it showed an error and ended the application, status 0). A book of a
     * newer version is such a case too since Flyway no longer only warns about its future migrations. The log has
     * the refusal and not a second warning that the sign-in hint could not be read from the book that was refused
     * (the terminal showed both).
     */
    @Test
    void aBookRefusedOnlyWhenItsSchemaIsReadIsRefusedInTheSameWindow(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list\n");
        Path changedFolder = Files.createDirectories(dir.resolve("changed"));
        TestBook book = TestBook.create(changedFolder);
        book.db.close();
        Path changed = changedFolder.resolve("book.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + changed); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("update flyway_schema_history set checksum = 12345 where version = '1'")).isOne();
        }
        DialogPane pane = showRefusal(robot, notes + " is not a SQLite database.");
        Window refusal = pane.getScene().getWindow();

        com.orderdesk.persistence.LoggedWarnings warnings = new com.orderdesk.persistence.LoggedWarnings();
        choosers.fileToOpen = changed;
        deskStarted = true;
        robot.clickOn("#startRefusedOpen");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#startRefused").tryQuery()
                .map(n -> ((DialogPane) n).getContentText().startsWith(changed + " could not be brought up to this version's schema"))
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits.get()).isZero();
        assertThat(stage.isShowing()).as("the desk's window hidden behind the refusal").isFalse();
        assertThat(refusal.isShowing()).as("the first refusal closed when the book was taken").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + changed); Statement st = c.createStatement();
             var rs = st.executeQuery("select checksum from flyway_schema_history where version = '1'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the book's history as it was").isEqualTo(12345);
        }
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the hint's read, were it queued, fails on a pool thread
        warnings.close();
        assertThat(warnings.messages()).as("warnings after the refused book").noneMatch(m -> m.contains("sign-in hint"));
    }

    @Test
    void aNewBookOnANameAlreadyUsedIsRefusedNotReplacedAndQuitQuits(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list\n");
        DialogPane pane = showRefusal(robot, notes + " is not a SQLite database.");
        Window refusal = pane.getScene().getWindow();

        choosers.fileToSave = notes; // the platform's save chooser asked "replace?", and the person said yes
        robot.clickOn("#startRefusedNew");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getContentText()).startsWith(notes + " exists already, and a new book is only started where no file exists.");
        assertThat(Files.readString(notes)).isEqualTo("shopping list\n");
        assertThat(quits.get()).isZero();

        choosers.fileToOpen = null; // the chooser cancelled: nothing happens
        robot.clickOn("#startRefusedOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(refusal.isShowing()).isTrue();

        robot.clickOn("#startRefusedQuit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits.get()).isEqualTo(1);
        assertThat(refusal.isShowing()).isFalse();
        assertThat(stage.isShowing()).isFalse();
    }

    private DialogPane showRefusal(FxRobot robot, String sentence) throws Exception {
        robot.interact(() -> app.refuse(stage, new OrderDeskApp.Refusal(sentence, dir, TestBook.CLOCK),
                owner -> choosers, quits::incrementAndGet));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startRefused").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#startRefused").queryAs(DialogPane.class);
    }

    /** A SQLite header and then nothing SQLite can read. */
    private static byte[] damagedSqlite() {
        byte[] bytes = new byte[8192];
        Arrays.fill(bytes, (byte) 0xff);
        byte[] header = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
