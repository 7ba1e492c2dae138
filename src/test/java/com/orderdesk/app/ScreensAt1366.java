package com.orderdesk.app;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Test-only launcher to look at every work area at 1366 x 768 in a real window (under Xvfb):
 * {@code DISPLAY=:104 java -cp target/classes:target/test-classes:$(cat cp.txt) com.orderdesk.app.ScreensAt1366 OUTDIR}.
 * Writes a small demo book, signs in as each role in turn, shows each of its areas and takes a
 * screenshot of the screen with ImageMagick's {@code import} into OUTDIR/ROLE-AREA.png.
 */
public final class ScreensAt1366 {
    private ScreensAt1366() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The launcher application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path out = Path.of(getParameters().getRaw().get(0));
            Files.createDirectories(out);
            var written = BookStart.createDemo(DatabaseConfig.sqlite(Files.createTempDirectory("screens").resolve("demo.db")),
                    Clock.systemDefaultZone(), new DemoSize(60, 900, 9, 20261126L), 3, com.orderdesk.demo.DemoBook.Extent.WHOLE, p -> { });
            AppServices services = written.services();
            var key = written.result().orElseThrow().key();
            var tasks = new ExecutorTaskRunner(2);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            System.out.println("BOOK WRITTEN");
            Platform.setImplicitExit(false); // the desk replaces the sign-in window: keep running
            Thread shots = new Thread(() -> {
                try {
                    for (Role role : List.of(Role.ORDER_CLERK, Role.CREDIT_MANAGER, Role.AR_CLERK, Role.ADMINISTRATOR)) {
                        DeskSession session = new DeskSession(services, tasks, new RecordingDialogs(), com.orderdesk.gui.common.Theme.forUser(), "demo.db", a -> { });
                        Platform.runLater(() -> session.showDesk(stage, DemoBook.userOf(role, key)));
                        Thread.sleep(4000);
                        List<String> areas = new java.util.ArrayList<>();
                        Platform.runLater(() -> session.shell().areas().forEach(a -> areas.add(a.id())));
                        Thread.sleep(500);
                        for (String area : areas) {
                            Platform.runLater(() -> session.shell().select(area));
                            Thread.sleep(5000);
                            String file = out.resolve(role.name().toLowerCase() + "-" + area + ".png").toString();
                            new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
                            System.out.println("SHOT " + file);
                        }
                    }
                } catch (Throwable e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                    System.exit(0);
                }
            });
            stage.show();
            shots.setDaemon(true);
            shots.start();
        }
    }
}
