package com.orderdesk.app;

import com.orderdesk.gui.catalog.CatalogDeskServices;
import com.orderdesk.gui.catalog.ProductsController;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.gui.stock.StockController;
import com.orderdesk.gui.stock.StockDeskServices;
import com.orderdesk.logic.security.SignedInUser;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Products and Stock work areas, wired to their services (kept apart so WorkAreas stays a
 * list). Both are offered to every role that sees orders: read-only without MAINTAIN_PRODUCTS
 * (products, prices) or MOVE_STOCK (movements), since a credit manager or an AR clerk answering
 * a customer needs the same facts.
 */
final class CatalogAreas {
    static final String PRODUCTS = "products";
    static final String STOCK = "stock";

    private CatalogAreas() {
    }

    static WorkArea products(AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                             Supplier<SignedInUser> user) {
        ProductsController controller = new ProductsController(new CatalogDeskServices(services.catalog().products(),
                services.catalog().prices(), services.customers(), services.authorizer(), services.clock(), user),
                tasks, dialogs, status);
        return WorkArea.builder(PRODUCTS, "Products", Material2AL.LOCAL_OFFER)
                .shortcut("Ctrl+F", "Search products (SKU, words in any order, GTIN)")
                .shortcut("Down / Enter", "From the search field: into the list")
                .shortcut("Ctrl+N", "New product (administrators)")
                .shortcut("Ctrl+S", "Save the product")
                .shortcut("Alt+D / Alt+R", "Discontinue / reinstate the product")
                .shortcut("Alt+M, Alt+F, Alt+O, Alt+P, Enter", "Contract price: customer, from, to, price; Enter adds it")
                .shortcut("Delete", "In the contract prices: remove the selected one (asks once)")
                .view(() -> Views.load(controller))
                .onShown(() -> {
                    controller.refresh();
                    controller.focusSearch();
                })
                .build();
    }

    static WorkArea stock(AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                          Supplier<SignedInUser> user) {
        StockController controller = new StockController(new StockDeskServices(services.catalog().products(),
                services.catalog().stock(), services.authorizer(), user), tasks, dialogs, status, services.clock().getZone());
        return WorkArea.builder(STOCK, "Stock", Material2AL.ARCHIVE)
                .shortcut("Ctrl+F", "Find a product (SKU, words, GTIN), Enter to show its stock")
                .shortcut("Alt+R / Alt+D / Alt+T", "Receive / adjust / transfer")
                .shortcut("Alt+N, Alt+Q, Alt+E, Alt+O", "Node, quantity, reference, note")
                .shortcut("Enter or Ctrl+S", "Post the movement (order clerks and administrators)")
                .view(() -> Views.load(controller))
                .onShown(() -> {
                    controller.refresh();
                    controller.focusProduct();
                })
                .build();
    }
}
