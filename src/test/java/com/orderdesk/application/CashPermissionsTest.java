package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking money in, matching, posting and reversing cash: the AR desk's, refused to every other role. */
class CashPermissionsTest {
    @TempDir
    Path dir;
    CashFixture f;
    CashUseCases cash;
    List<SignedInUser> others;

    @BeforeEach
    void open() {
        f = new CashFixture(dir);
        cash = f.book.services().cash();
        others = List.of(f.book.clerk(), f.book.manager(), f.book.admin());
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private static ChequeInput cheque() {
        return new ChequeInput("Acme Janitorial", "1042", "021000021", "555001", new BigDecimal("300.00"), TestBook.TODAY,
                List.of(new ChequeInput.StubLine("INV-000102", new BigDecimal("300.00"), null)), null);
    }

    @Test
    void onlyTheArDeskTakesMoneyInAndMatchesIt() {
        Path file = CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv());
        for (SignedInUser other : others) {
            refusedAndNothingChanged(f.book, "apply cash", () -> cash.enterCheque(other, cheque()));
            refusedAndNothingChanged(f.book, "apply cash", () -> cash.importFile(other, file, p -> { }, () -> false));
            refusedAndNothingChanged(f.book, "apply cash", () -> cash.autoMatch(other, TestBook.TODAY, p -> { }, () -> false));
        }
        assertThat(cash.enterCheque(f.book.arClerk(), cheque()).number()).startsWith("PMT-");
    }

    @Test
    void onlyTheArDeskPostsAndReverses() {
        DeskPayment p = cash.enterCheque(f.book.arClerk(), cheque());
        long version = cash.detail(f.book.arClerk(), p.id()).version();
        PostRequest post = new PostRequest(p.id(), version, "C-10001",
                List.of(new PostRequest.Line("INV-000102", new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO, null)));
        for (SignedInUser other : others) {
            refusedAndNothingChanged(f.book, "apply cash", () -> cash.post(other, post));
            refusedAndNothingChanged(f.book, "apply cash", () -> cash.postAllAuto(other, TestBook.TODAY, x -> { }, () -> false));
        }
        cash.post(f.book.arClerk(), post);
        long posted = cash.detail(f.book.arClerk(), p.id()).version();
        for (SignedInUser other : others) {
            refusedAndNothingChanged(f.book, "reverse cash applications", () -> cash.reverse(other, p.id(), posted, "wrong"));
        }
        cash.reverse(f.book.arClerk(), p.id(), posted, "wrong customer");
        assertThat(f.state("INV-000102")).startsWith("OPEN");
    }
}
