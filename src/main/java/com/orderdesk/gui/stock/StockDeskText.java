package com.orderdesk.gui.stock;

import com.orderdesk.application.stock.StockUseCases.NodeChoice;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.stock.MovementOutcome;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.stock.AdjustmentReason;
import java.util.ArrayList;
import java.util.List;

/** The Stock area's words and choices, in plain Java (no JavaFX): captions by movement kind, titles, counts. */
final class StockDeskText {
    static final String NO_PRODUCT = "Product: type part of its SKU or description and press Enter.";

    private StockDeskText() {
    }

    /** A product in the search's list: "TWL-ROLL-8  Paper towel roll", and "  (discontinued)" when it is. */
    static String product(ProductRow p) {
        return p.sku() + "  " + p.description() + (p.active() ? "" : "  (discontinued)");
    }

    /** When the product search finds nothing: what may be typed. */
    static String noMatch(String typed) {
        return "No product matches \"" + typed.strip() + "\": type part of the SKU, words of the description in any order, or the GTIN.";
    }

    /** Above the figures: "TWL-ROLL-8  Paper towel roll (case)", ", discontinued" when it is; empty before a product is chosen. */
    static String title(StockView v) {
        return v == null ? "" : v.sku() + "  " + v.description() + " (" + v.unit() + ")" + (v.active() ? "" : ", discontinued");
    }

    /** The backordered figure with how many orders wait for it: "40 on 3 orders" ("on 1 order"; the figure alone when none). */
    static String backordered(String quantity, int orders) {
        return quantity + (orders == 0 ? "" : " on " + orders + " order" + (orders == 1 ? "" : "s"));
    }

    /** A node in the stock table: its name, " (off)" when it is switched off. */
    static String nodeName(String name, boolean active) {
        return name + (active ? "" : " (off)");
    }

    /** An adjustment reason with what its quantity means. */
    static String reason(AdjustmentReason r) {
        return r.label() + (r == AdjustmentReason.COUNT ? " (type the number counted)"
                : r == AdjustmentReason.DAMAGE ? " (units written off)" : " (units added)");
    }

    /** The first node's caption (with its mnemonic): a transfer names where the goods leave. */
    static String nodeCaption(StockMoveForm.Kind k) {
        return k == StockMoveForm.Kind.TRANSFER ? "_From" : "_Node";
    }

    static String postButton(StockMoveForm.Kind k) {
        return k == StockMoveForm.Kind.RECEIVE ? "_Post receipt" : k == StockMoveForm.Kind.ADJUST ? "_Post adjustment"
                : "_Post transfer";
    }

    /** The history's node choices: "All nodes" (null) first, then every node, switched off or not. */
    static List<NodeChoice> historyChoices(List<NodeChoice> nodes) {
        List<NodeChoice> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(nodes);
        return choices;
    }

    /** The status bar after a post: the outcome, then its warning when there is one. */
    static String posted(MovementOutcome outcome) {
        return outcome.message() + (outcome.hasWarning() ? " " + outcome.warning() : "");
    }
}
