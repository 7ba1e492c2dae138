package com.orderdesk.bench.capture;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/** Writes generated mail as RFC 5322 bytes: plain, HTML, alternative or mixed with a CSV attachment, in varied transfer encodings. */
final class MailComposer {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** The body of a mail: its text lines, and the rows of an order table when the HTML shows one. */
    record Body(List<String> lines, List<String> tableHeader, List<List<String>> tableRows, int tableAt) {
    }

    private MailComposer() {
    }

    static byte[] compose(String fromName, String from, String subject, LocalDate sent, Body body, boolean html,
                          String csvName, String csv, boolean autoReply, boolean bulk, Random r) {
        try {
            MimeMessage m = new MimeMessage(SESSION);
            m.setFrom(new InternetAddress(from, fromName));
            m.setRecipients(jakarta.mail.Message.RecipientType.TO, "orders@orderdesk-dist.com");
            m.setSubject(subject, "UTF-8");
            m.setSentDate(Date.from(sent.atTime(9, r.nextInt(60)).atZone(java.time.ZoneOffset.UTC).toInstant()));
            if (autoReply) {
                m.setHeader("Auto-Submitted", "auto-replied");
            }
            if (bulk) {
                m.setHeader("Precedence", "bulk");
                m.setHeader("List-Unsubscribe", "<mailto:unsubscribe@vendor-news.com>");
            }
            String plain = String.join("\n", plainLines(body)) + "\n";
            MimeBodyPart text = new MimeBodyPart();
            MimeBodyPart htmlPart = null;
            text.setText(plain, "UTF-8");
            encode(text, r);
            String htmlText = html ? html(body, r) : null;
            if (html) {
                htmlPart = new MimeBodyPart();
                htmlPart.setContent(htmlText, "text/html; charset=UTF-8");
                encode(htmlPart, r);
            }
            MimeBodyPart content;
            if (htmlPart != null && r.nextBoolean()) {
                MimeMultipart alternative = new MimeMultipart("alternative");
                alternative.addBodyPart(text);
                alternative.addBodyPart(htmlPart);
                content = new MimeBodyPart();
                content.setContent(alternative);
            } else {
                content = htmlPart != null ? htmlPart : text;
            }
            if (csv != null) {
                MimeMultipart mixed = new MimeMultipart("mixed");
                mixed.addBodyPart(content);
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setText(csv, "UTF-8");
                attachment.setFileName(csvName);
                attachment.setHeader("Content-Type", "text/csv; charset=UTF-8; name=\"" + csvName + "\"");
                attachment.setDisposition(MimeBodyPart.ATTACHMENT);
                attachment.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(attachment);
                m.setContent(mixed);
            } else if (content.getContent() instanceof MimeMultipart alt) {
                m.setContent(alt);
            } else {
                boolean isHtml = content == htmlPart;
                String enc = content.getHeader("Content-Transfer-Encoding", null);
                m.setText(isHtml ? htmlText : plain, "UTF-8", isHtml ? "html" : "plain");
                m.saveChanges();
                if (enc != null) {
                    m.setHeader("Content-Transfer-Encoding", enc);
                }
            }
            if (csv != null || content.getContent() instanceof MimeMultipart) {
                m.saveChanges();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot compose mail", e));
        }
    }

    private static void encode(MimeBodyPart part, Random r) throws MessagingException {
        int k = r.nextInt(3);
        if (k == 1) {
            part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        } else if (k == 2) {
            part.setHeader("Content-Transfer-Encoding", "base64");
        }
    }

    private static List<String> plainLines(Body body) {
        if (body.tableRows().isEmpty()) {
            return body.lines();
        }
        List<String> out = new java.util.ArrayList<>(body.lines().subList(0, body.tableAt()));
        out.add(String.join(" | ", body.tableHeader()));
        body.tableRows().forEach(row -> out.add(String.join(" | ", row)));
        out.addAll(body.lines().subList(body.tableAt(), body.lines().size()));
        return out;
    }

    private static String html(Body body, Random r) {
        StringBuilder b = new StringBuilder("<html><head><style>p{margin:0}</style></head><body>");
        boolean divs = r.nextBoolean();
        for (int i = 0; i <= body.lines().size(); i++) {
            if (i == body.tableAt() && !body.tableRows().isEmpty()) {
                b.append("<table border=\"1\"><tr>");
                body.tableHeader().forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
                b.append("</tr>");
                for (List<String> row : body.tableRows()) {
                    b.append("<tr>");
                    row.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
                    b.append("</tr>");
                }
                b.append("</table>");
            }
            if (i == body.lines().size()) {
                break;
            }
            String line = body.lines().get(i);
            if (line.startsWith("> ")) {
                b.append("<blockquote>").append(escape(line.substring(2))).append("</blockquote>");
            } else if (line.isEmpty()) {
                b.append(divs ? "<div><br></div>" : "<br>");
            } else {
                b.append(divs ? "<div>" : "<p>").append(escape(line)).append(divs ? "</div>" : "</p>");
            }
        }
        return b.append("</body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
