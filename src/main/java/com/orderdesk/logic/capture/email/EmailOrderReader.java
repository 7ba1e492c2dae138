package com.orderdesk.logic.capture.email;

import com.orderdesk.logic.capture.Channel;
import com.orderdesk.logic.capture.DraftField;
import com.orderdesk.logic.capture.LineReading;
import com.orderdesk.logic.capture.OrderReading;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.TextSpan;
import com.orderdesk.logic.capture.text.FreeTextOrderReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an email order: decodes the MIME message, finds the customer from the sender (or, for mail
 * a colleague forwarded, from the forwarded sender), leaves out quoted mail and signatures, reads
 * the body and CSV attachments as free text, and tells orders from messages that hold none.
 */
public final class EmailOrderReader {
    /** The outcome: an order reading, or a message that holds no order, or one that cannot be read. */
    public record Result(OrderReading reading, String notAnOrder, String rejected) {
    }

    private static final Pattern NON_ORDER = Pattern.compile(
            "(?i)\\b(remittance|payment advice|advice of payment|we have (paid|sent payment|remitted)|payment (has been|was) (sent|made|issued)"
                    + "|ach (payment|transfer)|unsubscribe|newsletter|view (this email )?in (your )?browser|out of (the )?office"
                    + "|on (annual |parental )?leave|limited access to (my )?email|invoice(s)? (attached|enclosed)|statement of account)\\b");

    private static final Pattern FIRM_ORDER = Pattern.compile(
            "(?i)\\b(please (ship|send|supply|deliver|process|enter|book)|pls (ship|send)|we('d| would) like to order|ship to|deliver to"
                    + "|purchase order|p\\.?o\\.? ?#)");

    private final SenderDirectory senders;
    private final FreeTextOrderReader text;

    public EmailOrderReader(SenderDirectory senders, FreeTextOrderReader text) {
        this.senders = senders;
        this.text = text;
    }

