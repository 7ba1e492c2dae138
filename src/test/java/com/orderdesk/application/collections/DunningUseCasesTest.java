package com.orderdesk.application.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.StopAfter;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DunningUseCasesTest {
    @TempDir
    Path dir;
    private CollectionsFixture f;
    private DunningUseCases dunning;

    @BeforeEach
    void book() {
        f = new CollectionsFixture(dir);
        dunning = f.services.dunning();
    }

    @Test
    void aRunProposesOneLetterPerCustomerWithAllItsOverdueItemsAndTheNextRunTheNextLevel() {
        // Acme's oldest item is 45 days overdue; the schools' 5 days are short of level 1's 7
        List<DunningRun.Letter> letters = dunning.propose(f.ar(), TestBook.TODAY);
        assertThat(letters).extracting(DunningRun.Letter::customerNo).containsExactly("C-10001");
        DunningRun.Letter acme = letters.get(0);
        assertThat(acme.level()).isEqualTo(1);
        assertThat(acme.items()).extracting(DunningRun.Item::invoiceNo).containsExactly("INV-7101", "INV-7102");
        assertThat(acme.overdue()).isEqualTo(Money.of("5300.00"));
        assertThat(acme.fee()).isEqualTo(Money.ZERO);

        dunning.recordSent(f.ar(), TestBook.TODAY, letters);
        assertThatThrownBy(() -> dunning.recordSent(f.ar(), TestBook.TODAY, letters)).hasMessageContaining("already has a letter");
        // level 1 gives no grace days: the next day's run goes to level 2 with its fee
        DunningRun.Letter next = f.later(1).dunning().propose(f.ar(), TestBook.TODAY.plusDays(1)).get(0);
        assertThat(next.level()).isEqualTo(2);
        assertThat(next.previousLevel()).isEqualTo(1);
        assertThat(next.fee()).isEqualTo(Money.of("15.00"));
        assertThat(next.total()).isEqualTo(Money.of("5315.00"));
        List<String> audit = f.book.db.read(s -> s.createNativeQuery("SELECT doc_id FROM audit_entry WHERE action = 'DUNNING_LETTER'",
                String.class).getResultList());
        assertThat(audit).containsExactly("C-10001");
    }

    @Test
    void disputedItemsStayOffTheLetterAndAPendingPromiseKeepsTheCustomerOutOfTheRun() {
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7102", ClaimReason.PRICING, Money.of("300.00"),
                "price not as agreed"));
        assertThat(dunning.propose(f.ar(), TestBook.TODAY).get(0).items()).extracting(DunningRun.Item::invoiceNo)
                .containsExactly("INV-7101");

        f.services.collections().recordPromise(f.ar(), f.book.acmeId, Money.of("5000.00"), TestBook.TODAY.plusDays(4), null);
        assertThat(dunning.propose(f.ar(), TestBook.TODAY)).isEmpty();
        // the promised day passed: the customer is back in the run (and the schools are now 10 days overdue)
        LocalDate after = TestBook.TODAY.plusDays(5);
        assertThat(f.later(5).dunning().propose(f.ar(), after)).extracting(DunningRun.Letter::customerNo)
                .containsExactly("C-10001", "C-10002");
    }

    @Test
    void aProposalStoppedAfterTheSecondCustomerGivesNoLetterAndWritesNothing() {
        f.overdueCustomers(5); // Acme, the schools and five more are overdue: 6 letters in a whole run
        StopAfter stop = new StopAfter(2);
        DunningUseCases.Proposal stopped = dunning.propose(f.ar(), TestBook.TODAY, stop);

        assertThat(stop.told()).as("told of each customer before it, none after the stop")
                .containsExactly("1 of 7: C-10001", "2 of 7: C-10002");
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.customersRead()).isEqualTo(2);
        assertThat(stopped.customersOverdue()).isEqualTo(7);
        assertThat(stopped.letters()).as("half a run would look whole: none").isEmpty();
        Integer written = f.book.db.read(s -> ((Number) s.createNativeQuery("SELECT (SELECT count(*) FROM dunning_notice)"
                + " + (SELECT count(*) FROM audit_entry WHERE action LIKE 'DUNNING%')", Object.class).getSingleResult()).intValue());
        assertThat(written).as("no letter recorded, nothing audited").isZero();
        DunningUseCases.Proposal whole = dunning.propose(f.ar(), TestBook.TODAY, new StopAfter(Integer.MAX_VALUE));
        assertThat(whole.cancelled()).isFalse();
        assertThat(whole.letters()).hasSize(6).isEqualTo(dunning.propose(f.ar(), TestBook.TODAY));
    }

    @Test
    void administratorsKeepTheProcedureAndArStaffRunIt() {
        DunningRun.Level changed = new DunningRun.Level(1, 10, 3, Money.of("5.00"), "Friendly reminder.");
        dunning.saveLevel(f.book.admin(), changed);
        assertThat(dunning.levels(f.ar())).hasSize(3).first().isEqualTo(changed);
        assertThatThrownBy(() -> dunning.saveLevel(f.ar(), changed)).hasMessageContaining("change the dunning procedure");
        assertThatThrownBy(() -> dunning.propose(f.book.clerk(), TestBook.TODAY)).hasMessageContaining("run dunning");
        // the print run records its letters through recordSent: a clerk is refused there too, and nothing is recorded
        List<DunningRun.Letter> letters = dunning.propose(f.ar(), TestBook.TODAY);
        assertThatThrownBy(() -> dunning.recordSent(f.book.clerk(), TestBook.TODAY, letters)).hasMessageContaining("run dunning");
        assertThat(dunning.propose(f.ar(), TestBook.TODAY)).as("nothing recorded: proposed again").isEqualTo(letters);
        assertThatThrownBy(() -> dunning.saveLevel(f.book.admin(), new DunningRun.Level(4, 90, 0, Money.ZERO, " ")))
                .hasMessageContaining("letter text is empty");
    }
}
