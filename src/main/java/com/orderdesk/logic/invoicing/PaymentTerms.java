package com.orderdesk.logic.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment terms as printed on an invoice: {@code 2/10 NET 30} (2 % off if paid within 10 days,
 * otherwise due in 30), {@code NET 45}, {@code DUE ON RECEIPT}, and the end-of-month variant
 * {@code NET 10 EOM} (days counted from the last day of the invoice month).
 *
 * <p>Days are calendar days added with {@link LocalDate#plusDays}, so month ends and 29 February
 * fall where the calendar puts them (31 Jan + 30 days = 2 Mar, or 1 Mar in a leap year).
 *
 * @param discountPercent early-payment discount in percent (zero when the terms offer none)
 * @param discountDays    days from the invoice date within which the discount applies (0 if none)
 * @param netDays         days from the invoice date (or month end, for EOM) to the due date
 * @param endOfMonth      whether days count from the end of the invoice month
 */
public record PaymentTerms(BigDecimal discountPercent, int discountDays, int netDays, boolean endOfMonth) {

    public static final PaymentTerms DUE_ON_RECEIPT = new PaymentTerms(BigDecimal.ZERO, 0, 0, false);

    private static final Pattern CODE = Pattern.compile(
            "(?:(\\d{1,2}(?:\\.\\d{1,2})?)\\s*/\\s*(\\d{1,3})\\s+)?NET\\s*(\\d{1,3})(\\s+EOM)?");

    public PaymentTerms {
        Objects.requireNonNull(discountPercent, "discountPercent");
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("discount percent must be 0 to under 100, was " + discountPercent);
        }
        if (netDays < 0 || discountDays < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
        if (discountPercent.signum() > 0 && discountDays >= netDays) {
            throw new IllegalArgumentException("the discount period (" + discountDays
                    + " days) must end before the net period (" + netDays + " days)");
        }
        if (discountPercent.signum() == 0 && discountDays != 0) {
            throw new IllegalArgumentException("discount days given without a discount percent");
        }
        discountPercent = discountPercent.stripTrailingZeros();
        if (discountPercent.scale() < 0) {
            discountPercent = discountPercent.setScale(0);
        }
    }

    public static PaymentTerms net(int days) {
        return new PaymentTerms(BigDecimal.ZERO, 0, days, false);
    }

    /**
     * Reads a terms code, ignoring case and extra spaces.
     *
     * @throws IllegalArgumentException naming the code and the accepted forms when it is not one
     */
    public static PaymentTerms parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("payment terms are empty; expected e.g. \"2/10 NET 30\", \"NET 30\" or \"DUE ON RECEIPT\"");
        }
        String normal = code.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (normal.equals("DUE ON RECEIPT") || normal.equals("NET 0")) {
            return DUE_ON_RECEIPT;
        }
        Matcher m = CODE.matcher(normal);
        if (!m.matches()) {
            throw new IllegalArgumentException("payment terms \"" + code.trim()
                    + "\" not understood; expected e.g. \"2/10 NET 30\", \"NET 30\", \"NET 10 EOM\" or \"DUE ON RECEIPT\"");
        }
        int net = Integer.parseInt(m.group(3));
        boolean eom = m.group(4) != null;
        if (m.group(1) == null) {
            return new PaymentTerms(BigDecimal.ZERO, 0, net, eom);
        }
        try {
            return new PaymentTerms(new BigDecimal(m.group(1)), Integer.parseInt(m.group(2)), net, eom);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("payment terms \"" + code.trim() + "\": " + e.getMessage(), e);
        }
    }

    public boolean hasDiscount() {
        return discountPercent.signum() > 0;
    }

    /** The canonical printed code, e.g. {@code 2/10 NET 30}; {@code parse(code())} gives this back. */
    public String code() {
        if (netDays == 0 && !hasDiscount() && !endOfMonth) {
            return "DUE ON RECEIPT";
        }
        String net = "NET " + netDays + (endOfMonth ? " EOM" : "");
        return hasDiscount() ? discountPercent.toPlainString() + "/" + discountDays + " " + net : net;
    }

    /** The due date and any discount date for an invoice issued on {@code invoiceDate}. */
    public PaymentSchedule scheduleFor(LocalDate invoiceDate) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        LocalDate start = endOfMonth ? invoiceDate.withDayOfMonth(invoiceDate.lengthOfMonth()) : invoiceDate;
        LocalDate discountDate = hasDiscount() ? start.plusDays(discountDays) : null;
        return new PaymentSchedule(this, invoiceDate, start.plusDays(netDays), discountDate, discountPercent);
    }

    @Override
    public String toString() {
        return code();
    }
}
