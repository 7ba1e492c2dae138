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
 * automatic reply, the body as text (plain preferred, else HTML as text) and the CSV attachments.
 */
final class MailDecoder {
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
            collect(message, plain, html, attachments);
            String body = !plain.isEmpty() ? String.join("\n", plain)
                    : !html.isEmpty() ? HtmlText.toText(String.join("\n", html)) : "";
            return new DecodedMail(address, name, subject, autoReply(message, subject), body.replace("\r\n", "\n"), attachments);
        } catch (MessagingException | IOException e) {
            throw new NotMail("cannot be read as a MIME message: " + e.getMessage());
        }
    }

    private static void collect(Part part, List<String> plain, List<String> html, List<DecodedMail.Attachment> attachments)
            throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String fileName = part.getFileName() == null ? null : decodeName(part.getFileName());
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                collect(child, plain, html, attachments);
            }
        } else if (part.isMimeType("message/rfc822")) {
            Object inner = part.getContent();
            if (inner instanceof Part p) {
                collect(p, plain, html, attachments);
            }
        } else if (fileName != null && (fileName.toLowerCase(Locale.ROOT).endsWith(".csv") || part.isMimeType("text/csv"))) {
            attachments.add(new DecodedMail.Attachment(fileName, text(part)));
        } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            // other attachments (PDF, images) carry nothing the engine reads
        } else if (part.isMimeType("text/plain")) {
            plain.add(text(part));
        } else if (part.isMimeType("text/html")) {
            html.add(text(part));
        }
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
