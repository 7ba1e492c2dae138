package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doors of the documents that leave the desk (a PDF, a file): each print or export use case
 * refuses a user without its permission before anything is read, written or recorded. Every role
 * holds VIEW_ORDERS, so the RMA's and the customers file's doors are tried by a user the book does
 * not know with no role, and by a clerk switched off after signing in.
 */
class PrintPermissionsTest {
    @TempDir
    Path dir;

    private static SignedInUser noRoles() {
        return new SignedInUser(9_999, "guest", "Guest", Set.of());
    }

    private static SignedInUser switchedOff(TestBook book) {
        SignedInUser leaver = book.user("leaver", Role.ORDER_CLERK);
        book.services().users().setActive(book.admin(), "leaver", false, "left the company");
        return leaver;
    }

    @Test
    void anRmaIsPrintedOnlyByWhoeverMayViewOrders() throws Exception {
        ClaimsFixture f = new ClaimsFixture(Files.createDirectories(dir.resolve("claims")));
        try {
            String rma = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.SURPLUS, null,
                    null, null));
            Path file = dir.resolve(rma + ".pdf");
            for (SignedInUser refused : List.of(noRoles(), switchedOff(f.book))) {
                refusedAndNothingChanged(f.book, "view orders", () -> f.returns().document(refused, rma));
                refusedAndNothingChanged(f.book, "view orders", () -> f.returns().recordPrint(refused, rma, file));
            }
            for (SignedInUser reader : List.of(f.clerk(), f.ar(), f.manager(), f.book.admin())) {
                assertThat(f.returns().document(reader, rma).number()).isEqualTo(rma);
            }
        } finally {
            f.book.db.close();
        }
    }

    @Test
    void aChargebackPrintIsRecordedOnlyByWhoeverWorksCases() throws Exception {
        ClaimsFixture f = new ClaimsFixture(Files.createDirectories(dir.resolve("claims")));
        try {
            f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.PRICING, Money.of("15.00"),
                    "Contract price"));
            ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
            String cb = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("The price is the contract's"))
                    .documents().get(0);
            Path file = dir.resolve(cb + ".pdf");
            for (SignedInUser other : List.of(f.clerk(), f.manager(), f.book.admin(), noRoles())) {
                refusedAndNothingChanged(f.book, "work deduction and dispute cases",
                        () -> f.claims().recordChargebackPrint(other, cb, file));
            }
            // the root-cause rows the desk exports as CSV: whoever reads receivables, not the order clerk
            refusedAndNothingChanged(f.book, "view receivables", () -> f.claims().rootCauses(f.clerk(), TestBook.TODAY.minusDays(30),
                    TestBook.TODAY, RootCauses.Dimension.REASON));
            f.claims().recordChargebackPrint(f.ar(), cb, file);
        } finally {
            f.book.db.close();
        }
    }

    @Test
    void invoicesCreditMemosAndTheirStatementAreReadForPrintingOnlyByWhoeverSeesReceivables() throws Exception {
        ClaimsFixture f = new ClaimsFixture(Files.createDirectories(dir.resolve("claims")));
        try {
            var invoicing = f.services.invoicing();
            String memo = invoicing.issueCreditMemo(f.ar(), "INV-010001",
                    new com.orderdesk.logic.invoicing.CreditRequest.ByAmount(Money.of("10.00"), "allowance"));
            for (SignedInUser other : List.of(f.clerk(), noRoles())) {
                refusedAndNothingChanged(f.book, "view receivables", () -> invoicing.document(other, "INV-010001"));
                refusedAndNothingChanged(f.book, "view receivables", () -> invoicing.document(other, memo));
                refusedAndNothingChanged(f.book, "view receivables", () -> invoicing.statement(other, "C-10001", TestBook.TODAY));
                refusedAndNothingChanged(f.book, "view receivables", () -> invoicing.unprintedNumbers(other));
            }
            assertThat(invoicing.document(f.manager(), memo).number()).isEqualTo(memo);
        } finally {
            f.book.db.close();
        }
    }

    @Test
    void statementsAndDunningLettersArePrintedOnlyByTheCollectionsDesk() throws Exception {
        CollectionsFixture f = new CollectionsFixture(Files.createDirectories(dir.resolve("collections")));
        try {
            DunningUseCases dunning = f.services.dunning();
            List<DunningRun.Letter> letters = dunning.propose(f.ar(), TestBook.TODAY);
            assertThat(letters).isNotEmpty();
            List<String> written = new ArrayList<>();
            for (SignedInUser other : List.of(f.book.clerk(), f.book.manager(), f.book.admin())) {
                refusedAndNothingChanged(f.book, "run dunning", () -> dunning.printAndRecord(other, TestBook.TODAY, letters,
                        l -> {
                            written.add(l.customerNo());
                            return dir.resolve(l.customerNo() + ".pdf");
                        }, BatchProgress.NONE));
                refusedAndNothingChanged(f.book, "work the collections worklist",
                        () -> f.services.statements().statement(other, "C-10001", TestBook.TODAY));
            }
            assertThat(written).as("no letter written for a refused user").isEmpty();
            assertThat(dunning.propose(f.ar(), TestBook.TODAY)).as("nothing recorded: proposed again").isEqualTo(letters);
        } finally {
            f.book.db.close();
        }
    }

    @Test
    void theCustomersFileIsExportedOnlyByWhoeverMayViewOrders() throws Exception {
        TestBook book = TestBook.create(Files.createDirectories(dir.resolve("book")));
        try {
            List<String> exported = new ArrayList<>();
            for (SignedInUser refused : List.of(noRoles(), switchedOff(book))) {
                refusedAndNothingChanged(book, "view orders",
                        () -> book.services().customerImport().export(refused, r -> exported.add(r.toString())));
            }
            assertThat(exported).isEmpty();
            book.services().customerImport().export(book.clerk(), r -> exported.add(r.toString()));
            assertThat(exported).isNotEmpty();
        } finally {
            book.db.close();
        }
    }
}
