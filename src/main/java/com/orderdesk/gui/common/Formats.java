package com.orderdesk.gui.common;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import javafx.util.StringConverter;

/**
 * How numbers and dates look on screen, in one locale, and how typed text is read back.
 *
 * <ul>
 *   <li>money: thousands separators and exactly 2 decimals ("1,234.50"); {@link #moneyWithCurrency}
 *       adds the book's currency sign;</li>
 *   <li>quantities: whole numbers ("1,234"), fractions only when the value has them;</li>
 *   <li>percentages: up to 2 decimals and a percent sign ("12.5%");</li>
 *   <li>dates: the locale's medium style for reading ("Nov 26, 2026"), its short style with a
 *       four-digit year for typing ("11/26/2026"), month and day alone ({@link #monthDay}, "Nov 26")
 *       only where a narrow column or a chart's axis has no room and the year goes without saying.</li>
 * </ul>
 *
 * <p>Every date a screen shows goes through {@link #date}, {@link #dateTime} or {@link #monthDay}
 * (never {@code toString()}, ISO or the short style): a date in a table cell, a label, a tooltip or a
 * status message reads the same everywhere. The short style is for what a person types and the
 * fields they type it in ({@link #dateConverter}).
 *
 * <p>The currency sign: the book has one currency, so an amount shows <em>without</em> a sign
 * ({@link #money}) wherever a column title, a field's label or the sentence's words already say it is
 * money: table cells, list footers and totals, detail panes and the sentences of status messages and
 * dialogs ("Proposal: valid 40.00 of 100.00."). The sign ({@link #moneyWithCurrency}) is written only
 * where an amount stands among figures of other kinds with nothing else to say it is money: the
 * dashboard's headline tiles (days, percentages and amounts side by side, with their changes and
 * tooltips) and the figures line under them, on screen as in the PDF pack.
 *
 * Reading is strict and explains itself: {@link #parseMoney} and friends throw
 * {@link InputException} with a sentence naming the bad character and showing a valid example.
 * The {@code *Converter()} methods wrap the same rules as {@link StringConverter}s (blank text
 * converts to {@code null}: whether a value is required is a validation rule, not a parse rule).
 * Instances are immutable and thread-safe.
 */
public final class Formats {
    /** The book's currency (see {@link Money}). */
    public static final Currency CURRENCY = Currency.getInstance("USD");

    private final Locale locale;
    private final NumberReader reader;
    private final DateTimeFormatter displayDate;
    private final DateTimeFormatter displayDateTime;
    private final DateTimeFormatter entryDate;
    private final DateTimeFormatter monthDay;
    /**
     * The money and whole-number formats, made once per thread that formats with this instance: a table
     * cell formatted its amount at every paint with a {@code NumberFormat} made for the call, and
     * {@code NumberFormat} is not thread-safe (view models format on the pool of threads too).
     */
    private final ThreadLocal<NumberFormat> twoDecimals;
    private final ThreadLocal<NumberFormat> noDecimals;
    /** One instance per locale: the controllers and view models of every screen ask for the user's. */
    private static final java.util.concurrent.ConcurrentMap<Locale, Formats> BY_LOCALE = new java.util.concurrent.ConcurrentHashMap<>();

