package com.orderdesk.logic.capture.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Parses an RFC 5322 message with Jakarta Mail (Angus): the sender, the subject, whether it is an
 * automatic reply, the body as text (plain preferred, else HTML as text), the CSV and spreadsheet
 * (XLSX, XLS) attachments as tables, and the names of attachments that may hold an order but are
 * not read (PDF, word-processor documents).
 */
final class MailDecoder {
    /**
     * Jakarta Mail looks its stream provider up through the ServiceLoader each time it reads a
     * message's headers: a scan of the class path's jars per message (about 2 % of the simulator's
     * main thread). Naming the provider that scan finds (Angus Mail's, the one on the class path)
     * in the property the lookup reads first makes it one class lookup. Left alone when set.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    /** The message cannot be read as mail. */
    static final class NotMail extends Exception {
        NotMail(String message) {
            super(message);
        }
    }

    private MailDecoder() {
    }

    static DecodedMail decode(byte[] bytes) throws NotMail {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            if (message.getHeader("From") == null && message.getHeader("Subject") == null) {
                throw new NotMail("line 1: no From or Subject header: not an Internet message");
            }
            String address = null;
            String name = null;
            try {
                var from = message.getFrom();
                if (from != null && from.length > 0 && from[0] instanceof InternetAddress ia) {
                    address = ia.getAddress() == null ? null : ia.getAddress().toLowerCase(Locale.ROOT);
                    name = ia.getPersonal();
                }
            } catch (MessagingException e) {
                address = null; // an unparsable From is an unknown sender, not a broken file
            }
            String subject = message.getSubject() == null ? "" : message.getSubject();
            List<String> plain = new ArrayList<>();
            List<String> html = new ArrayList<>();
            List<DecodedMail.Attachment> attachments = new ArrayList<>();
            List<DecodedMail.Unread> unread = new ArrayList<>();
            collect(message, plain, html, attachments, unread);
            String body = !plain.isEmpty() ? String.join("\n", plain)
                    : !html.isEmpty() ? HtmlText.toText(String.join("\n", html)) : "";
            return new DecodedMail(address, name, subject, autoReply(message, subject), body.replace("\r\n", "\n"), attachments,
                    unread);
        } catch (MessagingException | IOException e) {
            throw new NotMail("cannot be read as a MIME message: " + e.getMessage());
        }
    }

    private static void collect(Part part, List<String> plain, List<String> html, List<DecodedMail.Attachment> attachments,
                                List<DecodedMail.Unread> unread) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String fileName = part.getFileName() == null ? null : decodeName(part.getFileName());
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                collect(child, plain, html, attachments, unread);
            }
        } else if (part.isMimeType("message/rfc822")) {
            Object inner = part.getContent();
            if (inner instanceof Part p) {
                collect(p, plain, html, attachments, unread);
            }
        } else if (fileName != null && (fileName.toLowerCase(Locale.ROOT).endsWith(".csv") || part.isMimeType("text/csv"))) {
            attachments.add(new DecodedMail.Attachment(fileName, text(part)));
        } else if (SpreadsheetText.isSpreadsheet(fileName, part.getContentType())) {
            String name = fileName == null ? "a spreadsheet" : fileName;
            try (InputStream in = part.getInputStream()) {
                attachments.add(new DecodedMail.Attachment(name, SpreadsheetText.csv(in.readAllBytes())));
            } catch (SpreadsheetText.Unreadable e) {
                unread.add(new DecodedMail.Unread(name, "the spreadsheet " + e.getMessage()));
            }
        } else if (mayHoldAnOrder(fileName, part)) {
            unread.add(new DecodedMail.Unread(fileName == null ? "an attachment" : fileName, kind(fileName, part)
                    + " attachments are not read"));
        } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            // other attachments (images, calendar invitations, vCards) carry no order
        } else if (part.isMimeType("text/plain")) {
            plain.add(text(part));
        } else if (part.isMimeType("text/html")) {
            html.add(text(part));
        }
    }

    /** PDFs and word-processor documents: where customers put printed purchase orders. */
    private static boolean mayHoldAnOrder(String fileName, Part part) throws MessagingException {
        return !kind(fileName, part).isEmpty();
    }

    private static String kind(String fileName, Part part) throws MessagingException {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf") || part.isMimeType("application/pdf")) {
            return "PDF";
        }
        if (n.endsWith(".doc") || n.endsWith(".docx") || n.endsWith(".odt") || n.endsWith(".rtf") || n.endsWith(".ods")
                || part.isMimeType("application/msword") || part.isMimeType("application/rtf")
                || part.isMimeType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                || part.isMimeType("application/vnd.oasis.opendocument.*")) {
            return "Word-processor and OpenDocument";
        }
        return "";
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String decodeName(String name) {
        try {
            return MimeUtility.decodeText(name);
        } catch (IOException e) {
            return name;
        }
    }

    private static boolean autoReply(MimeMessage m, String subject) throws MessagingException {
        String submitted = header(m, "Auto-Submitted");
        if (submitted != null && !submitted.trim().equalsIgnoreCase("no")) {
            return true;
        }
        if (header(m, "X-Autoreply") != null || header(m, "X-Autorespond") != null) {
            return true;
        }
        String precedence = header(m, "Precedence");
        if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("\\s*(auto_reply|bulk|junk|list)\\s*")) {
            return true;
        }
        return subject.toLowerCase(Locale.ROOT).matches("\\s*(automatic reply|auto(-| )?reply|out of (the )?office|auto:|abwesenheit).*");
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
