package com.orderdesk.logic.assets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV assets: a header row, {@code #} comment lines, and typed field access whose errors
 * name the file, line and column.
 */
public final class CsvAssets {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CsvAssets() {
    }

    /** Receives one data row. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(Row row);
    }

    /**
     * Parses {@code reader} (closing it), checks that every required column is in the header, and
     * hands each row to {@code handler}.
     */
    public static void read(Reader reader, String source, List<String> requiredColumns, RowHandler handler) {
        try (reader; CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new AssetFormatException(source + ": header has no column '" + column
                            + "' (found " + header + ")");
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw AssetFormatException.at(source, line, "expected " + header.size()
                            + " fields, found " + record.size());
                }
                handler.accept(new Row(record, source, line));
            }
        } catch (CSVException e) {
            throw new AssetFormatException(source + ": malformed CSV " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // The record iterator wraps both syntax errors (CSVException, with the line) and read errors.
            if (e.getCause() instanceof CSVException syntax) {
                throw new AssetFormatException(source + ": malformed CSV " + syntax.getMessage(), syntax);
            }
            throw AssetFiles.unreadable(source, e.getCause());
        } catch (IOException e) {
            throw AssetFiles.unreadable(source, e);
        } catch (IllegalArgumentException e) {
            throw new AssetFormatException(source + ": malformed CSV header: " + e.getMessage(), e);
        }
    }

    /** One data row with located, typed accessors. */
    public static final class Row {
        private final CSVRecord record;
        private final String source;
        private final long line;

        Row(CSVRecord record, String source, long line) {
            this.record = record;
            this.source = source;
            this.line = line;
        }

        public long line() {
            return line;
        }

        /** The trimmed text of a column, possibly empty. */
        public String text(String column) {
            return record.get(column);
        }

        /** The text of a column that must not be empty. */
        public String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw error("column '" + column + "' is empty");
            }
            return value;
        }

        public BigDecimal decimal(String column) {
            return parseDecimal(column, required(column));
        }

        public Optional<BigDecimal> optionalDecimal(String column) {
            String value = text(column);
            return value.isEmpty() ? Optional.empty() : Optional.of(parseDecimal(column, value));
        }

        public double coordinate(String column) {
            try {
                return Double.parseDouble(required(column));
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a number: '" + text(column) + "'");
            }
        }

        /** A whole number, or 0 when the column is empty. */
        public long countOrZero(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return 0;
            }
            try {
                long n = Long.parseLong(value);
                if (n < 0) {
                    throw error("column '" + column + "' is negative: " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a whole number: '" + value + "'");
            }
        }

        public AssetFormatException error(String problem) {
            return AssetFormatException.at(source, line, problem);
        }

        private BigDecimal parseDecimal(String column, String value) {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a decimal number: '" + value + "'");
            }
        }
    }
}