    private Formats(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.reader = new NumberReader(locale);
        this.displayDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.displayDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.monthDay = DateTimeFormatter.ofPattern(withoutYear(DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale)), locale);
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        // Two-digit years are ambiguous on an order desk (requested dates, due dates): always four.
        this.entryDate = DateTimeFormatter.ofPattern(shortPattern.replaceAll("y+", "yyyy"), locale);
        this.twoDecimals = ThreadLocal.withInitial(() -> fixed(2));
        this.noDecimals = ThreadLocal.withInitial(() -> fixed(0));
    }

    /**
     * The medium pattern without its year and the separators that tie the year to the rest:
     * "MMM d, y" gives "MMM d", "d MMM y" gives "d MMM", "y/MM/dd" gives "MM/dd", and a word that
     * belongs to the year goes with it ("d 'de' MMM 'de' y" gives "d 'de' MMM", "d MMM y 'г'." "d MMM").
     */
    static String withoutYear(String pattern) {
        String p = pattern.strip();
        // letters A-Z are pattern fields; anything else unquoted (",", ".", "/", "年") is a separator
        if (p.startsWith("y")) {
            return p.replaceFirst("^y+[^A-Za-z']*", "");
        }
        return p.replaceFirst("(\\s*'[^']*')?[^A-Za-z']*y+(\\s*'[^']*')?[^A-Za-z']*$", "").replaceFirst("y+[^A-Za-z']*", "").strip();
    }

    /** Formats for the given locale (tests, or a user preference). */
    public static Formats forLocale(Locale locale) {
        return BY_LOCALE.computeIfAbsent(Objects.requireNonNull(locale, "locale"), Formats::new);
    }

    /** Formats for the JVM's default format locale (the user's). */
    public static Formats forDefaultLocale() {
        return forLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    // ---------------------------------------------------------------- display

    /** "1,234.50": grouping, 2 decimals, half-up; {@code null} shows as empty. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return twoDecimals.get().format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String money(Money amount) {
        return amount == null ? "" : money(amount.amount());
    }

    /** "$1,234.50" in en-US; the sign and its place follow the locale. */
    public String moneyWithCurrency(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(CURRENCY);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A whole-number quantity with grouping: "1,234". */
    public String quantity(long quantity) {
        return noDecimals.get().format(quantity);
    }

    /** A quantity of a unit that allows fractions: as many decimals as it has (up to 3). */
    public String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(3);
        return f.format(quantity);
    }

    /** A percentage given in percent units (12.5 means 12.5%): "12.5%". */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(percent) + "%";
    }

    /**
     * A percentage with exactly {@code decimals} decimals ("29.4%", "13.9%" at 1): for a column of
     * shares, where "29.4%" above "13.88%" read as two kinds of figure.
     */
    public String percent(BigDecimal percent, int decimals) {
        if (percent == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(percent) + "%";
    }

    /** Medium style: "Nov 26, 2026" in en-US, "26 nov. 2026" in fr-FR. */
    public String date(LocalDate date) {
        return date == null ? "" : displayDate.format(date);
    }

    /**
     * Month and day without the year, in the locale's order: "Nov 26" in en-US, "26 nov." in fr-FR.
     * For narrow columns and chart axes whose dates are within a year of today (the full date beside it).
     */
    public String monthDay(LocalDate date) {
        return date == null ? "" : monthDay.format(date);
    }

    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : displayDateTime.format(dateTime);
    }

    /** A moment as the desk's clock showed it, with the same date as {@link #date}: "Dec 3, 2026, 3:00 PM". */
    public String dateTime(java.time.Instant at, java.time.ZoneId zone) {
        return at == null ? "" : displayDateTime.format(at.atZone(zone).toLocalDateTime());
    }

    // ---------------------------------------------------------------- reading

    /** Reads an amount: locale separators, optional currency sign, at most 2 decimals. */
    public BigDecimal parseMoney(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        String sign = CURRENCY.getSymbol(locale);
        if (stripped.startsWith(sign)) {
            stripped = stripped.substring(sign.length());
        } else if (stripped.endsWith(sign)) {
            stripped = stripped.substring(0, stripped.length() - sign.length());
        }
        return reader.read(stripped, text, NumberReader.Kind.AMOUNT, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reads a percentage in percent units ("12.5" or "12.5%" gives 12.5), at most 2 decimals. */
    public BigDecimal parsePercent(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.endsWith("%")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return reader.read(stripped, text, NumberReader.Kind.PERCENT, 2);
    }

    /** Reads a measure such as a weight in kilograms ("0.68", "1,250.5"), at most {@code maxDecimals} decimals. */
    public BigDecimal parseMeasure(String text, int maxDecimals) {
        Objects.requireNonNull(text, "text");
        return reader.read(text, text, NumberReader.Kind.AMOUNT, maxDecimals);
    }

    /** Reads a whole-number quantity ("1,200" gives 1200); decimals are refused. */
    public long parseQuantity(String text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value = reader.read(text, text, NumberReader.Kind.QUANTITY, 0);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new InputException(Messages.get("input.tooLarge", text));
        }
    }

    /** Reads a date in the locale's short style (four-digit year) or ISO "2026-11-26". */
    public LocalDate parseDate(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        try {
            return LocalDate.parse(stripped, entryDate);
        } catch (DateTimeParseException localized) {
            try {
                return LocalDate.parse(stripped);
            } catch (DateTimeParseException iso) {
                throw new InputException(Messages.get("input.badDate", text,
                        entryDate.format(LocalDate.of(2026, 3, 31))), localized.getErrorIndex());
            }
        }
    }

    /** How dates are typed: the locale's short style with a four-digit year. */
    public String entryDate(LocalDate date) {
        return date == null ? "" : entryDate.format(date);
    }

    // ---------------------------------------------------------------- converters

    /** Money field: shows "1,234.50", reads with {@link #parseMoney}; blank is {@code null}. */
    public StringConverter<BigDecimal> moneyConverter() {
        return converter(this::money, this::parseMoney);
    }

    /** Percentage field in percent units: shows "12.5", reads "12.5" or "12.5%". */
    public StringConverter<BigDecimal> percentConverter() {
        return converter(p -> {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(2);
            return f.format(p);
        }, this::parsePercent);
    }

    /** Whole-number quantity field: shows "1,200", refuses "1.5". */
    public StringConverter<Long> quantityConverter() {
        return converter(this::quantity, this::parseQuantity);
    }

    /** Date field (e.g. a DatePicker's converter): types and shows the short style. */
    public StringConverter<LocalDate> dateConverter() {
        return converter(this::entryDate, this::parseDate);
    }

    private NumberFormat fixed(int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /**
     * A converter for pickers and lists that only show values ({@code show} of null gives
     * {@code nullText}; typed text is never read back).
     */
    public static <T> StringConverter<T> display(java.util.function.Function<T, String> show, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show,
                                                    java.util.function.Function<String, T> read) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return text == null || text.isBlank() ? null : read.apply(text);
            }
        };
    }
}
