package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ProblemList: heading and one red bullet line per problem; nothing at all when there is no problem. */
class ProblemListTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void listsEachProblemUnderTheHeading() throws Exception {
        VBox box = FxTestSupport.onFx(() -> {
            VBox b = new VBox(new Label("old"));
            ProblemList.show(b, "Not saved. Please correct:", List.of("SKU is required.", "Case must be above zero."), true);
            return b;
        });
        assertThat(box.getChildren()).hasSize(3);
        assertThat(box.getChildren().stream().map(n -> ((Label) n).getText()))
                .containsExactly("Not saved. Please correct:", "\u2022 SKU is required.", "\u2022 Case must be above zero.");
        Label first = (Label) box.getChildren().get(1);
        assertThat(first.getStyleClass()).contains("danger-text");
        assertThat(first.isWrapText()).isTrue();
        assertThat(((Label) box.getChildren().get(0)).getStyleClass()).doesNotContain("danger-text");
    }

    @Test
    void noProblemsEmptiesTheBoxAndNoHeadingMeansOnlyTheLines() throws Exception {
        VBox box = FxTestSupport.onFx(() -> {
            VBox b = new VBox();
            ProblemList.show(b, "Please correct:", List.of("x"), true);
            ProblemList.show(b, "Please correct:", List.of(), true);
            return b;
        });
        assertThat(box.getChildren()).isEmpty();
        VBox plain = FxTestSupport.onFx(() -> {
            VBox b = new VBox();
            ProblemList.show(b, null, List.of("Customer is required."), false);
            return b;
        });
        assertThat(plain.getChildren()).hasSize(1);
        assertThat(((Label) plain.getChildren().get(0)).isWrapText()).isFalse();
    }
}
