package com.orderdesk.demo;

import java.math.BigDecimal;

/**
 * One catalogue product expanded from {@code assets/demo/products.csv}.
 *
 * @param sku         unique stock-keeping unit, e.g. "JA100-02"
 * @param category    Janitorial, Safety, Office, Packaging, Industrial or Breakroom
 * @param description what the clerk reads, e.g. "Can Liner Low Density 1.5 mil Black 33 gal 33x39, 100/CS"
 * @param unit        unit of sale code (EA, CS, BX, PK, ...; see {@link DemoSeeds#units()})
 * @param weightLb    shipping weight of one unit of sale in pounds, 2 decimals
 * @param listPrice   list price of one unit of sale in USD, 2 decimals
 * @param cost        the distributor's cost of one unit of sale in USD, 2 decimals, below the list price
 */
public record ProductSeed(String sku, String category, String description, String unit,
                          BigDecimal weightLb, BigDecimal listPrice, BigDecimal cost) {
}
