package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect (demo book, claims desk as arthur): every demo dispute was opened the day the book was
 * written, 0 days old, so the ageing and "oldest first" showed nothing. The disputes now spread from
 * a day to weeks old, a few open ones past their follow-up date, each opened after its invoice.
 */
class DemoClaimAgesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @Test
    void theDemoDisputesAreDaysToWeeksOldAFewOpenOnesPastDueEachOpenedAfterItsInvoice() {
        try (BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")), CLOCK,
                new DemoSize(60, 400, 6, 42), 0, DemoBook.Extent.WHOLE, p -> { })) {
            AppServices s = written.services();
            var arthur = DemoBook.user("arthur", written.result().orElseThrow().key());
            List<ClaimRow> disputes = s.claims().queue(arthur).rows().stream().filter(r -> r.kind() == ClaimKind.DISPUTE).toList();
            assertThat(disputes).as("demo disputes").hasSizeGreaterThanOrEqualTo(12);

            // what the desk shows: ages from days to weeks, spread
            List<Long> ages = disputes.stream().map(r -> r.ageDays(TODAY)).sorted().toList();
            assertThat(ages.get(0)).as("the newest case's age (%s)", ages).isLessThanOrEqualTo(7);
            assertThat(ages.get(ages.size() - 1)).as("the oldest case's age (%s)", ages).isGreaterThanOrEqualTo(28);
            Set<Long> distinct = Set.copyOf(ages);
            assertThat(distinct).as("different ages").hasSizeGreaterThanOrEqualTo(disputes.size() - 2);
            assertThat(disputes.stream().filter(r -> r.ageDays(TODAY) >= 14).count()).as("cases two weeks old or more, %s", ages)
                    .isGreaterThanOrEqualTo(4);
            List<ClaimRow> open = disputes.stream().filter(r -> r.status().isOpen()).toList();
            long pastDue = open.stream().filter(r -> r.overdue(TODAY)).count();
            assertThat(pastDue).as("open cases past their follow-up date").isBetween(1L, (long) open.size() / 2);
            assertThat(disputes).as("nothing opened in the future, the follow-up 30 days after opening").allSatisfy(r -> {
                assertThat(r.openedOn()).isBeforeOrEqualTo(TODAY);
                assertThat(r.dueOn()).isEqualTo(r.openedOn().plusDays(30));
            });

            // consistent with the book: opened after the invoice was issued, its history from the day it was opened
            List<Object[]> dated = s.unitOfWork().read(() -> com.orderdesk.persistence.CurrentSession.get().createNativeQuery(
                    "SELECT c.case_no, c.opened_on, i.issue_date, c.opened_at, (SELECT min(n.at) FROM claim_note n"
                            + " WHERE n.case_id = c.id), (SELECT max(n.at) FROM claim_note n WHERE n.case_id = c.id)"
                            + " FROM claim_case c JOIN invoice i ON i.id = c.invoice_id WHERE c.kind = 'DISPUTE'", Object[].class)
                    .getResultList());
            assertThat(dated).hasSameSizeAs(disputes).allSatisfy(row -> {
                LocalDate opened = LocalDate.parse(row[1].toString());
                assertThat(opened).as("%s opened after its invoice", row[0]).isAfter(LocalDate.parse(row[2].toString()));
                assertThat(Instant.ofEpochMilli(((Number) row[3]).longValue()).atZone(ZoneOffset.UTC).toLocalDate())
                        .as("%s's opening instant", row[0]).isEqualTo(opened);
                assertThat(((Number) row[4]).longValue()).as("%s's first note is its opening", row[0])
                        .isEqualTo(((Number) row[3]).longValue());
                assertThat(((Number) row[5]).longValue()).as("%s's last note", row[0]).isLessThanOrEqualTo(CLOCK.millis());
            });
            Set<String> numbers = dated.stream().map(r -> r[0].toString()).collect(Collectors.toSet());
            assertThat(numbers).isEqualTo(disputes.stream().map(ClaimRow::number).collect(Collectors.toSet()));
        }
    }
}
