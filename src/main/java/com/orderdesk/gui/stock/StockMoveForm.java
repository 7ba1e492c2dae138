package com.orderdesk.gui.stock;

import com.orderdesk.application.stock.StockUseCases.NodeChoice;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.model.stock.AdjustmentReason;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "move stock" form without controls: what kind of movement, where, how many, and why, as
 * typed; {@link #check} lists what is missing before anything is sent, and the text stays as typed
 * whatever the answer.
 */
public final class StockMoveForm {
    /** The three movements a person makes. */
    public enum Kind { RECEIVE, ADJUST, TRANSFER }

    /** What a post sends: the checked values. */
    public record Move(Kind kind, long nodeId, Long toNodeId, AdjustmentReason reason, int quantity, String reference,
                       String note) {
    }

    private final Formats formats;
    final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.RECEIVE);
    final ObjectProperty<NodeChoice> node = new SimpleObjectProperty<>();
    final ObjectProperty<NodeChoice> toNode = new SimpleObjectProperty<>();
    final ObjectProperty<AdjustmentReason> reason = new SimpleObjectProperty<>(AdjustmentReason.COUNT);
    final StringProperty quantity = new SimpleStringProperty("");
    final StringProperty reference = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    public StockMoveForm(Formats formats) {
        this.formats = formats;
    }

    /** What the quantity means for the chosen movement (a count is the number on the shelf). */
    public String quantityCaption() {
        return kind.get() == Kind.ADJUST && reason.get() == AdjustmentReason.COUNT ? "Counted" : "Quantity";
    }

    /** The checked movement, or the sentences saying what is missing or wrong. */
    public Move check(List<String> problems) {
        List<String> found = new ArrayList<>();
        if (node.get() == null) {
            found.add(kind.get() == Kind.TRANSFER ? "From: choose the node the goods leave." : "Node: choose where the stock is.");
        }
        if (kind.get() == Kind.TRANSFER && toNode.get() == null) {
            found.add("To: choose the node the goods go to.");
        }
        if (kind.get() == Kind.ADJUST && reason.get() == null) {
            found.add("Reason: count, damage or found.");
        }
        Long qty = null;
        try {
            qty = formats.parseQuantity(quantity.get() == null ? "" : quantity.get());
        } catch (InputException e) {
            found.add(quantityCaption() + ": " + e.getMessage());
        }
        problems.addAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        return new Move(kind.get(), node.get().id(), toNode.get() == null ? null : toNode.get().id(), reason.get(),
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, qty)), reference.get(), note.get());
    }

    /** After a post: the quantity, reference and note are cleared; kind and nodes stay for the next line. */
    public void posted() {
        quantity.set("");
        reference.set("");
        note.set("");
    }
}
