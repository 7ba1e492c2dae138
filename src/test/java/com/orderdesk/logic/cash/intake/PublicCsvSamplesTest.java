package com.orderdesk.logic.cash.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bank CSV the desk has no mapping for is shown to a person to map (header and first rows); these
 * are csv-spectrum's files (BSD-2-Clause, samples/csv/SOURCES.md), written to trip CSV readers up:
 * a comma inside quotes, quotes and line breaks inside a value (in two columns), UTF-8 past Latin-1.
 */
class PublicCsvSamplesTest {
    private static UnmappedCsvException unmapped(String name) throws IOException {
        try (InputStream in = PublicCsvSamplesTest.class.getResourceAsStream("/samples/csv/" + name)) {
            byte[] bytes = in.readAllBytes();
            return catchThrowableOfType(UnmappedCsvException.class, () -> BankFileReader.read(name, bytes));
        }
    }

    @Test
    void aCommaInsideQuotesStaysInItsValue() throws IOException {
        UnmappedCsvException e = unmapped("csvspectrum-comma_in_quotes.csv");
        assertThat(e.header()).containsExactly("first", "last", "address", "city", "zip");
        assertThat(e.delimiter()).isEqualTo(',');
        assertThat(e.sample()).containsExactly(List.of("John", "Doe", "120 any st.", "Anytown, WW", "08123"));
        assertThat(e.problems()).containsExactly("csvspectrum-comma_in_quotes.csv:1: a CSV layout this desk does not know (columns"
                + " first, last, address, city, zip): map its columns once in the cash desk (Import file), then import it again");
    }

    /** Two columns cannot hold a date, an amount and a payer: refused outright, not offered for mapping. */
    @Test
    void aTwoColumnCsvIsNoBankFileAndTheRefusalSaysWhatIsRead() throws IOException {
        byte[] bytes;
        try (InputStream in = PublicCsvSamplesTest.class.getResourceAsStream("/samples/csv/csvspectrum-quotes_and_newlines.csv")) {
            bytes = in.readAllBytes();
        }
        ImportException e = catchThrowableOfType(ImportException.class, () -> BankFileReader.read("two.csv", bytes));
        assertThat(e).isNotInstanceOf(UnmappedCsvException.class);
        assertThat(e.problems()).containsExactly("two.csv:1: not a bank or remittance file this desk reads (it starts \"a,b\"):"
                + " expected camt.052/053/054 XML, BAI2 or BTRS (starting with an 01 record), MT940/MT942, an X12 820 (starting with"
                + " ISA), or a CSV whose header fits a known column mapping");
    }

    @Test
    void utf8BeyondLatin1IsDecodedAsUtf8() throws IOException {
        UnmappedCsvException e = unmapped("csvspectrum-utf8.csv");
        assertThat(e.header()).containsExactly("a", "b", "c");
        assertThat(e.sample()).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "\u02a4"));
    }
}
