package com.orderdesk.gui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

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
            if (n instanceof Parent p && !(n instanceof Control)) {
                linkLabels(p);
            }
        }
    }
}
