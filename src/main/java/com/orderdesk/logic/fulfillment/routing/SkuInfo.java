package com.orderdesk.logic.fulfillment.routing;

/** An item and its shipping weight per unit. */
public record SkuInfo(String sku, double weightKg) {
}
