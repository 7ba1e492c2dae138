package com.orderdesk.gui.order;

import static com.orderdesk.gui.common.Contrast.drawnOpacity;
import static com.orderdesk.gui.common.Contrast.over;
import static com.orderdesk.gui.common.Contrast.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defect (tour of 5 December 2026, demo book): the fields of an order opened read-only (shipped,
 * cancelled) were drawn at the theme's disabled opacity, 40 %: their words read at 2.4:1 on the light
 * theme and 2.9:1 on the dark one. They read at 4.5:1 or better in both, and still look read-only.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyFieldContrastScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private TestBook book;
    private OrderEntryController controller;
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        book = TestBook.create(Files.createTempDirectory("read-only-contrast-test"));
        var clerk = book.user("clerk1", com.orderdesk.model.security.Role.ORDER_CLERK);
        OrderUseCases orders = book.services().orders();
        controller = new OrderEntryController(new OrderDeskServices(book.services().customers(), book.services().products(), orders,
                TestBook.TAX, TestBook.CLOCK, () -> clerk), screen.tasks, screen.dialogs, screen.status);
        Truncation.applicationLook();
        root = screen.show(stage, controller, 1258, 700).getRoot();
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(Truncation::applicationLook).get();
        book.db.close();
    }

    @Test
    void aCancelledOrdersFieldsReadAtFourAndAHalfToOneInBothThemes(FxRobot robot) throws Exception {
        OrderUseCases orders = book.services().orders();
        LocalDate requested = LocalDate.now(TestBook.CLOCK).plusDays(9);
        SavedOrder saved = orders.save(book.clerk(), new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE,
                "PO-READ-77", requested, "Leave at the back door", List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null,
                BigDecimal.ZERO))));
        orders.cancel(book.clerk(), saved.id(), "customer withdrew");
        robot.interact(() -> controller.open(saved.id()));
        screen.await(20, () -> controller.viewModel().readOnlyProperty().get() && "PO-READ-77".equals(controller.viewModel().customerPoProperty().get()));

        List<String> fields = List.of("#customerField", "#shipToBox", "#channelBox", "#poField", "#requestedDatePicker", "#notesField");
        for (String theme : List.of("primer-light", "primer-dark")) {
            robot.interact(() -> {
                Application.setUserAgentStylesheet(Theme.class.getResource("/atlantafx/base/theme/" + theme + ".css").toExternalForm());
                root.applyCss();
                root.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            // the theme's -color-bg-default: the page the form lies on
            Color page = Color.web(theme.equals("primer-dark") ? "#0d1117" : "#ffffff");
            for (String id : fields) {
                Control field = robot.lookup(id).queryAs(Control.class);
                assertThat(field.isDisabled()).as("%s takes no input", id).isTrue();
                Text words = shownText(field);
                Region box = backgroundOf(words);
                Color back = over(lastFill(box), page, drawnOpacity(box));
                Color text = over((Color) words.getFill(), back, drawnOpacity(words));
                assertThat(ratio(text, back)).as("%s '%s' in %s", id, words.getText(), theme).isGreaterThanOrEqualTo(4.5);
                // still read-only to the eye: not the page's own colour, as a field to type in is
                assertThat(back).as("%s background in %s", id, theme).isNotEqualTo(page);
            }
        }
    }

    /** The text a field draws for its value (not its prompt): the first non-empty {@link Text} inside it. */
    private static Text shownText(Control field) {
        return field.lookupAll(".text").stream().filter(n -> n instanceof Text t && t.getText() != null && !t.getText().isBlank()
                && t.isVisible()).map(n -> (Text) n).findFirst()
                .orElseThrow(() -> new AssertionError(field.getId() + " shows no text"));
    }

    /** The nearest region around {@code n} that paints a background (the field's box, not a cell's clear one). */
    private static Region backgroundOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                    && lastFill(r).getOpacity() > 0.5) {
                return r;
            }
        }
        throw new AssertionError("no background behind " + n);
    }

    private static Color lastFill(Region r) {
        var fills = r.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill() instanceof Color c ? c : Color.TRANSPARENT;
    }
}
