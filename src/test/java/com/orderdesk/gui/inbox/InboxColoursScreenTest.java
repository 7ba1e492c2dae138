package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Contrast;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defect (dark-theme tour, 5 December 2026): the inbox's status words and the marks in a message
 * were fixed colours (#b35900, #c62828, #1a7f37, #0b5cad) chosen for a white page; on Primer Dark's
 * page they fell below WCAG's 4.5:1. Each reads in both themes, over the theme's page colour.
 */
@ExtendWith(ApplicationExtension.class)
class InboxColoursScreenTest {
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        for (String status : List.of("inbox-to-review", "inbox-rejected", "inbox-saved-touchless", "inbox-saved-after-review")) {
            Label cell = new Label(status);
            cell.getStyleClass().addAll("table-cell", status);
            root.getChildren().add(cell);
        }
        Label reasons = new Label("reasons");
        reasons.getStyleClass().add("inbox-reasons");
        TextFlow message = new TextFlow();
        message.getStyleClass().add("inbox-message-text");
        for (String mark : List.of("capture-field", "capture-line", "capture-doubt")) {
            Text t = new Text(mark);
            t.getStyleClass().addAll("capture-text", mark);
            message.getChildren().add(t);
        }
        root.getChildren().addAll(reasons, message);
        Scene scene = new Scene(root, 400, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void look() throws Exception {
        WaitForAsyncUtils.asyncFx(Truncation::applicationLook).get();
    }

    @Test
    void theStatusWordsAndMessageMarksReadInBothThemes(FxRobot robot) {
        for (String theme : List.of("primer-dark", "primer-light")) {
            robot.interact(() -> {
                Application.setUserAgentStylesheet(Theme.class.getResource("/atlantafx/base/theme/" + theme + ".css").toExternalForm());
                root.applyCss();
            });
            WaitForAsyncUtils.waitForFxEvents();
            // the theme's -color-bg-default, what the list and the message lie on
            Color page = Color.web(theme.equals("primer-dark") ? "#0d1117" : "#ffffff");
            for (var node : root.getChildren()) {
                if (node instanceof Label label) {
                    assertThat(Contrast.ratio(page, (Color) label.getTextFill())).as("%s in %s", label.getText(), theme)
                            .isGreaterThanOrEqualTo(4.5);
                } else {
                    for (var t : ((TextFlow) node).getChildren()) {
                        Text text = (Text) t;
                        assertThat(Contrast.ratio(page, (Color) text.getFill())).as("%s in %s", text.getText(), theme)
                                .isGreaterThanOrEqualTo(4.5);
                    }
                }
            }
        }
    }
}
