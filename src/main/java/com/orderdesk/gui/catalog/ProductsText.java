package com.orderdesk.gui.catalog;

import com.orderdesk.logic.catalog.ProductRow;

/** What the Products screen says: its title, list count and status-bar messages (plain Java, tested without a screen). */
final class ProductsText {
    private ProductsText() {
    }

    /** The form's title: the SKU shown, "New product" or how to start; " *" while there are unsaved changes. */
    static String title(ProductRow shown, boolean formOpen, boolean dirty) {
        return (shown == null ? (formOpen ? "New product" : "Choose a product, or Ctrl+N for a new one") : shown.sku())
                + (dirty ? " *" : "");
    }

    /** The discontinue button's label: a discontinued product is reinstated instead. */
    static String discontinueLabel(ProductRow shown) {
        return shown != null && !shown.active() ? "_Reinstate" : "_Discontinue";
    }

    /** "1,234 products", with a hint to search when the list stopped at {@code limit}. */
    static String count(int shown, int limit) {
        return String.format("%,d products%s", shown, shown >= limit ? " (search to narrow)" : "");
    }

    /** What the discard question names: the product being edited, or the new one. */
    static String document(ProductRow editing) {
        return editing == null ? "the new product" : editing.sku();
    }

    static String saved(String sku, boolean created) {
        return "Product " + sku + (created ? " added" : " saved") + ".";
    }

    static String discontinued(String sku, boolean discontinued) {
        return sku + (discontinued ? " discontinued: order entry no longer offers it; its history and stock stay."
                : " is on sale again.");
    }
}
