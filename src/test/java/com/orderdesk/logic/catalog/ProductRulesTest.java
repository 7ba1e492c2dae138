package com.orderdesk.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a product must be, and the products file read and written with the same values. */
class ProductRulesTest {
    private static ProductData glove(String gtin) {
        return new ProductData("glv-nit-l", "Nitrile gloves, large", "bx", 10, 680, gtin, Money.of("12.49"), Money.of("7.10"),
                "Safety", true, true);
    }

    @Test
    void aGoodProductHasNoProblemsAndIsKeptInUpperCase() {
        assertThat(ProductRules.check(glove("036000291452"), 0)).isEmpty();
        assertThat(glove(null).sku()).isEqualTo("GLV-NIT-L");
        assertThat(glove(null).unit()).isEqualTo("BX");
    }

    @Test
    void eachWrongFieldIsNamedWithWhatIsAllowed() {
        ProductData bad = new ProductData("bad sku", "", "12", 0, -1, "036000291453", Money.of("-1"), null, null, true, true);
        assertThat(ProductRules.check(bad, 4)).extracting(InputProblem::column)
                .containsExactly("sku", "description", "unit", "case_qty", "weight_kg", "gtin", "list_price", "cost");
        assertThat(ProductRules.check(bad, 4).get(5).located("p.csv"))
                .isEqualTo("p.csv:4: gtin: the check digit of 036000291453 is wrong (it should be 2)");
    }

    @Test
    void aFileRowReadsBackToTheSameValuesItWasWrittenFrom() {
        ProductRow row = new ProductRow(1, "GLV-NIT-L", "Nitrile gloves, \"large\"", "BX", 10, 680, "00036000291452",
                Money.of("12.49"), Money.of("7.10"), null, false, false, 3);
        List<String> values = ProductFile.values(row);
        assertThat(values).containsExactly("GLV-NIT-L", "Nitrile gloves, \"large\"", "BX", "10", "0.680", "00036000291452",
                "12.49", "7.10", "", "no", "discontinued");
        Map<String, String> byColumn = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byColumn.put(ProductFile.COLUMNS.get(i), values.get(i));
        }
        List<InputProblem> problems = new ArrayList<>();
        assertThat(ProductFile.read(new FileRow(2, byColumn), problems)).isEqualTo(row.data());
        assertThat(problems).isEmpty();
    }

    @Test
    void unreadableValuesAreReportedOnceByColumn() {
        Map<String, String> row = new java.util.HashMap<>(Map.of("sku", "X1", "description", "Thing", "unit", "EA",
                "case_qty", "twelve", "weight_kg", "1,5", "gtin", "", "list_price", "$4", "cost", "1.999", "taxable", "maybe",
                "status", "gone"));
        List<InputProblem> problems = new ArrayList<>();
        assertThat(ProductFile.read(new FileRow(9, row), problems)).isNull();
        assertThat(problems).extracting(p -> p.located("f.csv")).containsExactly(
                "f.csv:9: case_qty: units in a case: a whole number, not \"twelve\"",
                "f.csv:9: weight_kg: the weight in kg with at most three decimals (0.680), not \"1,5\"",
                "f.csv:9: list_price: an amount is digits with at most two decimals after a point (12.50), not \"$4\"",
                "f.csv:9: cost: an amount is digits with at most two decimals after a point (12.50), not \"1.999\"",
                "f.csv:9: taxable: yes or no, not \"maybe\"",
                "f.csv:9: status: active or discontinued, not \"gone\"");
    }

    /** Values that read but break a rule are quoted as the file has them, so the person finds them in the file. */
    @Test
    void outOfRangeValuesAreQuotedAsTheFileWritesThem() {
        Map<String, String> row = new java.util.HashMap<>(Map.of("sku", "X1", "description", "Thing", "unit", "EA",
                "case_qty", "0000", "weight_kg", "12000.5", "gtin", "", "list_price", "2000000", "cost", "1000000.5",
                "taxable", "yes", "status", "active"));
        List<InputProblem> problems = new ArrayList<>();
        assertThat(ProductFile.read(new FileRow(3, row), problems)).isNull();
        assertThat(problems).extracting(p -> p.located("f.csv")).containsExactly(
                "f.csv:3: case_qty: units in a case: a whole number from 1 to 100,000, not 0000",
                "f.csv:3: weight_kg: the weight of one unit is 0 to 10,000 kg, not 12000.5",
                "f.csv:3: list_price: an amount from 0.00 to 1,000,000.00, not 2000000",
                "f.csv:3: cost: an amount from 0.00 to 1,000,000.00, not 1000000.5");
    }
}
