package com.orderdesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * A form's list of problems after a refused save (src/site/markdown/ux.md, "Feedback"): an
 * optional heading ("Not saved. Please correct:") and one red line per problem, "• sentence".
 */
public final class ProblemList {
    private ProblemList() {
    }

    /**
     * Replaces {@code box}'s children with {@code heading} (when not null) and a line per problem;
     * an empty list empties the box, heading included.
     *
     * @param wrap whether a long problem wraps (a narrow form) or is cut to the box's width
     */
    public static void show(Pane box, String heading, List<String> problems, boolean wrap) {
        List<Node> lines = new ArrayList<>();
        if (!problems.isEmpty()) {
            if (heading != null) {
                lines.add(new Label(heading));
            }
            for (String p : problems) {
                Label l = new Label("\u2022 " + p);
                l.getStyleClass().add("danger-text");
                l.setWrapText(wrap);
                lines.add(l);
            }
        }
        box.getChildren().setAll(lines);
    }
}
