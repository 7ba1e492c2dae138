package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two desks (two {@link Database}s over one book, as two windows sharing a PostgreSQL book or a
 * SQLite file) taking in the same X12 interchange at the same moment, several rounds over: in each,
 * one desk takes its order and answers a 997 and an 855. In odd rounds the other desk has the
 * interchange under another file name (the partner sent it twice, or to both desks' folders): it
 * answers a TA1 025 and takes no order. In even rounds both desks picked up the very same file (name
 * and bytes, a shared drop folder): the other finds it already in the inbox, as it would a moment
 * later, and answers nothing (the partner sent it once). Before, the other desk failed on the unique
 * index of received_interchange or inbox_message with a database error.
 */
final class InterchangeRace {
    private InterchangeRace() {
    }

    /** An 850 from Acme with its own control number and PO number (each round a new interchange). */
    static InboundMessage interchange(int round) {
        String control = String.format("%09d", 700 + round);
        String po = "45000780" + String.format("%02d", round);
        String x12 = new String(InboxMessages.edi850().bytes(), StandardCharsets.US_ASCII)
                .replace("000000555", control).replace("*555*", "*" + (700 + round) + "*")
                .replace("*555~", "*" + (700 + round) + "~").replace("4500077001", po);
        return new InboundMessage("race-" + round + ".edi", x12.getBytes(StandardCharsets.US_ASCII));
    }

    static String po(int round) {
        return "45000780" + String.format("%02d", round);
    }

    /** Runs {@code rounds} races between the book's own desk and a second desk over {@code second}, and checks each. */
    static void run(TestBook book, Database second, Path outbox, int rounds) throws Exception {
        AppServices deskA = book.services();
        AppServices deskB = AppServices.over(second, TestBook.TAX, TestBook.CLOCK, TestBook.KEY_ITERATIONS);
        var clerk = book.clerk();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= rounds; round++) {
                InboundMessage same = interchange(round);
                boolean sameFile = round % 2 == 0;
                InboundMessage other = sameFile ? same : new InboundMessage("race-" + round + "-b.edi", same.bytes());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ImportSummary>> both = new ArrayList<>();
                for (int desk = 0; desk < 2; desk++) {
                    AppServices services = desk == 0 ? deskA : deskB;
                    InboundMessage message = desk == 0 ? same : other;
                    both.add(pool.submit(() -> {
                        start.await();
                        return services.inbox().take(clerk, List.of(message), BatchProgress.NONE);
                    }));
                }
                start.countDown();
                List<ImportSummary> summaries = new ArrayList<>();
                for (Future<ImportSummary> f : both) {
                    summaries.add(f.get(120, TimeUnit.SECONDS)); // a desk that failed (a unique index) fails the test here
                }
                List<InboxRow> rows = deskA.inbox().list(clerk).rows().stream()
                        .filter(r -> r.source().equals(same.fileName()) || r.source().equals(other.fileName())).toList();
                if (sameFile) {
                    assertThat(rows).as("round %d: the same file, once", round).extracting(InboxRow::status)
                            .containsExactly(InboxStatus.SAVED_TOUCHLESS);
                    assertThat(summaries).as("round %d", round).flatExtracting(ImportSummary::alreadyTaken)
                            .containsExactly(same.fileName());
                } else {
                    assertThat(rows).as("round %d: %s", round, rows).extracting(InboxRow::status)
                            .containsExactlyInAnyOrder(InboxStatus.SAVED_TOUCHLESS, InboxStatus.REJECTED);
                    assertThat(rows).filteredOn(r -> r.status() == InboxStatus.REJECTED).singleElement()
                            .extracting(InboxRow::reasons).asString().contains("was taken in before", "note code 025");
                }
                String po = po(round);
                long orders = book.db.read(s -> ((Number) s.createNativeQuery(
                        "SELECT COUNT(*) FROM sales_order WHERE customer_po = ?1", Object.class)
                        .setParameter(1, po).getSingleResult()).longValue());
                assertThat(orders).as("round %d: one order", round).isEqualTo(1);
                String control = String.format("%09d", 700 + round);
                long kept = book.db.read(s -> ((Number) s.createNativeQuery(
                        "SELECT COUNT(*) FROM received_interchange WHERE control_number = ?1", Object.class)
                        .setParameter(1, control).getSingleResult()).longValue());
                assertThat(kept).as("round %d: the interchange kept once", round).isEqualTo(1);
                assertThat(outbox(outbox, "TA1-", "TA1*" + control + "*261126*0912*R*025~")).as("round %d: TA1 025", round)
                        .isEqualTo(sameFile ? 0 : 1);
                assertThat(outbox(outbox, "997-", "*" + (700 + round) + "~")).as("round %d: one 997", round).isEqualTo(1);
                assertThat(outbox(outbox, "855-" + po, "BAK*")).as("round %d: one 855", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long outbox(Path folder, String prefix, String containing) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).filter(p -> {
                try {
                    return Files.readString(p, StandardCharsets.US_ASCII).contains(containing);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
