package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.FxTestSupport;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's contact beside the order header, where its column is narrow (the customer's panel at its
 * narrowest, 270 px, at 1024 x 768 and under review in the inbox: some 150 px for the values). Tour of 7 December
 * (narrow15): a long e-mail address broke mid-word ("dortiz@harborviewmedi" / "cal.example"). It breaks now only
 * before its @ or a dot, each part whole, and the tooltip holds the address as it is written.
 */
class CustomerContactWrapTest {
    private static final String EMAIL = "accountspayable@harborviewmedical.example";

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void aLongAddressBreaksOnlyBeforeItsAtOrADot() throws Exception {
        for (double width : new double[] {150, 200, 260}) {
            List<String> lines = FxTestSupport.onFx(() -> linesOfContactAt(width));
            assertThat(lines).as("the contact's lines at %.0f px", width).contains("Dana Ortiz", "(312) 555-0101");
            String address = String.join("", lines.subList(2, lines.size())).replaceAll("[\u200A\u200B]", "");
            assertThat(address).as("the address, read across its lines at %.0f px", width).isEqualTo(EMAIL);
            for (String line : lines.subList(3, lines.size())) {
                assertThat(line.replaceAll("[\u200A\u200B]", "")).as("a line of the address at %.0f px (%s)", width, lines).matches("[@.].*");
            }
        }
    }

    @Test
    void theTooltipHoldsTheAddressAsItIsWritten() throws Exception {
        Label contact = FxTestSupport.onFx(() -> {
            Label[] labels = labels();
            new CustomerInfo(Formats.forLocale(Locale.US), labels[0], labels[1], labels[2], labels[3]).show(customer());
            return labels[3];
        });
        assertThat(contact.getTooltip().getText()).isEqualTo("Dana Ortiz\n(312) 555-0101\n" + EMAIL);
    }

    /** The contact label's text as drawn at {@code width}, one string a line (JavaFX breaks a word that is wider than the line). */
    private static List<String> linesOfContactAt(double width) {
        Label[] labels = labels();
        new CustomerInfo(Formats.forLocale(Locale.US), labels[0], labels[1], labels[2], labels[3]).show(customer());
        Label contact = labels[3];
        contact.setMinWidth(width);
        contact.setMaxWidth(width);
        StackPane pane = new StackPane(contact);
        Scene scene = new Scene(pane, width, 400);
        Truncation.applicationLook();
        pane.applyCss();
        pane.layout();
        Text text = (Text) contact.lookup(".text");
        String drawn = text.getText();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineY = Double.NaN;
        for (int i = 0; i < drawn.length(); i++) {
            char c = drawn.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                lineY = Double.NaN;
                continue;
            }
            double y = top(text.rangeShape(i, i + 1));
            if (!Double.isNaN(lineY) && Math.abs(y - lineY) > 1 && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            lineY = y;
            line.append(c);
        }
        lines.add(line.toString());
        scene.getWindow();
        return lines;
    }

    private static double top(PathElement[] shape) {
        for (PathElement e : shape) {
            if (e instanceof javafx.scene.shape.MoveTo m) {
                return m.getY();
            }
        }
        return Double.NaN;
    }

    private static Label[] labels() {
        return new Label[] {new Label(), new Label(), new Label(), new Label()};
    }

    private static CustomerContext customer() {
        return new CustomerContext(1, "C-10001", "Harborview Medical", "Dana Ortiz", "(312) 555-0101", EMAIL, "NET 30",
                Money.of("50000"), RiskClass.LOW, false, false, Money.of("0"), Money.of("0"), Money.of("0"), List.of());
    }
}
