package com.orderdesk.gui.inbox;

import com.orderdesk.gui.common.TableHeight;
import com.orderdesk.gui.order.OrderFormLayout;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * The inbox's review pane and how the room is shared: the order form (or, until a message's
 * order is opened, a line saying how to open one) and the dividers between list, message and order.
 */
final class ReviewLayout {
    private static final double MIN_LIST_SHARE = 0.34;
    private static final double MAX_LIST_SHARE = 0.6;
    private final Parent reviewForm;
    private final Label noOrder;
    private final SplitPane listSplit;
    private final SplitPane reviewSplit;
    private final TableView<?> list;
    /** The list has the room (not the order under review). */
    private boolean listMode = true;
    /** A message is open below the list (until then the empty form does not take the list's room). */
    private boolean messageShown;

    ReviewLayout(Parent reviewForm, ScrollPane reviewScroll, StackPane reviewHost, TableView<?> list, SplitPane listSplit,
                 SplitPane reviewSplit) {
        this.reviewForm = reviewForm;
        this.list = list;
        this.listSplit = listSplit;
        this.reviewSplit = reviewSplit;
        // the form is laid out for the width of the pane's view, which it scrolls in up and down only
        OrderFormLayout.compact(reviewForm, javafx.beans.binding.Bindings.createDoubleBinding(
                () -> reviewScroll.getViewportBounds().getWidth(), reviewScroll.viewportBoundsProperty()));
        // until a message's order is opened the pane says how to open one: an idle, empty order
        // form there read as a new order to type (and scrolled sideways in the room it had)
        Label placeholder = new Label(InboxText.NO_MESSAGE);
        placeholder.setId("noOrderPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        this.noOrder = placeholder;
        reviewHost.getChildren().setAll(reviewForm, placeholder);
        showForm(false);
        // the list's room follows its rows when they change (not on every layout: a dragged divider stays)
        list.getItems().addListener((javafx.beans.InvalidationListener) o -> TableHeight.whenRowsDrawn(list, () -> {
            if (listMode) {
                roomFor(false);
            }
        }));
        // at 1366 x 768 the order under review had 830 x 410 px and scrolled both ways: while it is
        // worked on, the list keeps a few rows and the message a third less; back in the list, both return
        list.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                roomFor(false);
            }
        });
        reviewHost.focusWithinProperty().addListener((o, was, within) -> {
            if (within && messageShown && reviewForm.isVisible()) {
                roomFor(true);
            }
        });
    }

    /** The order form ({@code shown}) or the placeholder. */
    void showForm(boolean shown) {
        reviewForm.setVisible(shown);
        reviewForm.setManaged(shown);
        noOrder.setVisible(!shown);
        noOrder.setManaged(!shown);
    }

    /**
     * In place of the order form, words about the message's want of one: a rejected message's
     * (tour of 7 December: the pane stayed empty beside it, saying nothing of why or what next).
     */
    void showNoOrder(String words) {
        noOrder.setText(words);
        showForm(false);
    }

    /**
     * A message was opened: from now on the order pane gets its room whenever it is worked in, if the
     * message has an order ({@code withOrder}); one without (rejected, not an order) leaves the list its
     * height: tour of 7 December, the list shrank to two rows above a pane with nothing to work in.
     */
    void messageShown(boolean withOrder) {
        messageShown = true;
        roomFor(withOrder);
    }

    /**
     * Divider positions for working in the order under review ({@code review}) or in the list. The
     * message keeps a quarter of the width either way: with a third, the order beside it scrolled
     * sideways whenever the list had the focus.
     */
    private void roomFor(boolean review) {
        listMode = !review;
        listSplit.setDividerPositions(review ? 0.16 : listShare());
        reviewSplit.setDividerPositions(0.24);
    }

    /**
     * The list's share of the height while it is worked in: the height its rows need, at least a
     * third and at most three fifths (the message below keeps the rest). A third showed 4 of the
     * demo book's 7 messages at 1366 x 768 while the pane below held a placeholder.
     */
    private double listShare() {
        double height = listSplit.getHeight();
        double rows = TableHeight.forRows(list, list.getItems().size());
        if (height <= 0 || rows <= 0) {
            return MIN_LIST_SHARE;
        }
        double divider = 8; // the divider's own height and a pixel of slack, so the last row is not cut
        return Math.max(MIN_LIST_SHARE, Math.min(MAX_LIST_SHARE, (rows + divider) / height));
    }
}
