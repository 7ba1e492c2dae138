package com.orderdesk.logic.cash.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How one bank's CSV export maps onto payments: which column holds what, the date pattern, the
 * delimiter and decimal separator. The application stores one per bank (every field is a plain
 * value); {@link #builtIn()} has mappings for common layouts. A file is read with the first
 * mapping whose columns are all in its header row.
 *
 * @param name               what the desk calls it ("Chase business checking")
 * @param delimiter          ',' ';' or '\t'
 * @param dateColumn         the booking or value date
 * @param datePattern        java.time pattern of that date ("MM/dd/yyyy", "dd.MM.yy", "yyyy-MM-dd")
 * @param amountColumn       a signed amount (credits positive), or empty when credits have their own column
 * @param creditColumn       the credit amount column when the export splits credits from debits, else empty
 * @param decimalComma       amounts are written 1.234,56 (else 1,234.56)
 * @param currencyColumn     the currency column, or empty to use {@code defaultCurrency}
 * @param defaultCurrency    the account's currency when the file does not say, or empty (unknown)
 * @param payerNameColumn    the counterparty's name, or empty
 * @param payerAccountColumn the counterparty's account (IBAN or routing:account), or empty
 * @param referenceColumns   the columns whose text is the remittance, joined with "; "
 * @param bankReferenceColumn the bank's own transaction id, or empty
 */
public record BankCsvMapping(String name, char delimiter, String dateColumn, String datePattern, String amountColumn,
                             String creditColumn, boolean decimalComma, String currencyColumn, String defaultCurrency,
                             String payerNameColumn, String payerAccountColumn, List<String> referenceColumns,
                             String bankReferenceColumn) {
    public BankCsvMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateColumn, "dateColumn");
        Objects.requireNonNull(datePattern, "datePattern");
        amountColumn = blank(amountColumn);
        creditColumn = blank(creditColumn);
        if (amountColumn.isEmpty() == creditColumn.isEmpty()) {
            throw new IllegalArgumentException(name + ": name either an amount column or a credit column");
        }
        currencyColumn = blank(currencyColumn);
        defaultCurrency = blank(defaultCurrency);
        payerNameColumn = blank(payerNameColumn);
        payerAccountColumn = blank(payerAccountColumn);
        referenceColumns = referenceColumns == null ? List.of() : List.copyOf(referenceColumns);
        bankReferenceColumn = blank(bankReferenceColumn);
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    /** Every column the mapping reads: a header must have them all for the mapping to apply. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String c : List.of(dateColumn, amountColumn, creditColumn, currencyColumn, payerNameColumn,
                payerAccountColumn, bankReferenceColumn)) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        out.addAll(referenceColumns);
        return out;
    }

    /**
     * What keeps this mapping from reading a file with this header: a column it names that the
     * header does not have, a date pattern java.time cannot read, no bank name; empty when it fits.
     */
    public List<String> problems(List<String> header) {
        List<String> out = new ArrayList<>();
        if (name.isBlank()) {
            out.add("name the bank");
        }
        if (dateColumn.isBlank()) {
            out.add("choose the date column");
        }
        List<String> cells = header.stream().map(BankCsvMapping::key).toList();
        for (String c : columns()) {
            if (!cells.contains(key(c))) {
                out.add("the file has no column \"" + c + "\"");
            }
        }
        try {
            java.time.format.DateTimeFormatter.ofPattern(datePattern);
        } catch (IllegalArgumentException e) {
            out.add("\"" + datePattern + "\" is not a date pattern (yyyy-MM-dd, MM/dd/yyyy, dd.MM.yy...)");
        }
        if (!defaultCurrency.isEmpty() && !defaultCurrency.matches("[A-Z]{3}")) {
            out.add("\"" + defaultCurrency + "\" is not a three-letter currency code");
        }
        return out;
    }

    /** True when the header row (its cells) has every column this mapping reads. */
    boolean fits(List<String> header) {
        List<String> cells = header.stream().map(BankCsvMapping::key).toList();
        return columns().stream().allMatch(c -> cells.contains(key(c)));
    }

    /**
     * The header row as one comparable text (cells trimmed, lower case, joined by a tab): a saved
     * mapping is kept under its file's header, so the next export of that bank finds it.
     */
    public static String headerKey(List<String> header) {
        return String.join("\t", header.stream().map(BankCsvMapping::key).toList());
    }

    /** This mapping renamed (the bank's name as the person typed it). */
    public BankCsvMapping named(String newName) {
        return new BankCsvMapping(newName, delimiter, dateColumn, datePattern, amountColumn, creditColumn, decimalComma,
                currencyColumn, defaultCurrency, payerNameColumn, payerAccountColumn, referenceColumns, bankReferenceColumn);
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Layouts shipped with the desk: the payments CSV of the match command's contract, and the
     * business-account exports of a few banks (as their sites describe the columns).
     */
    public static List<BankCsvMapping> builtIn() {
        return List.of(
                new BankCsvMapping("Order Desk payments.csv", ',', "received_date", "yyyy-MM-dd", "amount", "", false,
                        "currency", "", "payer_name", "payer_account", List.of("reference"), "payment_id"),
                new BankCsvMapping("Chase account activity", ',', "Posting Date", "MM/dd/yyyy", "Amount", "", false,
                        "", "USD", "", "", List.of("Description"), "Check or Slip #"),
                new BankCsvMapping("Bank of America account activity", ',', "Date", "MM/dd/yyyy", "Amount", "", false,
                        "", "USD", "", "", List.of("Description"), ""),
                new BankCsvMapping("Sparkasse CSV-CAMT", ';', "Buchungstag", "dd.MM.yy", "Betrag", "", true,
                        "Waehrung", "EUR", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN",
                        List.of("Verwendungszweck"), "Kundenreferenz (End-to-End)"),
                new BankCsvMapping("Generic credits export", ',', "Value Date", "yyyy-MM-dd", "", "Credit", false,
                        "Currency", "", "Counterparty", "Counterparty Account", List.of("Reference", "Details"),
                        "Transaction ID"));
    }
}
