package com.orderdesk.logic.capture.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The values of an X12 set's elements as the 850 reader takes them: numbers (N, R) and dates (DT). */
final class X12Elements {
    private X12Elements() {
    }

    /** Element {@code position} of {@code s} as a number not below zero; the file is refused otherwise. */
    static BigDecimal number(X12Segment s, int position, String what) throws X12SegmentReader.Broken {
        String value = s.element(position).trim();
        try {
            BigDecimal n = new BigDecimal(value);
            if (n.signum() < 0) {
                throw new X12SegmentReader.Broken(s.where() + ": " + what + " \"" + value + "\" is negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new X12SegmentReader.Broken(s.where() + ": " + what + " \"" + value + "\" is not a number");
        }
    }

    /** A DTM's date (DTM02); the file is refused when it is no date. */
    static LocalDate date(X12Segment s) throws X12SegmentReader.Broken {
        String value = s.element(2).trim();
        try {
            return value.length() == 6 ? LocalDate.parse("20" + value, DateTimeFormatter.BASIC_ISO_DATE)
                    : LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new X12SegmentReader.Broken(s.where() + ": date \"" + value + "\" is not CCYYMMDD");
        }
    }

    /** A DT element (CCYYMMDD, or YYMMDD before 004010), or null when blank or not a date. */
    static LocalDate dateOrNull(String value) {
        String v = value == null ? "" : value.trim();
        try {
            return v.length() == 8 ? LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE)
                    : v.length() == 6 ? LocalDate.parse("20" + v, DateTimeFormatter.BASIC_ISO_DATE) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
