package com.orderdesk.demo;

import com.orderdesk.logic.assets.AssetFiles;
import com.orderdesk.logic.assets.AssetFormatException;
import com.orderdesk.logic.assets.CsvAssets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Word lists and the product catalogue seed under {@code assets/demo/}, from which the demo-data
 * generator builds realistic customers, contacts, addresses and products from a fixed seed.
 * Everything is read once at construction; the object is immutable and thread-safe.
 */
public final class DemoSeeds {
    public static final String DIRECTORY = "demo/";
    private static final int MONEY_SCALE = 2;

    private final List<String> surnames;
    private final List<String> firstNames;
    private final List<String> companyPrefixes;
    private final List<String> companyTrades;
    private final List<String> companySuffixes;
    private final List<String> streetNames;
    private final List<String> streetSuffixes;
    private final Map<String, String> units;
    private final List<ProductSeed> products;

    private DemoSeeds() {
        surnames = words("surnames.txt");
        firstNames = words("first-names.txt");
        companyPrefixes = words("company-prefixes.txt");
        companyTrades = words("company-trades.txt");
        companySuffixes = words("company-suffixes.txt");
        streetNames = words("street-names.txt");
        streetSuffixes = words("street-suffixes.txt");
        units = readUnits();
        products = readProducts(AssetFiles.openText(DIRECTORY + "products.csv"),
                AssetFiles.displayName(DIRECTORY + "products.csv"), units);
    }

    /** Reads all seeds shipped with the application. */
    public static DemoSeeds loadDefault() {
        return new DemoSeeds();
    }

    /** Common US surnames (also used in company names: "Garcia Plumbing LLC"). */
    public List<String> surnames() {
        return surnames;
    }

    public List<String> firstNames() {
        return firstNames;
    }

    /** Words that open a company name: "Summit", "Great Lakes". */
    public List<String> companyPrefixes() {
        return companyPrefixes;
    }

    /** What the customer does: "Facility Services", "Machine Works". */
    public List<String> companyTrades() {
        return companyTrades;
    }

    /** Legal forms: "Inc.", "LLC", "& Sons". */
    public List<String> companySuffixes() {
        return companySuffixes;
    }

    public List<String> streetNames() {
        return streetNames;
    }

    /** USPS suffix abbreviations: "St", "Ave", "Pkwy". */
    public List<String> streetSuffixes() {
        return streetSuffixes;
    }

    /** Unit-of-sale codes and their names, e.g. CS = Case. */
    public Map<String, String> units() {
        return units;
    }

    /** The catalogue: every variant of every item family, SKUs unique, in file order (346 products). */
    public List<ProductSeed> products() {
        return products;
    }

