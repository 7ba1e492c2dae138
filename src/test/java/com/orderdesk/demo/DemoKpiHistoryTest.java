package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's made-up touches are for its history only: an order taken in through the use cases has
 * an audit trail, and its touches are the ones the use cases recorded. On the demo book of 6
 * December the inbox and the trail said SO-103001 was saved touchless; the dashboard counted it
 * touched (an amendment "an hour after entry" that never happened, dated an hour ahead).
 */
class DemoKpiHistoryTest {
    @TempDir
    Path dir;

    /** Acme's mail with PO 79nn: every field certain, so saved touchless. */
    private static InboundMessage mail(int n) {
        String text = "From: Dana Ortiz <dana@acme.example>\r\nTo: orders@northwind-supply.example\r\nSubject: PO 79" + n
                + "\r\nDate: Thu, 26 Nov 2026 09:12:00 -0600\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Hello,\r\n\r\nPlease ship:\r\n\r\n5 x GLV-NIT-L\r\n\r\nThanks,\r\nDana Ortiz\r\n";
        return new InboundMessage("po-79" + n + ".eml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ordersWithAnAuditTrailKeepTheirOwnTouchesAndGetNoMadeUpOne() {
        TestBook book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        // twelve mails saved touchless, with their audit entries: ids 1 to 12, of which the history's
        // rule ((id * 7919) % 100 < 33 for email) picks 1, 6, 11 and 12
        for (int i = 0; i < 12; i++) {
            var summary = book.services().inbox().take(book.clerk(), List.of(mail(i)), BatchProgress.NONE);
            assertThat(summary.count(InboxStatus.SAVED_TOUCHLESS)).isEqualTo(1);
        }

        DemoKpiHistory.Result result = DemoKpiHistory.run(book.db, TestBook.CLOCK);

        assertThat(result.touches()).isZero();
        List<Ledgers.Order> orders = book.services().kpi().ledgers(book.manager()).ledgers().orders();
        assertThat(orders).hasSize(12).noneMatch(Ledgers.Order::touched);
        assertThat(KpiBook.of(book.services().kpi().ledgers(book.manager()).ledgers()).figures(TestBook.TODAY, 1)
                .touchlessByChannel().get(OrderChannel.EMAIL)).isEqualByComparingTo("1");
        book.db.close();
    }
}
