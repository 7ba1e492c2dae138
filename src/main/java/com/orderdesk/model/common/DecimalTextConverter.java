package com.orderdesk.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores rates and percentages (tax rate 0.06875, discount 12.5) as decimal text so they stay
 * exact on SQLite, whose NUMERIC affinity would turn them into binary floating point.
 */
@Converter
public class DecimalTextConverter implements AttributeConverter<BigDecimal, String> {
    @Override
    public String convertToDatabaseColumn(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public BigDecimal convertToEntityAttribute(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