    /**
     * A company name from one of four patterns, e.g. "Garcia Facility Services LLC",
     * "Summit Machine Works Inc.", "Baker &amp; Nguyen Co.", "Great Lakes Janitorial".
     */
    public String companyName(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, surnames) + " " + pick(random, companyTrades) + " " + pick(random, companySuffixes);
            case 1 -> pick(random, companyPrefixes) + " " + pick(random, companyTrades) + " " + pick(random, companySuffixes);
            case 2 -> pick(random, surnames) + " & " + pick(random, surnames) + " " + pick(random, List.of("Co.", "Inc.", "LLC"));
            default -> pick(random, companyPrefixes) + " " + pick(random, companyTrades);
        };
    }

    /** A contact's full name, e.g. "Maria Nguyen". */
    public String personName(RandomGenerator random) {
        return pick(random, firstNames) + " " + pick(random, surnames);
    }

    /** A street line with a house number, e.g. "4120 Commerce Pkwy". */
    public String streetLine(RandomGenerator random) {
        int number = 100 + random.nextInt(9900);
        return number + " " + pick(random, streetNames) + " " + pick(random, streetSuffixes);
    }

    private static String pick(RandomGenerator random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Reads a product catalogue in the products.csv format; public so the format can be tested. */
    public static List<ProductSeed> readProducts(Reader csv, String source, Map<String, String> knownUnits) {
        List<ProductSeed> result = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        CsvAssets.read(csv, source, List.of("item", "category", "description", "unit", "pack", "weight_lb_min",
                "weight_lb_max", "list_price_min", "list_price_max", "margin_percent", "variants"), row -> {
                    String unit = row.required("unit");
                    if (!knownUnits.containsKey(unit)) {
                        throw row.error("unknown unit '" + unit + "' (known: " + knownUnits.keySet() + ")");
                    }
                    BigDecimal weightMin = positive(row, "weight_lb_min");
                    BigDecimal weightMax = positive(row, "weight_lb_max");
                    BigDecimal priceMin = positive(row, "list_price_min");
                    BigDecimal priceMax = positive(row, "list_price_max");
                    if (weightMax.compareTo(weightMin) < 0 || priceMax.compareTo(priceMin) < 0) {
                        throw row.error("a max is below its min");
                    }
                    BigDecimal margin = row.decimal("margin_percent");
                    if (margin.signum() <= 0 || margin.compareTo(BigDecimal.valueOf(90)) >= 0) {
                        throw row.error("margin_percent must be between 0 and 90: " + margin);
                    }
                    String item = row.required("item");
                    String pack = row.text("pack");
                    List<String> variants = row.text("variants").isEmpty() ? List.of("")
                            : Arrays.stream(row.text("variants").split("\\|")).map(String::strip).toList();
                    for (int i = 0; i < variants.size(); i++) {
                        // Variants run smallest to largest, so spread weight and price evenly over the range.
                        BigDecimal share = variants.size() == 1 ? BigDecimal.ZERO
                                : BigDecimal.valueOf(i).divide(BigDecimal.valueOf(variants.size() - 1), 10, RoundingMode.HALF_UP);
                        BigDecimal weight = interpolate(weightMin, weightMax, share);
                        BigDecimal list = interpolate(priceMin, priceMax, share);
                        BigDecimal cost = list.multiply(BigDecimal.ONE.subtract(margin.movePointLeft(2)))
                                .setScale(MONEY_SCALE, RoundingMode.HALF_UP);
                        String sku = variants.size() == 1 ? item : item + "-" + String.format("%02d", i + 1);
                        if (!skus.add(sku)) {
                            throw row.error("SKU " + sku + " is produced twice");
                        }
                        StringBuilder description = new StringBuilder(row.required("description"));
                        if (!variants.get(i).isEmpty()) {
                            description.append(' ').append(variants.get(i));
                        }
                        if (!pack.isEmpty()) {
                            description.append(", ").append(pack);
                        }
                        result.add(new ProductSeed(sku, row.required("category"), description.toString(), unit,
                                weight, list, cost));
                    }
                });
        return List.copyOf(result);
    }

    private static BigDecimal interpolate(BigDecimal min, BigDecimal max, BigDecimal share) {
        return min.add(max.subtract(min).multiply(share)).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal positive(CsvAssets.Row row, String column) {
        BigDecimal value = row.decimal(column);
        if (value.signum() <= 0) {
            throw row.error("column '" + column + "' must be positive: " + value);
        }
        return value;
    }

    private static Map<String, String> readUnits() {
        String file = DIRECTORY + "units.csv";
        Map<String, String> result = new LinkedHashMap<>();
        CsvAssets.read(AssetFiles.openText(file), AssetFiles.displayName(file), List.of("code", "name"),
                row -> result.put(row.required("code"), row.required("name")));
        return Map.copyOf(result);
    }

    /** A one-word-or-phrase-per-line list; '#' lines are comments; must not be empty or repeat itself. */
    private static List<String> words(String name) {
        String file = DIRECTORY + name;
        String source = AssetFiles.displayName(file);
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = new BufferedReader(AssetFiles.openText(file))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String word = line.strip();
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                if (!seen.add(word)) {
                    throw AssetFormatException.at(source, number, "'" + word + "' is listed twice");
                }
                result.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (result.isEmpty()) {
            throw new AssetFormatException(source + ": the list is empty");
        }
        return List.copyOf(result);
    }
}
