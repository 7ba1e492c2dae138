package com.orderdesk.gui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a scroll pane up or down so that what gets the focus inside it is in view: JavaFX's
 * scroll pane does not, and a table below the fold that Tab moved into stayed out of sight.
 */
public final class ScrollFollow {
    private ScrollFollow() {
    }

    /**
     * Follows the focus in {@code pane}; {@code above} pixels over the focused node are brought into
     * view with it (the heading that says what a table holds).
     */
    public static void focus(ScrollPane pane, double above) {
        InvalidationListener follow = obs -> {
            Scene scene = pane.getScene();
            if (scene != null && scene.getFocusOwner() != null) {
                show(pane, scene.getFocusOwner(), above);
            }
        };
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().focusOwnerProperty().addListener(follow);
        }
    }

    /** Scrolls the least that brings {@code node}'s top (and its bottom, where both fit) into view. */
    static void show(ScrollPane pane, Node node, double above) {
        Node content = pane.getContent();
        if (content == null || !inside(content, node)) {
            return;
        }
        double view = pane.getViewportBounds().getHeight();
        double total = content.getLayoutBounds().getHeight();
        if (view <= 0 || total <= view) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double range = total - view;
        double top = (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * range;
        double want = top;
        if (b.getMinY() - above < top) {
            want = b.getMinY() - above;
        } else if (b.getMaxY() > top + view) {
            want = Math.min(b.getMinY() - above, b.getMaxY() - view);
        }
        want = Math.max(0, Math.min(range, want));
        if (want != top) {
            pane.setVvalue(pane.getVmin() + want / range * (pane.getVmax() - pane.getVmin()));
        }
    }

    private static boolean inside(Node content, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
