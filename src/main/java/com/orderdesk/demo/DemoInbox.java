package com.orderdesk.demo;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.application.capture.InboxUseCases;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo book's order inbox: a few messages of each kind, written for the book's own customers
 * and products and taken in through the inbox as a clerk would (so touchless ones become orders,
 * with their 997/855 in the outbox), and one draft to review saved after review.
 */
final class DemoInbox {
    private record Sender(String customerNo, String address, String ediId) {
    }

    private DemoInbox() {
    }

    static void fill(Database db, InboxUseCases inbox, SignedInUser clerk) {
        if (!inbox.list(clerk).rows().isEmpty()) {
            return;
        }
        List<Sender> senders = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        try (Connection c = db.openJdbcConnection()) {
            query(c, "SELECT c.customer_no, MIN(a.address), MIN(c.edi_sender_id) FROM customer c JOIN customer_order_address a"
                    + " ON a.customer_id = c.id WHERE c.active = TRUE AND a.address LIKE '%@%' AND a.address NOT LIKE '@%'"
                    + " AND (SELECT COUNT(*) FROM ship_to s WHERE s.customer_id = c.id AND s.active = TRUE) = 1"
                    + " GROUP BY c.customer_no ORDER BY c.customer_no LIMIT 4",
                    rs -> senders.add(new Sender(rs.getString(1), rs.getString(2), rs.getString(3))));
            query(c, "SELECT sku FROM product WHERE active = TRUE ORDER BY id LIMIT 6", rs -> skus.add(rs.getString(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo book for its inbox: " + e.getMessage(), e);
        }
        if (senders.size() < 2 || skus.size() < 4) {
            return; // a book too small for an inbox: the screen says how to import
        }
        Sender a = senders.get(0);
        Sender b = senders.get(1);
        List<InboundMessage> messages = new ArrayList<>();
        messages.add(mail("order-" + a.customerNo() + "-1.eml", a.address(), "PO DEMO-" + a.customerNo() + "-1",
                "Hello,\n\nPlease ship:\n\n4 x " + skus.get(0) + "\n2 x " + skus.get(1) + "\n\nThank you\n"));
        messages.add(mail("order-" + b.customerNo() + "-1.eml", b.address(), "PO DEMO-" + b.customerNo() + "-1",
                "Hi,\n\nour order:\n\n" + skus.get(2) + " - qty 6\n\nRegards\n"));
        messages.add(mail("order-" + a.customerNo() + "-2.eml", a.address(), "PO DEMO-" + a.customerNo() + "-2",
                "Hello,\n\nPlease ship:\n\n3 x " + skus.get(3) + "\n5 of the blue ones we had last time\n\nThanks\n"));
        messages.add(mail("order-" + b.customerNo() + "-again.eml", b.address(), "PO DEMO-" + b.customerNo() + "-1",
                "Hi,\n\nour order:\n\n" + skus.get(1) + " - qty 2\n\nRegards\n"));
        messages.add(mail("question-" + a.customerNo() + ".eml", a.address(), "Delivery times",
                "Hello,\n\nwhen does the next truck to our warehouse leave?\n\nThanks\n"));
        messages.add(new InboundMessage("broken.edi", "ISA*00*          *00*  ~GS*PO~ST*850*0001~".getBytes(StandardCharsets.US_ASCII)));
        Sender edi = senders.stream().filter(s -> s.ediId() != null && !s.ediId().isBlank()).findFirst().orElse(null);
        if (edi != null) {
            messages.add(new InboundMessage("850-" + edi.customerNo() + ".edi", x12(edi.ediId(), skus).getBytes(StandardCharsets.US_ASCII)));
        }
        inbox.take(clerk, messages, BatchProgress.NONE);
        // one review already done, as a clerk would have: the lines the engine was sure of, saved
        for (InboxRow row : inbox.list(clerk).rows()) {
            if (row.status() == InboxStatus.TO_REVIEW && row.source().endsWith("-2.eml")) {
                var item = inbox.review().open(clerk, row.itemId());
                if (item.proposal().customerId() != null && !item.proposal().lines().isEmpty()) {
                    inbox.review().save(clerk, row.itemId(), item.proposal(), false);
                }
            }
        }
    }

    private static InboundMessage mail(String file, String from, String subject, String body) {
        String text = "From: " + from + "\r\nTo: orders@northwind-supply.example\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n");
        return new InboundMessage(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String x12(String sender, List<String> skus) {
        String isa = String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*ORDERDESK      *261201*0800*U*00401*000000901*0*P*>~%n",
                sender);
        return isa + "GS*PO*" + sender + "*ORDERDESK*20261201*0800*901*X*004010~\n"
                + "ST*850*0001~\nBEG*00*SA*DEMO-EDI-901**20261201~\n"
                + "PO1*1*8*EA***VP*" + skus.get(4) + "~\nPO1*2*3*EA***VP*" + skus.get(5) + "~\nCTT*2~\nSE*6*0001~\n"
                + "GE*1*901~\nIEA*1*000000901~\n";
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }
}
