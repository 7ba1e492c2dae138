package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Theme;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Test-only launcher to look at the shell in a real window with two demo work areas:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.orderdesk.gui.shell.ShellDemo [dark]}.
 */
public final class ShellDemo {
    private ShellDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Theme theme = new Theme(Preferences.userRoot().node("com/orderdesk/demo"));
            theme.setDark(getParameters().getRaw().contains("dark"));
            theme.applyUserAgentStylesheet();
            StatusBarModel status = new StatusBarModel();
            status.setDatabase("/home/clerk/.local/share/orderdesk/orderdesk.db");
            List<ShellUser> users = List.of(new ShellUser("dana", "Dana Ortiz", "Clerk"),
                    new ShellUser("sam", "Sam Lee", "Credit manager"));
            Shell shell = Shell.builder()
                    .area(DemoAreas.list(status))
                    .area(DemoAreas.form())
                    .status(status)
                    .users(users, u -> { })
                    .signedIn(users.get(0))
                    .theme(theme)
                    .build();
            shell.show(stage);
            status.showMessage("Order SO-104233 saved");
            if (getParameters().getRaw().contains("help")) {
                shell.toggleShortcuts();
            }
        }
    }
}
