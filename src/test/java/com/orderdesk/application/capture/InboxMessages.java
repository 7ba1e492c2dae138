package com.orderdesk.application.capture;

import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Messages for the inbox tests over {@link TestBook}'s customers and products: Acme Janitorial
 * (C-10001) mails from acme.example and sends EDI as ACMEJAN; GLV-NIT-L has Acme's contract
 * price 10.99, TWL-ROLL-8 the list price 41.00.
 */
public final class InboxMessages {
    private InboxMessages() {
    }

    /** Acme's order address and EDI sender ID, and the outbox under {@code outbox}. */
    public static void prepare(TestBook book, Path outbox) {
        book.db.write(s -> {
            s.createNativeMutationQuery("INSERT INTO customer_order_address (customer_id, address) VALUES (?1, '@acme.example')")
                    .setParameter(1, book.acmeId).executeUpdate();
            s.createNativeMutationQuery("UPDATE customer SET edi_sender_id = 'ACMEJAN' WHERE id = ?1")
                    .setParameter(1, book.acmeId).executeUpdate();
            s.createNativeMutationQuery("INSERT INTO company_setting (setting_key, setting_value) VALUES ('inbox.outboxFolder', ?1)")
                    .setParameter(1, outbox.toString()).executeUpdate();
            return null;
        });
    }

    private static InboundMessage mail(String file, String subject, String body) {
        String text = "From: Dana Ortiz <dana@acme.example>\r\n"
                + "To: orders@northwind-supply.example\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Thu, 26 Nov 2026 09:12:00 -0600\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n");
        return new InboundMessage(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every field certain: Acme, PO 7781, 5 boxes of gloves and 2 cases of towels. */
    public static InboundMessage touchless() {
        return mail("po-7781.eml", "PO 7781", "Hello,\n\nPlease ship:\n\n5 x GLV-NIT-L\n2 x TWL-ROLL-8\n\nThanks,\nDana Ortiz\n");
    }

    /** One line names nothing in the catalogue: a clerk must say what "blue mop heads" are. */
    public static InboundMessage toReview() {
        return mail("po-7782.eml", "PO 7782", "Hello,\n\nPlease ship:\n\n3 x GLV-NIT-L\n4 blue mop heads\n\nThanks,\nDana Ortiz\n");
    }

    /** A question, no order. */
    public static InboundMessage notAnOrder() {
        return mail("question.eml", "Delivery times", "Hello,\n\nCould you tell me when the next truck to Chicago leaves?\n\n"
                + "Thanks,\nDana Ortiz\n");
    }

    /** Same PO as {@link #touchless()}, other lines: the second time it is a duplicate. */
    public static InboundMessage samePoAgain() {
        return mail("po-7781-again.eml", "PO 7781", "Hello,\n\nPlease ship:\n\n1 x DGR-55\n\nThanks,\nDana Ortiz\n");
    }

    /** An X12 004010 850 from ACMEJAN: PO 4500077001, 10 boxes of gloves at the contract price, 1 case of towels. */
    public static InboundMessage edi850() {
        String x12 = "ISA*00*          *00*          *ZZ*ACMEJAN        *ZZ*ORDERDESK      *261126*0912*U*00401*000000555*0*P*>~\n"
                + "GS*PO*ACMEJAN*ORDERDESK*20261126*0912*555*X*004010~\n"
                + "ST*850*0001~\n"
                + "BEG*00*SA*4500077001**20261126~\n"
                + "PO1*1*10*BX*10.99**VP*GLV-NIT-L~\n"
                + "PO1*2*1*CS***VP*TWL-ROLL-8~\n"
                + "CTT*2~\n"
                + "SE*6*0001~\n"
                + "GE*1*555~\n"
                + "IEA*1*000000555~\n";
        return new InboundMessage("acme-850.edi", x12.getBytes(StandardCharsets.US_ASCII));
    }
}
