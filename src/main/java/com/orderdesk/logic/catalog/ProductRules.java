package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * What a product must be, each rule said as the sentence a person reads next to the field or
 * after the file's line. Column names are the import file's, which the form's fields map to.
 */
public final class ProductRules {
    public static final int MAX_SKU = 30;
    public static final int MAX_DESCRIPTION = 255;
    public static final int MAX_CASE_QUANTITY = 100_000;
    /** Ten tonnes: a heavier "unit" is a typing slip (grams typed as kilograms). */
    public static final int MAX_WEIGHT_GRAMS = 10_000_000;
    public static final Money MAX_PRICE = Money.of("1000000");

    private ProductRules() {
    }

    public static List<InputProblem> check(ProductData p, long line) {
        List<InputProblem> out = new ArrayList<>();
        if (p.sku().isEmpty()) {
            out.add(new InputProblem(line, "sku", "give the SKU (letters, digits, - . _ /)"));
        } else if (p.sku().length() > MAX_SKU || !p.sku().matches("[A-Z0-9][A-Z0-9._/-]*")) {
            out.add(new InputProblem(line, "sku", "a SKU is 1 to " + MAX_SKU
                    + " letters, digits, - . _ or /, starting with a letter or digit, not \"" + shorten(p.sku()) + "\""));
        }
        if (p.description().isEmpty()) {
            out.add(new InputProblem(line, "description", "say what the product is"));
        } else if (p.description().length() > MAX_DESCRIPTION) {
            out.add(new InputProblem(line, "description", "at most " + MAX_DESCRIPTION + " characters, not "
                    + p.description().length()));
        }
        if (!p.unit().matches("[A-Z]{1,6}")) {
            out.add(new InputProblem(line, "unit", "the unit of sale is 1 to 6 letters (EA, BX, CS, PK, GAL ...)"
                    + (p.unit().isEmpty() ? "" : ", not \"" + shorten(p.unit()) + "\"")));
        }
        if (p.caseQuantity() < 1 || p.caseQuantity() > MAX_CASE_QUANTITY) {
            out.add(new InputProblem(line, "case_qty", "units in a case: a whole number from 1 to "
                    + String.format("%,d", MAX_CASE_QUANTITY) + ", not " + p.caseQuantity()));
        }
        if (p.weightGrams() < 0 || p.weightGrams() > MAX_WEIGHT_GRAMS) {
            out.add(new InputProblem(line, "weight_kg", "the weight of one unit is 0 to 10,000 kg, not "
                    + p.weightKg().toPlainString()));
        }
        String gtin = Gtin.problem(p.gtin());
        if (gtin != null) {
            out.add(new InputProblem(line, "gtin", gtin));
        }
        price(out, line, "list_price", p.listPrice());
        price(out, line, "cost", p.cost());
        if (p.category() != null && p.category().length() > 60) {
            out.add(new InputProblem(line, "category", "at most 60 characters, not " + p.category().length()));
        }
        return out;
    }

    private static void price(List<InputProblem> out, long line, String column, Money m) {
        if (m == null) {
            out.add(new InputProblem(line, column, "give an amount, e.g. 12.50"));
        } else if (m.isNegative() || m.compareTo(MAX_PRICE) > 0) {
            out.add(new InputProblem(line, column, "an amount from 0.00 to 1,000,000.00, not " + m));
        }
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
