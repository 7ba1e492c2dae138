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
     * Drops the empty entries a screen taken out of the window leaves in the scene's mnemonics. JavaFX
     * keeps the key of a button that left the scene with no mnemonic under it ("_Dispute"'s Alt+'D'),
     * and when the scene finds that entry before the shown screen's "Un_do" (Alt+'d', the other case)
     * Alt+D does nothing. The shell calls this each time it swaps screens.
     */
    public static void dropEmpty(javafx.scene.Scene scene) {
        if (scene != null) {
            scene.getMnemonics().values().removeIf(java.util.List::isEmpty);
        }
    }

    /**
     * Registers the Alt+letters of a screen's labels again once the screen is back in the window.
     * JavaFX takes a label's mnemonic out when its screen leaves the scene but, when it returns, puts
     * it back only if the field it names is back already; a label comes before its field, so after a
     * visit to another work area and back (twice) order entry's Alt+C, Alt+U, Alt+O ... did nothing
     * (tour of 6 December). Naming the field again registers the key for the field in this scene.
     */
    public static void relinkLabels(Node view) {
        if (view instanceof Label label && label.isMnemonicParsing() && label.getLabelFor() != null
                && view.getScene() != null) {
            Node field = label.getLabelFor();
            label.setLabelFor(null);
            label.setLabelFor(field);
        }
        if (view instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(Mnemonics::relinkLabels);
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

    /**
     * A form's label for {@code field}: its underlined letter (Alt+letter) puts the keyboard in the field, and it is
     * never cut shorter than its text when the form is narrow. The dialogs built in code each had a copy.
     */
    public static javafx.scene.control.Label labelFor(String text, Node field) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
