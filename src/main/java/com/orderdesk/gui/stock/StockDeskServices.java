package com.orderdesk.gui.stock;

import com.orderdesk.application.catalog.ProductMaintenance;
import com.orderdesk.application.stock.StockUseCases;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.stock.MovementOutcome;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.stock.AdjustmentReason;
import java.util.List;
import java.util.function.Supplier;

/** What the stock screen needs from the use cases, each call made as the user signed in at this desk. */
public record StockDeskServices(ProductMaintenance products, StockUseCases stock, Authorizer authorizer,
                                Supplier<SignedInUser> currentUser) {
    boolean mayMove() {
        return authorizer.can(currentUser.get(), Permission.MOVE_STOCK);
    }

    /** Products by SKU, words or GTIN, discontinued ones too (their stock can still be moved). */
    List<ProductRow> searchProducts(String text) {
        return products.list(currentUser.get(), text, true).rows().stream().limit(15).toList();
    }

    List<StockUseCases.NodeChoice> nodes() {
        return stock.nodes(currentUser.get());
    }

    StockView view(long productId) {
        return stock.view(currentUser.get(), productId);
    }

    List<MovementRow> history(long productId, Long nodeId) {
        return stock.history(currentUser.get(), productId, nodeId);
    }

    MovementOutcome receive(long productId, long nodeId, int qty, String reference, String note) {
        return stock.receive(currentUser.get(), productId, nodeId, qty, reference, note);
    }

    MovementOutcome adjust(long productId, long nodeId, AdjustmentReason reason, int qty, String note) {
        return stock.adjust(currentUser.get(), productId, nodeId, reason, qty, note);
    }

    MovementOutcome transfer(long productId, long from, long to, int qty, String reference, String note) {
        return stock.transfer(currentUser.get(), productId, from, to, qty, reference, note);
    }
}
