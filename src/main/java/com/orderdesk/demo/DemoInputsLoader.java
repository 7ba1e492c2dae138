package com.orderdesk.demo;

import com.orderdesk.logic.geo.City;
import com.orderdesk.logic.geo.Gazetteer;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link DemoInputs} from the files shipped under {@code assets/}. */
public final class DemoInputsLoader {
    private static final BigDecimal GRAMS_PER_POUND = new BigDecimal("453.59237");

    private DemoInputsLoader() {
    }

    public static DemoInputs fromShippedAssets(TaxRates taxRates) {
        return from(Gazetteer.loadDefault(), DemoSeeds.loadDefault(), taxRates);
    }

    static DemoInputs from(Gazetteer gazetteer, DemoSeeds seeds, TaxRates taxRates) {
        // Big metros plus the larger towns of every state, so customers spread over the whole country.
        Map<String, City> chosen = new LinkedHashMap<>();
        for (City c : gazetteer.mostPopulousCities(400)) {
            chosen.putIfAbsent(c.label(), c);
        }
        for (City c : gazetteer.representativeCities(12)) {
            chosen.putIfAbsent(c.label(), c);
        }
        List<DemoInputs.City> cities = new ArrayList<>();
        for (City c : chosen.values()) {
            String zip = c.zips().get(c.zips().size() / 2);
            var place = gazetteer.get(zip);
            cities.add(new DemoInputs.City(zip, c.name(), c.state(), place.location().lat(), place.location().lon(), c.population()));
        }
        List<DemoInputs.ProductSpec> products = new ArrayList<>();
        for (ProductSeed p : seeds.products()) {
            int grams = p.weightLb().multiply(GRAMS_PER_POUND).setScale(0, RoundingMode.HALF_UP).intValueExact();
            products.add(new DemoInputs.ProductSpec(p.sku(), p.description(), p.category(), p.unit(), grams,
                    Money.of(p.listPrice()), Money.of(p.cost())));
        }
        return new DemoInputs(cities, seeds.companyPrefixes(), seeds.companyTrades(), seeds.companySuffixes(),
                seeds.firstNames(), seeds.surnames(), seeds.streetNames(), seeds.streetSuffixes(), products, taxRates,
                zip -> gazetteer.find(zip).map(z -> new DemoInputs.City(z.zip(), z.city(), z.state(), z.location().lat(),
                        z.location().lon(), z.cityPopulation())));
    }
}
