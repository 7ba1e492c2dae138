package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two files carrying the same two interchanges in opposite order (X1 X2 and X2 X1: the partner sent
 * the pair twice, or to both desks' folders), taken by two desks over one PostgreSQL book at once.
 * Each desk's unit of work claims an interchange's row in received_interchange (INSERT ... ON
 * CONFLICT DO NOTHING waits on another desk's uncommitted row of the same key); claimed in file
 * order, desk A held X1 and waited for X2 while desk B held X2 and waited for X1, and PostgreSQL
 * broke the deadlock by failing one desk (40P01: "Taking in pair-ba.edi could not finish because
 * another desk ...", nothing of that file taken).
 *
 * <p>To make the two desks meet at that moment every time rather than once in many runs, a third
 * connection holds both claims uncommitted while the desks start; once both wait on it, it rolls
 * back and releases them together (in file order each then wins its own first interchange).
 */
final class OppositeInterchanges {
    private OppositeInterchanges() {
    }

    private static String interchange(int control) {
        String x12 = new String(InboxMessages.edi850().bytes(), StandardCharsets.US_ASCII);
        return x12.replace("000000555", String.format("%09d", control)).replace("*555*", "*" + control + "*")
                .replace("*555~", "*" + control + "~").replace("4500077001", po(control));
    }

    static String po(int control) {
        return "45000" + control + "01";
    }

    static void run(PostgresSchema schema, TestBook book, Database second) throws Exception {
        int x1 = 801;
        int x2 = 802;
        InboundMessage ab = new InboundMessage("pair-ab.edi", (interchange(x1) + interchange(x2)).getBytes(StandardCharsets.US_ASCII));
        InboundMessage ba = new InboundMessage("pair-ba.edi", (interchange(x2) + interchange(x1)).getBytes(StandardCharsets.US_ASCII));
        AppServices deskA = book.services();
        AppServices deskB = AppServices.over(second, TestBook.TAX, TestBook.CLOCK, TestBook.KEY_ITERATIONS);
        var clerk = book.clerk();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection blocker = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
             Connection watcher = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password())) {
            blocker.setAutoCommit(false);
            holdClaims(blocker, x1, x2);
            List<Future<ImportSummary>> both = new ArrayList<>();
            both.add(pool.submit(() -> deskA.inbox().take(clerk, List.of(ab), BatchProgress.NONE)));
            both.add(pool.submit(() -> deskB.inbox().take(clerk, List.of(ba), BatchProgress.NONE)));
            waitUntilBothWaitOnAClaim(watcher);
            blocker.rollback(); // both desks go on at the same instant
            for (Future<ImportSummary> f : both) {
                f.get(120, TimeUnit.SECONDS); // the desk PostgreSQL chose as the deadlock's victim failed here
            }
        } finally {
            pool.shutdownNow();
        }
        List<InboxRow> rows = deskA.inbox().list(clerk).rows().stream()
                .filter(r -> r.fileName().equals(ab.fileName()) || r.fileName().equals(ba.fileName())).toList();
        assertThat(rows).as("%s", rows).hasSize(4).extracting(InboxRow::status).containsExactlyInAnyOrder(
                InboxStatus.SAVED_TOUCHLESS, InboxStatus.SAVED_TOUCHLESS, InboxStatus.REJECTED, InboxStatus.REJECTED);
        assertThat(rows).filteredOn(r -> r.status() == InboxStatus.REJECTED)
                .allSatisfy(r -> assertThat(r.reasons()).contains("was taken in before", "note code 025"));
        assertThat(rows).as("both files taken, each once").extracting(InboxRow::fileName).containsOnly(ab.fileName(), ba.fileName())
                .filteredOn(ab.fileName()::equals).hasSize(2);
        for (int control : List.of(x1, x2)) {
            assertThat(count(book, "SELECT COUNT(*) FROM sales_order WHERE customer_po = ?1", po(control)))
                    .as("one order of PO %s", po(control)).isEqualTo(1);
            assertThat(count(book, "SELECT COUNT(*) FROM received_interchange WHERE control_number = ?1", String.format("%09d", control)))
                    .as("interchange %d kept once", control).isEqualTo(1);
        }
        assertThat(count(book, "SELECT COUNT(*) FROM inbox_message WHERE file_name LIKE ?1", "pair-%")).isEqualTo(2);
    }

    /** The rows two desks would claim for X1 and X2, inserted and left uncommitted (with a message of their own to refer to). */
    private static void holdClaims(Connection c, int... controls) throws Exception {
        long messageId;
        try (PreparedStatement m = c.prepareStatement("INSERT INTO inbox_message (file_name, content_sha256, received_at, received_by,"
                + " content_base64) VALUES ('blocker.edi', 'x', 0, 'test', '') RETURNING id"); ResultSet rs = m.executeQuery()) {
            rs.next();
            messageId = rs.getLong(1);
        }
        for (int control : controls) {
            try (PreparedStatement i = c.prepareStatement("INSERT INTO received_interchange (sender_qualifier, sender_id,"
                    + " control_number, interchange_date, interchange_time, received_at, message_id) VALUES ('ZZ', 'ACMEJAN', ?, '261126',"
                    + " '0912', 0, ?)")) {
                i.setString(1, String.format("%09d", control));
                i.setLong(2, messageId);
                i.executeUpdate();
            }
        }
    }

    private static void waitUntilBothWaitOnAClaim(Connection watcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (PreparedStatement q = watcher.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO received_interchange%'"); ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getInt(1) >= 2) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two desks never both waited on a claim");
            }
            Thread.sleep(20);
        }
    }

    private static long count(TestBook book, String sql, String value) {
        return book.db.read(s -> ((Number) s.createNativeQuery(sql, Object.class).setParameter(1, value).getSingleResult()).longValue());
    }
}
