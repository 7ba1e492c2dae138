package com.orderdesk.logic.cash.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text the way a person opening it would expect: a byte order mark
 * decides, then an XML declaration's encoding, then UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (the usual export of a Western bank's Windows software; it reads ISO-8859-1 text
 * alike). A file that is not text at all is refused in one line.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** Decoded text (without its byte order mark) and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    static Decoded decode(String fileName, byte[] bytes) throws ImportException {
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).isBlank()) {
            throw refusal(fileName, "the file is empty");
        }
        Decoded decoded = byBom(bytes);
        if (decoded == null) {
            decoded = byXmlDeclaration(fileName, bytes);
        }
        if (decoded == null) {
            decoded = strictUtf8(bytes);
        }
        if (decoded == null) {
            decoded = new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
        refuseBinary(fileName, decoded.text());
        return decoded;
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        // UTF-16 XML without a mark: "<?" with zero bytes between (the XML spec's autodetection).
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return new Decoded(new String(b, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return new Decoded(new String(b, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static Decoded byXmlDeclaration(String fileName, byte[] b) throws ImportException {
        String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw refusal(fileName, "the XML declaration names an unknown encoding \"" + name + "\"");
        }
        if (charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            return null; // declared UTF-16 but written in single bytes: let the bytes decide
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return strictUtf8(b);
        }
        return new Decoded(new String(b, charset), charset.name());
    }

    private static Decoded strictUtf8(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Text files hold letters, digits, punctuation and line breaks; a zero byte or more than a
     * few other control characters means an image, an archive, a spreadsheet or random bytes.
     * X12 files may use the information separators (0x1C to 0x1F) as delimiters.
     */
    private static void refuseBinary(String fileName, String text) throws ImportException {
        int controls = 0;
        int firstAt = -1;
        int scanned = Math.min(text.length(), 65_536);
        for (int i = 0; i < scanned; i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c == '\f' || (c >= 0x1C && c <= 0x1F) || c == 0x1A;
            if ((c < 0x20 && !allowed) || c == 0x7F || c == '\uFFFD') {
                if (firstAt < 0) {
                    firstAt = i;
                }
                if (c == 0 || ++controls > Math.max(2, scanned / 200)) {
                    throw refusal(fileName, "a binary file, not a bank statement or remittance file (control character 0x"
                            + String.format("%02X", (int) text.charAt(firstAt)) + " at character " + (firstAt + 1) + ")");
                }
            }
        }
    }

    static ImportException refusal(String fileName, String what) {
        return new ImportException(List.of(fileName + ":1: " + what));
    }
}
