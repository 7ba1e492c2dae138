package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.assets.AssetFormatException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoSeedsTest {
    private static final DemoSeeds SEEDS = DemoSeeds.loadDefault();
    private static final String HEADER = "item,category,description,unit,pack,weight_lb_min,weight_lb_max,"
            + "list_price_min,list_price_max,margin_percent,variants\n";

    @Test
    void catalogueHasOverThreeHundredDistinctSaneProducts() {
        List<ProductSeed> products = SEEDS.products();
        assertThat(products).hasSizeGreaterThanOrEqualTo(300);
        assertThat(products).extracting(ProductSeed::sku).doesNotHaveDuplicates();
        assertThat(products).extracting(ProductSeed::description).doesNotHaveDuplicates();
        assertThat(products).extracting(ProductSeed::category).containsOnly(
                "Janitorial", "Safety", "Office", "Packaging", "Industrial", "Breakroom");
        assertThat(products).allSatisfy(p -> {
            assertThat(p.weightLb()).isPositive();
            assertThat(p.cost()).isPositive().isLessThan(p.listPrice());
            assertThat(p.listPrice().scale()).isEqualTo(2);
            assertThat(SEEDS.units()).containsKey(p.unit());
        });
    }

    @Test
    void variantsSpreadWeightAndPriceFromSmallestToLargest() {
        List<ProductSeed> liners = SEEDS.products().stream().filter(p -> p.sku().startsWith("JA100-")).toList();
        assertThat(liners).extracting(ProductSeed::sku).containsExactly("JA100-01", "JA100-02", "JA100-03", "JA100-04", "JA100-05");
        assertThat(liners.get(0).listPrice()).isEqualByComparingTo("28.50");
        assertThat(liners.get(4).listPrice()).isEqualByComparingTo("62.00");
        assertThat(liners.get(2).weightLb()).isEqualByComparingTo("16.75");
        assertThat(liners.get(0).description()).isEqualTo("Can Liner Low Density 1.5 mil Black 16 gal 24x33, 100/CS");
        ProductSeed paper = SEEDS.products().stream().filter(p -> p.sku().equals("OF300")).findFirst().orElseThrow();
        assertThat(paper.cost()).isEqualByComparingTo("42.64");   // 52.00 * (1 - 18%)
    }

    @Test
    void wordListsAreBigEnoughForFiveHundredCustomers() {
        assertThat(SEEDS.surnames()).hasSizeGreaterThanOrEqualTo(200).contains("Smith", "Garcia");
        assertThat(SEEDS.firstNames()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(SEEDS.companyPrefixes()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(SEEDS.companyTrades()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(SEEDS.companySuffixes()).contains("Inc.", "LLC");
        assertThat(SEEDS.streetNames()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(SEEDS.streetSuffixes()).contains("St", "Ave", "Blvd");
        assertThat(SEEDS.units()).containsEntry("CS", "Case").containsEntry("EA", "Each").containsKeys("BX", "PK", "GAL");
    }

    @Test
    void namesAreReproducibleFromASeedAndVaried() {
        List<String> first = IntStream.range(0, 500).mapToObj(i -> SEEDS.companyName(new Random(42 + i))).toList();
        List<String> again = IntStream.range(0, 500).mapToObj(i -> SEEDS.companyName(new Random(42 + i))).toList();
        assertThat(first).isEqualTo(again);
        Random random = new Random(7);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            names.add(SEEDS.companyName(random));
        }
        assertThat(names).hasSizeGreaterThan(480);
        assertThat(SEEDS.streetLine(new Random(1))).matches("\\d{3,4} .+ [A-Z][a-z]+");
        assertThat(SEEDS.personName(new Random(1))).matches("\\S+ \\S+");
    }

    @Test
    void badCatalogueRowsAreReportedWithFileAndLine() {
        Map<String, String> units = Map.of("EA", "Each");
        assertThatThrownBy(() -> DemoSeeds.readProducts(new StringReader(HEADER
                + "X1,Office,Pen,EA,,0.1,0.1,1.00,1.00,50,\nX2,Office,Pencil,GROSS,,0.1,0.1,1.00,1.00,50,\n"), "p.csv", units))
                .isInstanceOf(AssetFormatException.class)
                .hasMessageStartingWith("p.csv line 3: unknown unit 'GROSS'");
        assertThatThrownBy(() -> DemoSeeds.readProducts(new StringReader(HEADER
                + "X1,Office,Pen,EA,,0.1,0.1,2.00,1.00,50,\n"), "p.csv", units))
                .hasMessage("p.csv line 2: a max is below its min");
        assertThatThrownBy(() -> DemoSeeds.readProducts(new StringReader(HEADER
                + "X1,Office,Pen,EA,,0.1,0.1,1.00,1.00,50,\nX1,Office,Pen,EA,,0.1,0.1,1.00,1.00,50,\n"), "p.csv", units))
                .hasMessage("p.csv line 3: SKU X1 is produced twice");
    }
}
