package com.orderdesk.logic.cash.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one entry point for bank and remittance files: bytes in, and out either the recognised
 * format with its payments (each with its remittance lines), or an {@link ImportException} whose
 * {@link ImportException#summary()} is a one-line refusal with file and line.
 *
 * <p>Files are recognised by what they hold, whatever their name: ISO 20022 camt.052/053/054 XML
 * (any version), BAI2 and BTRS (BAI version 3), SWIFT MT940/MT942, ANSI X12 820, and CSV exports
 * whose header fits one of the given column mappings. The encoding is detected first (see
 * {@link TextDecoder}); a binary or empty file is refused in one line.
 */
public final class BankFileReader {
    private static final Pattern MT_TAG = Pattern.compile("(?m)^:(20|25|28C?|60[FM]|61|62[FM]):");
    private static final Pattern MT942 = Pattern.compile("(?m)^:(13D|34F|90[DC]):|\\{2:[IO]942");

    private BankFileReader() {
    }

    /** Reads a file with the built-in CSV mappings ({@link BankCsvMapping#builtIn()}). */
    public static BankFile read(String fileName, byte[] bytes) throws ImportException {
        return read(fileName, bytes, BankCsvMapping.builtIn());
    }

    /**
     * Reads a file; {@code csvMappings} are tried in order on a CSV file (the first whose columns
     * are all in the header row reads it).
     */
    public static BankFile read(String fileName, byte[] bytes, List<BankCsvMapping> csvMappings) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, bytes);
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        String head = text.stripLeading();
        String encoding = decoded.encoding();
        if (head.startsWith("<")) {
            CamtParser.Result camt = CamtParser.read(fileName, text);
            BankFormat format = switch (camt.message()) {
                case "camt.052" -> BankFormat.CAMT_052;
                case "camt.053" -> BankFormat.CAMT_053;
                default -> BankFormat.CAMT_054;
            };
            return new BankFile(format, camt.version(), encoding, null, camt.payments());
        }
        if (head.startsWith("01,")) {
            Bai2Parser.Result bai = Bai2Parser.read(fileName, text);
            return new BankFile(bai.version() == 3 ? BankFormat.BTRS : BankFormat.BAI2, String.valueOf(bai.version()),
                    encoding, null, bai.payments());
        }
        if (head.startsWith("ISA")) {
            X12RemittanceReader.Result x12 = X12RemittanceReader.read(fileName, text);
            return new BankFile(BankFormat.X12_820, x12.version(), encoding, null, x12.payments());
        }
        String start = head.length() > 4000 ? head.substring(0, 4000) : head;
        if (head.startsWith("{1:") || MT_TAG.matcher(start).find()) {
            boolean interim = MT942.matcher(start).find();
            List<ImportedPayment> payments = Mt940Parser.read(fileName, text);
            return new BankFile(interim ? BankFormat.MT942 : BankFormat.MT940, "", encoding, null, payments);
        }
        for (BankCsvMapping mapping : csvMappings) {
            List<String> header = BankCsvReader.header(text, mapping.delimiter());
            if (header.size() > 1 && mapping.fits(header)) {
                return new BankFile(BankFormat.CSV, "", encoding, mapping, BankCsvReader.read(fileName, text, mapping));
            }
        }
        for (char delimiter : new char[] {',', ';', '\t'}) {
            List<String> header = BankCsvReader.header(text, delimiter);
            if (header.size() > 2 && header.stream().noneMatch(String::isBlank)) {
                throw new UnmappedCsvException(fileName, header, delimiter, BankCsvReader.sample(text, delimiter, 5));
            }
        }
        throw TextDecoder.refusal(fileName, "not a bank or remittance file this desk reads (" + firstLine(head)
                + "): expected camt.052/053/054 XML, BAI2 or BTRS (starting with an 01 record), MT940/MT942, an X12 820 "
                + "(starting with ISA), or a CSV whose header fits a known column mapping");
    }

    private static String firstLine(String text) {
        Matcher m = Pattern.compile("^[^\\r\\n]*").matcher(text);
        String line = m.find() ? m.group() : "";
        return "it starts \"" + (line.length() > 30 ? line.substring(0, 30) + "..." : line) + "\"";
    }
}
