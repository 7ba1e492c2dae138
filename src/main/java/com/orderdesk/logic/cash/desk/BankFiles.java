package com.orderdesk.logic.cash.desk;

import com.orderdesk.logic.cash.intake.Bai2Parser;
import com.orderdesk.logic.cash.intake.CamtParser;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.model.cash.PaymentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Recognises a bank or lockbox file by its content and reads it with the matching parser. */
public final class BankFiles {
    private BankFiles() {
    }

    /** A file read whole: its format, payments and fingerprint. */
    public record Parsed(PaymentKind format, List<ImportedPayment> payments, String sha256) {
    }

    public static Parsed parse(String fileName, byte[] bytes) throws ImportException {
        String sha = sha256(bytes);
        PaymentKind kind = detect(fileName, bytes);
        try {
            List<ImportedPayment> payments = switch (kind) {
                case CAMT -> CamtParser.parse(fileName, new ByteArrayInputStream(bytes));
                case BAI2 -> Bai2Parser.parse(fileName, new StringReader(text(fileName, bytes)));
                case CSV -> PaymentsCsvReader.parse(fileName, text(fileName, bytes));
                case CHEQUE -> throw new IllegalStateException("not a file format");
            };
            return new Parsed(kind, payments, sha);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PaymentKind detect(String fileName, byte[] bytes) throws ImportException {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (head.startsWith("<")) {
            return PaymentKind.CAMT;
        }
        if (head.startsWith("01,")) {
            return PaymentKind.BAI2;
        }
        if (head.toLowerCase(java.util.Locale.ROOT).startsWith("payment_id")) {
            return PaymentKind.CSV;
        }
        throw new ImportException(List.of(fileName + ":1: not a bank file this desk reads: expected BAI2 (starting with"
                + " an 01 record), ISO 20022 camt.053/camt.054 XML, or the payments CSV (header payment_id,...)"));
    }

    private static String text(String fileName, byte[] bytes) throws ImportException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(List.of(fileName + ":1: not UTF-8 text"));
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
