package com.orderdesk.gui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * Links each mnemonic label ("_Customer") to the control that follows it, so Alt+letter moves
 * the focus there. FXML cannot refer forward to a control declared after its label, so the link
 * is made once after loading: a label labels the next focusable control among its siblings.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    public static void linkLabels(Parent root) {
        var children = root.getChildrenUnmodifiable();
        for (int i = 0; i < children.size(); i++) {
            Node n = children.get(i);
            if (n instanceof Label label && label.isMnemonicParsing() && label.getLabelFor() == null) {
                for (int j = i + 1; j < children.size(); j++) {
                    Node next = children.get(j);
                    if (next instanceof Control c && !(next instanceof Label) && c.isFocusTraversable()) {
                        label.setLabelFor(c);
                        break;
                    }
                }
            }
            visit(n);
        }
    }

    private static void visit(Node n) {
        if (n instanceof Parent p && !(n instanceof Control)) {
            linkLabels(p);
        } else {
            contentOf(n).forEach(Mnemonics::visit);
        }
    }

    /**
     * The forms inside the containers that are controls: their content is no child of theirs until
     * their skin exists, so a screen whose form lies in a split pane had dead Alt+letters.
     */
    private static java.util.List<Node> contentOf(Node n) {
        java.util.List<Node> content = java.util.List.of();
        if (n instanceof SplitPane split) {
            content = split.getItems();
        } else if (n instanceof ScrollPane scroll) {
            content = java.util.Collections.singletonList(scroll.getContent());
        } else if (n instanceof TitledPane titled) {
            content = java.util.Collections.singletonList(titled.getContent());
        } else if (n instanceof TabPane tabs) {
            content = tabs.getTabs().stream().map(Tab::getContent).toList();
        }
        return content.stream().filter(java.util.Objects::nonNull).toList();
    }
}
