package com.orderdesk.app;

import com.orderdesk.gui.catalog.CatalogDeskServices;
import com.orderdesk.gui.catalog.ProductsController;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.gui.stock.StockController;
import com.orderdesk.gui.stock.StockDeskServices;
import com.orderdesk.logic.security.SignedInUser;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Products and Stock work areas, wired to their services (kept apart so WorkAreas stays a
 * list). Products is offered to those who maintain products and prices (administrators), Stock to
 * those who move stock (order clerks and administrators); the controllers still read-only
 * themselves without the permission, since the use cases refuse anyway.
 */
final class CatalogAreas {
    static final String PRODUCTS = "products";
    static final String STOCK = "stock";

    private CatalogAreas() {
    }

    static WorkArea products(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                             Supplier<SignedInUser> user) {
        AreaParts.Part<ProductsController> controller = parts.part(() -> new ProductsController(new CatalogDeskServices(
                services.catalog().products(), services.catalog().prices(), services.customers(), services.authorizer(),
                services.clock(), user), tasks, dialogs, status));
        return WorkArea.builder(PRODUCTS, "Products", Material2AL.LOCAL_OFFER)
                .shortcut("Ctrl+F", "Search products (SKU, words in any order, GTIN)")
                .shortcut("Down / Enter", "From the search field: into the list")
                .shortcut("Ctrl+N", "New product (administrators)")
                .shortcut("Ctrl+S", "Save the product")
                .shortcut("Alt+D / Alt+R", "Discontinue / reinstate the product")
                .shortcut("Alt+M, Alt+F, Alt+O, Alt+P, Enter", "Contract price: customer, from, to, price; Enter adds it")
                .shortcut("Alt+E", "End the selected contract price (last day: the To date, else today)")
                .shortcut("Alt+B, then Right", "Contract prices by product / all of the chosen customer")
                .shortcut("Delete", "In the contract prices: remove the selected one (asks once)")
                .screen(controller, ProductsController::refresh, ProductsController::focusSearch)
                .build();
    }

    static WorkArea stock(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                          Supplier<SignedInUser> user) {
        AreaParts.Part<StockController> controller = parts.part(() -> new StockController(new StockDeskServices(
                services.catalog().products(), services.catalog().stock(), services.authorizer(), user), tasks, dialogs, status,
                services.clock().getZone()));
        return WorkArea.builder(STOCK, "Stock", Material2AL.ARCHIVE)
                .shortcut("Ctrl+F", "Find a product (SKU, words, GTIN), Enter to show its stock")
                .shortcut("Alt+R / Alt+D / Alt+T", "Receive / adjust / transfer")
                .shortcut("Alt+N, Alt+Q, Alt+E, Alt+O", "Node, quantity, reference, note")
                .shortcut("Alt+F, Alt+I / Alt+S", "A transfer's from and into nodes / an adjustment's reason")
                .shortcut("Enter or Ctrl+S", "Post the movement (order clerks and administrators)")
                .screen(controller, StockController::refresh, StockController::focusProduct)
                .build();
    }
}
