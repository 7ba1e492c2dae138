package com.orderdesk.gui.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignedInUser;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Company screen in the room a 1024 x 768 window leaves beside the rail (916 x 700). Walk of 8 December
 * (admin, demo book): the form's label column kept 150 px and "Default payment terms" read "Default payment t...".
 * The labels keep their whole text; the fields beside them give way (they still have some 330 px).
 */
class CompanyNarrowScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser admin;
    private Parent root;

    @BeforeAll
    static void book() {
        admin = book.admin();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        CompanyScreen.show(screen, stage, book.services().companySettings(), admin, Room.AT_1024, 700);
        root = stage.getScene().getRoot();
    }

    @Test
    void at1024TheLabelsReadWholeAndTheFieldsLieInsideTheScreen(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#companyName").queryAs(TextField.class);
        CompanyScreen.waitUntil(() -> !name.getText().isEmpty());
        assertThat(Truncation.cutLabels(root, ".label")).as("labels cut at 1024").isEmpty();
        assertThat(Room.problems(root)).as("controls cut or outside at 1024").isEmpty();
        // the fields beside the labels keep a width to type in
        assertThat(robot.lookup("#defaultTerms").queryAs(TextField.class).getWidth()).as("terms field").isGreaterThan(250);
    }
}
