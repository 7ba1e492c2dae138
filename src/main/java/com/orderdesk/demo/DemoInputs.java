package com.orderdesk.demo;

import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the demo generator draws from: real places from the shipped gazetteer and word lists and a
 * product catalogue from {@code assets/demo}. Built by {@link DemoInputsLoader}; tests may pass
 * small hand-made inputs.
 */
public record DemoInputs(List<City> cities, List<String> companyPrefixes, List<String> companyTrades,
                         List<String> companySuffixes, List<String> firstNames, List<String> surnames,
                         List<String> streetNames, List<String> streetSuffixes, List<ProductSpec> products,
                         TaxRates taxRates, Function<String, Optional<City>> placeOfZip) {

    /** A US place with a real ZIP code and coordinates, weighted by its population. */
    public record City(String zip, String name, String state, double lat, double lon, long population) {
    }

    public record ProductSpec(String sku, String description, String category, String unit, int weightGrams,
                              Money listPrice, Money unitCost) {
    }
}
