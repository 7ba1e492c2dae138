package com.orderdesk.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.common.Money;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The audit trail read again, in the room a 1024 x 768 window leaves it (916 x 700). fin14's tour of
 * 7 December: F5 did nothing there, so entries another desk wrote stayed out of view; Search showed them
 * but the banner still counted the trail of the first check ("673 entries checked" beside 817 shown);
 * and at 1024 the filters' labels shrank to "...", "Se..." and "Verify c...".
 */
@ExtendWith(ApplicationExtension.class)
class AuditReloadScreenTest extends ScreenTestOnOneBook {
    private Parent root;

    @BeforeAll
    static void entries() {
        book.arClerk();
        book.services().writeOffLimits().set(book.admin(), "ar1", Money.of("250.00"), "First limit");
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        AuditViewerController controller = new AuditViewerController(book.services().auditTrail(), () -> admin, screen.tasks,
                screen.status, ZoneOffset.UTC);
        root = screen.show(stage, controller, 916, 700).getRoot();
        controller.refresh();
    }

    @Test
    void f5ShowsWhatAnotherDeskWroteAndTheBannerCountsTheTrailAsItStandsNow(FxRobot robot) throws Exception {
        Label count = robot.lookup("#auditCount").queryAs(Label.class);
        Label banner = robot.lookup("#auditBanner").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> shown(count) > 0 && banner.getText().contains("intact"));
        int before = shown(count);
        assertThat(checked(banner)).isEqualTo(before);

        // another desk writes to the book while the trail is open
        book.services().writeOffLimits().set(book.admin(), "ar1", Money.of("500.00"), "Small claims");
        robot.clickOn("#auditTable");
        robot.type(KeyCode.F5);

        ScreenFixture.waitUntil(30, () -> shown(count) > before);
        int after = shown(count);
        ScreenFixture.waitUntil(30, () -> checked(banner) == after);
    }

    @Test
    void theFiltersReadWholeAt1024(FxRobot robot) throws Exception {
        Label count = robot.lookup("#auditCount").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> shown(count) > 0);
        assertThat(Truncation.cutLabels(root, ".label")).as("labels cut").isEmpty();
        assertThat(Truncation.cutLabels(root, ".button")).as("buttons cut").isEmpty();
    }

    /** The number in "The audit trail is intact (12 entries checked)." (or "1 entry"); -1 while none. */
    private static int checked(Label banner) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([\\d,]+) entr").matcher(banner.getText());
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    /** The number in "12 entries shown" (or "1 entry shown"). */
    private static int shown(Label count) {
        String text = count.getText();
        return text == null || !text.contains(" shown") ? 0 : Integer.parseInt(text.substring(0, text.indexOf(' ')).replace(",", ""));
    }
}
