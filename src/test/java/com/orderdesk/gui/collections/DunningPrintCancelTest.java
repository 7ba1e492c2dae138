package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.persistence.collections.CollectionsFixture;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel during a dunning print: the run stops after the letter in hand; the letters written so far
 * are recorded (they exist and may be sent), the others are neither written nor recorded, so the
 * next run proposes them again.
 */
class DunningPrintCancelTest {
    @TempDir
    Path dir;
    CollectionsFixture f;
    DunningViewModel model;
    final List<String> printedFor = new ArrayList<>();

    @BeforeEach
    void book() {
        f = new CollectionsFixture(dir);
        var ar = f.ar();
        model = new DunningViewModel(f.services.dunning(), (letter, day, folder) -> {
            printedFor.add(letter.customerNo());
            try {
                return Files.writeString(folder.resolve(letter.customerNo() + ".pdf"), "letter");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> ar);
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @Test
    void aRunCancelledBeforeItsFirstLetterWritesAndRecordsNothing() throws Exception {
        LocalDate day = TestBook.TODAY;
        List<DunningRun.Letter> letters = model.propose(day);
        assertThat(letters).extracting(DunningRun.Letter::customerNo).containsExactly("C-10001");
        Path out = Files.createDirectories(dir.resolve("out"));

        DunningViewModel.PrintResult cancelled = model.print(letters, day, out, new BatchProgress() {
            @Override
            public boolean stopRequested() {
                return true;
            }
        });

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.written()).isEmpty();
        assertThat(printedFor).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(model.propose(day)).as("nothing recorded: proposed again at the same level")
                .extracting(DunningRun.Letter::customerNo, DunningRun.Letter::level).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C-10001", letters.get(0).level()));
    }

    @Test
    void aRunNotCancelledWritesAndRecordsEveryLetter() throws Exception {
        LocalDate day = TestBook.TODAY;
        List<DunningRun.Letter> letters = model.propose(day);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> progress = new ArrayList<>();

        DunningViewModel.PrintResult done = model.print(letters, day, out, new BatchProgress() {
            @Override
            public void starting(int number, int of) {
                progress.add(number + "/" + of);
            }
        });

        assertThat(done.cancelled()).as("every proposed letter was printed").isFalse();
        assertThat(done.written()).hasSize(1).allSatisfy(p -> assertThat(p).exists());
        assertThat(progress).containsExactly("1/1");
        assertThat(done.summary()).isEqualTo("1 of 1 letters printed");
        assertThat(model.propose(day)).as("the level reached is recorded: not proposed again today")
                .noneMatch(l -> l.customerNo().equals("C-10001") && l.level() == letters.get(0).level());
    }

    @Test
    void aStopAskedDuringTheThirdLetterFinishesItRecordsThoseThreeAndLeavesTheRestToPropose() throws Exception {
        f.overdueCustomers(5);
        LocalDate day = TestBook.TODAY;
        List<DunningRun.Letter> letters = model.propose(day);
        assertThat(letters).hasSize(6);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> started = new ArrayList<>();

        DunningViewModel.PrintResult result = model.print(letters, day, out, new BatchProgress() {
            @Override
            public void starting(int number, int of) {
                started.add(number + "/" + of);
            }

            @Override
            public boolean stopRequested() {
                return started.size() == 3; // Cancel pressed while the third letter was being printed
            }
        });

        List<String> first3 = letters.subList(0, 3).stream().map(DunningRun.Letter::customerNo).toList();
        assertThat(started).containsExactly("1/6", "2/6", "3/6");
        assertThat(printedFor).as("the letter in hand finished, none after it").isEqualTo(first3);
        assertThat(result.written()).hasSize(3).allSatisfy(p -> assertThat(p).exists());
        assertThat(result.cancelled()).isTrue();
        assertThat(result.summary()).isEqualTo("Printed 3 of 6 letters; cancelled");
        assertThat(model.propose(day)).as("the three printed are recorded; the other three are proposed again")
                .extracting(DunningRun.Letter::customerNo)
                .containsExactlyElementsOf(letters.subList(3, 6).stream().map(DunningRun.Letter::customerNo).toList());
    }

    @Test
    void aUserWhoMayNotRunDunningIsRefusedBeforeAnyLetterIsWrittenAndNothingIsRecorded() throws Exception {
        LocalDate day = TestBook.TODAY;
        List<DunningRun.Letter> letters = model.propose(day);
        assertThat(letters).isNotEmpty();
        Path out = Files.createDirectories(dir.resolve("refused"));
        var clerk = f.book.clerk();
        DunningViewModel asClerk = new DunningViewModel(f.services.dunning(), (letter, d, folder) -> {
            printedFor.add(letter.customerNo());
            try {
                return Files.writeString(folder.resolve(letter.customerNo() + ".pdf"), "letter");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> clerk);
        int auditBefore = f.services.auditTrail().find(f.book.admin(), com.orderdesk.logic.audit.AuditQuery.all()).size();

        assertThatThrownBy(() -> asClerk.print(letters, day, out, BatchProgress.NONE))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("may not run dunning and print reminder letters");

        assertThat(printedFor).as("no letter printed").isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).as("no file written").isEmpty();
        }
        assertThat(model.propose(day)).as("nothing recorded: the same letters are proposed again")
                .extracting(DunningRun.Letter::customerNo, DunningRun.Letter::level)
                .containsExactlyElementsOf(letters.stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.customerNo(), l.level())).toList());
        assertThat(f.services.auditTrail().find(f.book.admin(), com.orderdesk.logic.audit.AuditQuery.all()).size()).as("no audit entry").isEqualTo(auditBefore);
    }
}
