package com.orderdesk.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores calendar dates as ISO text (2026-11-26). SQLite has no date type and its JDBC driver
 * would store a date as milliseconds at local midnight, which shifts when the time zone does;
 * ISO text is exact, sorts correctly and reads the same on PostgreSQL.
 */
@Converter(autoApply = true)
public class LocalDateConverter implements AttributeConverter<LocalDate, String> {
    @Override
    public String convertToDatabaseColumn(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public LocalDate convertToEntityAttribute(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
