package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;

/** What an import stored: payments new to the book, and those skipped as already imported. */
public record ImportOutcome(String fileName, String format, int imported, int skipped, BigDecimal total) {
}
