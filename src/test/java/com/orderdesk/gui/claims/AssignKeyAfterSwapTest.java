package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;
import static com.orderdesk.gui.common.KeyPresses.ctrl;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.Shell;
import com.orderdesk.gui.shell.ShellUser;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Assign to m_e" underlines its listed key (Alt+E): after another screen with an Alt+E of its own
 * was shown and the clerk came back, Alt+E assigns the case even with the focus outside the desk
 * (on the navigation rail, put there by the test), where the desk's own key filter does not see it.
 */
@ExtendWith(ApplicationExtension.class)
class AssignKeyAfterSwapTest extends ScreenTestOnOneBook {
    private static final ShellUser DANA = new ShellUser("dana", "Dana Ortiz", "AR");
    private static ClaimsFixture f;
    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private final AtomicInteger ended = new AtomicInteger();
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var ar = f.ar();
        controller = new ClaimsDeskController(new ClaimsDeskViewModel(f.claims(), () -> ar, TestBook.CLOCK), screen.tasks,
                screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        WorkArea other = WorkArea.builder("other", "Other", Material2AL.DESCRIPTION)
                .view(() -> {
                    Button end = new Button("_End selected");
                    end.setMnemonicParsing(true);
                    end.setOnAction(e -> ended.incrementAndGet());
                    return new VBox(end);
                })
                .build();
        WorkArea claims = WorkArea.builder("claims", "Claims desk", Material2AL.GAVEL)
                .view(() -> Views.load(controller))
                .onShown(controller::refresh)
                .build();
        Shell.builder().area(other).area(claims).status(new StatusBarModel()).users(List.of(DANA), user -> { })
                .signedIn(DANA).theme(new Theme(prefs)).build().show(stage);
        stage.setWidth(1258);
        stage.setHeight(700);
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "rows " + controller.rows());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void altEAssignsTheCaseAfterAnotherScreenWithAnAltEWasShown(FxRobot robot) throws Exception {
        ctrl(robot, KeyCode.DIGIT2);
        waitUntil(() -> controller.rows().size() == 1);
        ctrl(robot, KeyCode.F);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> text(robot, "#evidenceTitle").startsWith("CASE-100001"));

        ctrl(robot, KeyCode.DIGIT1);
        ctrl(robot, KeyCode.DIGIT2);
        waitUntil(() -> text(robot, "#evidenceTitle").startsWith("CASE-100001"));
        // the focus outside the desk (the shell puts it inside on each swap, where the desk's own filter takes Alt+E)
        javafx.scene.Node rail = robot.lookup("#nav-claims").query();
        robot.interact(rail::requestFocus);
        assertThat(rail.getScene().getFocusOwner()).isSameAs(rail);
        alt(robot, KeyCode.E);
        waitUntil(() -> text(robot, "#claimResult").startsWith("Case assigned to "));
        assertThat(f.claim("CASE-100001").owner()).isEqualTo(f.ar().userName());
        assertThat(ended).as("the hidden screen's button").hasValue(0);
    }
}
