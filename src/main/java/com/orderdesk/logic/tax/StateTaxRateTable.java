package com.orderdesk.logic.tax;

import com.orderdesk.logic.assets.AssetFiles;
import com.orderdesk.logic.assets.AssetFormatException;
import com.orderdesk.logic.assets.CsvAssets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statewide sales tax rate of each US state and DC, read from
 * {@code assets/tax/us-state-sales-tax.csv} (public figures; source and date in the file and in
 * {@code assets/README.md}). Immutable and safe to share between threads.
 */
public final class StateTaxRateTable implements TaxRates {
    public static final String ASSET = "tax/us-state-sales-tax.csv";
    private static final Pattern AS_OF = Pattern.compile("as of (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(20);

    private final Map<String, StateTaxRate> byState;
    private final LocalDate asOf;

    private StateTaxRateTable(Map<String, StateTaxRate> byState, LocalDate asOf) {
        this.byState = Collections.unmodifiableMap(byState);
        this.asOf = asOf;
    }

    /** Reads the table shipped with the application. */
    public static StateTaxRateTable loadDefault() {
        return read(AssetFiles.openText(ASSET), AssetFiles.displayName(ASSET));
    }

    /**
     * Reads a table in the shipped format: {@code #} comment lines (one of which says
     * "as of YYYY-MM-DD"), then {@code state,name,state_rate_percent,avg_local_rate_percent,note}.
     *
     * @param source the file name used in error messages
     */
    public static StateTaxRateTable read(Reader reader, String source) {
        String text = slurp(reader, source);
        Matcher date = AS_OF.matcher(text);
        if (!date.find()) {
            throw new AssetFormatException(source + ": no 'as of YYYY-MM-DD' date in its comment lines");
        }
        Map<String, StateTaxRate> rates = new TreeMap<>();
        CsvAssets.read(new StringReader(text), source,
                List.of("state", "name", "state_rate_percent", "avg_local_rate_percent", "note"), row -> {
                    String code = row.required("state");
                    if (!STATE_CODE.matcher(code).matches()) {
                        throw row.error("state code must be two capital letters: '" + code + "'");
                    }
                    StateTaxRate rate = new StateTaxRate(code, row.required("name"),
                            percent(row, row.decimal("state_rate_percent")),
                            row.optionalDecimal("avg_local_rate_percent").map(p -> percent(row, p)),
                            row.text("note"));
                    if (rates.putIfAbsent(code, rate) != null) {
                        throw row.error("state " + code + " is listed twice");
                    }
                });
        return new StateTaxRateTable(rates, LocalDate.parse(date.group(1)));
    }

    /**
     * The statewide rate as a fraction for {@code Money.times} (California: 0.0725).
     *
     * @throws UnknownStateException for a code not in the table
     */
    public BigDecimal rate(String stateCode) {
        return entry(stateCode).stateRate();
    }

    @Override
    public BigDecimal rateFor(String stateCode) {
        return rate(stateCode);
    }

    /** The statewide rate in percent (California: 7.25). */
    public BigDecimal ratePercent(String stateCode) {
        return entry(stateCode).stateRatePercent();
    }

    /** All figures for one state. Codes are matched ignoring case and surrounding blanks. */
    public StateTaxRate entry(String stateCode) {
        String code = normalise(stateCode);
        StateTaxRate rate = byState.get(code);
        if (rate == null) {
            throw new UnknownStateException("no sales tax rate for state '" + stateCode
                    + "': the table knows " + String.join(", ", byState.keySet()));
        }
        return rate;
    }

    public Optional<StateTaxRate> find(String stateCode) {
        return Optional.ofNullable(byState.get(normalise(stateCode)));
    }

    public boolean contains(String stateCode) {
        return byState.containsKey(normalise(stateCode));
    }

    /** Every state in code order. */
    public Collection<StateTaxRate> all() {
        return byState.values();
    }

    public List<String> stateCodes() {
        return byState.keySet().stream().collect(Collectors.toUnmodifiableList());
    }

    /** The date the rates are in force from, as stated in the file. */
    public LocalDate asOf() {
        return asOf;
    }

    private static String normalise(String stateCode) {
        return stateCode == null ? "" : stateCode.strip().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal percent(CsvAssets.Row row, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(MAX_PERCENT) > 0) {
            throw row.error("rate " + value.toPlainString() + "% is outside 0..20%");
        }
        return value;
    }

    private static String slurp(Reader reader, String source) {
        try (BufferedReader in = new BufferedReader(reader)) {
            return in.lines().collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException | UncheckedIOException e) {
            throw new AssetFormatException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