    public Result read(String source, byte[] bytes, LocalDate today) {
        DecodedMail mail;
        try {
            mail = MailDecoder.decode(bytes);
        } catch (MailDecoder.NotMail e) {
            return new Result(null, null, e.getMessage());
        }
        StringBuilder decoded = new StringBuilder();
        decoded.append("From: ").append(mail.fromName() == null ? "" : mail.fromName() + " ")
                .append('<').append(mail.fromAddress() == null ? "" : mail.fromAddress()).append(">\n");
        int fromStart = 6;
        int fromEnd = decoded.length() - 1;
        decoded.append("Subject: ");
        int subjectStart = decoded.length();
        decoded.append(mail.subject().replace('\n', ' '));
        int subjectEnd = decoded.length();
        decoded.append("\n\n");
        int bodyStart = decoded.length();
        decoded.append(mail.body());
        boolean internal = senders.isInternal(mail.fromAddress());
        MailLayout.Layout layout = MailLayout.of(mail.body(), internal);
        List<FreeTextOrderReader.Region> regions = new ArrayList<>();
        regions.add(new FreeTextOrderReader.Region(subjectStart, subjectEnd, true));
        for (int[] part : layout.parts()) {
            regions.add(new FreeTextOrderReader.Region(bodyStart + part[0], bodyStart + part[1], false));
        }
        for (DecodedMail.Attachment a : mail.attachments()) {
            decoded.append("\n\n--- attachment ").append(a.name()).append(" ---\n");
            int start = decoded.length();
            decoded.append(table(a.text()));
            regions.add(new FreeTextOrderReader.Region(start, decoded.length(), false));
        }
        for (DecodedMail.Unread u : mail.unread()) {
            decoded.append("\n\n--- attachment ").append(u.name()).append(" (not read: ").append(u.why()).append(") ---\n");
        }
        OrderReading r = new OrderReading(source, Channel.EMAIL, decoded.toString());
        String customerAddress = internal ? layout.forwardedFrom() : mail.fromAddress();
        List<String> customers = senders.customersOf(customerAddress);
        if (customers.size() == 1) {
            r.customerNo = customers.get(0);
            int at = internal && customerAddress != null ? r.text.indexOf(customerAddress, bodyStart) : -1;
            r.span(DraftField.CUSTOMER, at >= 0 ? new TextSpan(at, at + customerAddress.length()) : new TextSpan(fromStart, fromEnd));
        } else if (customers.size() > 1) {
            r.customerProblem = Reason.of(Reason.Code.UNKNOWN_CUSTOMER, customerAddress + " could be " + String.join(" or ", customers));
        } else if (internal) {
            r.customerProblem = Reason.of(Reason.Code.UNKNOWN_CUSTOMER, "sent by " + mail.fromAddress()
                    + " (inside the company)" + (customerAddress == null ? " and no forwarded sender was found"
                    : ": the forwarded sender " + customerAddress + " is not a known customer"));
        } else {
            r.customerProblem = Reason.of(Reason.Code.UNKNOWN_CUSTOMER, "sender " + mail.fromAddress() + " is not a known customer");
        }
        FreeTextOrderReader.Intent intent = text.read(r, regions, today);
        boolean certainLine = r.lines.stream().anyMatch(LineReading::certain);
        String own = ownText(r.text, regions);
        boolean nonOrderWords = NON_ORDER.matcher(own).find();
        if (mail.autoReply() && !certainLine) {
            return new Result(null, "an automatic reply", null);
        }
        // an order may sit in an attachment nobody read: never touchless, and never "no order in it"
        String unreadReason = unread(mail.unread());
        if (unreadReason != null && !nonOrderWords && !mail.autoReply()) {
            r.reasons.add(Reason.of(r.lines.isEmpty() ? Reason.Code.UNSUPPORTED : Reason.Code.OTHER, unreadReason));
            if (r.lines.isEmpty()) {
                return new Result(r, null, null);
            }
        }
        if (r.lines.isEmpty()) {
            if (nonOrderWords || intent.questionCue() || !intent.orderCue() || mail.autoReply()) {
                return new Result(null, nonOrderWords ? "a remittance advice, notice or automatic reply"
                        : intent.questionCue() ? "a question" : "no order in it", null);
            }
            return new Result(r, null, null);
        }
        if (intent.questionCue() && r.poNumber == null && !FIRM_ORDER.matcher(own).find() && !certainLineOutsideQuestion(r)) {
            return new Result(null, "a question (stock, price or lead time), not an order", null);
        }
        if (intent.questionCue() || nonOrderWords || mail.autoReply()) {
            r.reasons.add(Reason.of(Reason.Code.OTHER, intent.questionCue()
                    ? "reads like a question or a quote request, not an order" : "reads like a notice, not an order"));
        }
        return new Result(r, null, null);
    }

    private static String unread(List<DecodedMail.Unread> unread) {
        if (unread.isEmpty()) {
            return null;
        }
        return unread.stream().map(u -> "the attachment " + u.name() + " was not read (" + u.why() + ")")
                .collect(java.util.stream.Collectors.joining("; ")) + ": the order may be in it";
    }

        /** Every line that names a product sits in a question ("do you have 50 of VLV-1001?"). */
    private static boolean certainLineOutsideQuestion(OrderReading r) {
        for (LineReading line : r.lines) {
            int end = r.text.indexOf('\n', line.span().end());
            String rest = r.text.substring(line.span().start(), end < 0 ? r.text.length() : end);
            if (!rest.contains("?")) {
                return true;
            }
        }
        return false;
    }

    private static String ownText(String text, List<FreeTextOrderReader.Region> regions) {
        StringBuilder b = new StringBuilder();
        regions.forEach(g -> b.append(text, g.start(), g.end()).append('\n'));
        return b.toString();
    }

    /** A CSV attachment as "cell | cell" lines, so its header row gives the columns. */
    private static String table(String csv) {
        StringBuilder b = new StringBuilder();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(csv))) {
            for (CSVRecord rec : parser) {
                List<String> cells = new ArrayList<>();
                rec.forEach(c -> cells.add(c.replace('|', '/').replace('\n', ' ')));
                b.append(String.join(" | ", cells)).append('\n');
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return csv;
        }
        return b.toString();
    }
}
