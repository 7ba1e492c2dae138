package com.orderdesk.persistence.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.OpenClaim;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimOrigin;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invoice list's query marks an invoice under a claim case that is still open (open,
 * researching, waiting on the customer) with the case's number, kind and reason; a resolved or
 * closed case, or none, leaves it unmarked, and two open cases still give one row.
 */
class OpenClaimMarkTest {
    @TempDir
    Path dir;
    private ClaimsFixture f;

    @BeforeEach
    void setUp() {
        f = new ClaimsFixture(dir); // INV-010001 and INV-010002, Acme's
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    private void caseOn(String invoice, String number, ClaimReason reason, Consumer<ClaimCase> then) {
        f.book.db.write(s -> {
            Invoice i = s.createSelectionQuery("from Invoice i where i.number = :n", Invoice.class)
                    .setParameter("n", invoice).getSingleResult();
            ClaimCase c = new ClaimCase(number, ClaimKind.DISPUTE, ClaimOrigin.DESK, i, Money.of("5.00"), Money.ZERO, reason,
                    TestBook.TODAY, TestBook.TODAY.plusDays(30), "arthur", TestBook.CLOCK.instant());
            then.accept(c);
            s.persist(c);
            return c.number();
        });
    }

    private List<DocumentRow> invoices() {
        return f.services.invoicing().list(f.ar(), DocumentFilter.all(TestBook.TODAY)).rows();
    }

    @Test
    void withoutACaseNoInvoiceIsMarked() {
        assertThat(invoices()).extracting(DocumentRow::number, DocumentRow::openClaim)
                .containsExactlyInAnyOrder(tuple("INV-010001", null), tuple("INV-010002", null));
    }

    @Test
    void anOpenCaseMarksItsInvoiceAndAClosedOneDoesNot() {
        caseOn("INV-010001", "CASE-900001", ClaimReason.PRICING, c -> c.moveTo(ClaimStatus.WAITING_ON_CUSTOMER));
        caseOn("INV-010002", "CASE-900002", ClaimReason.DAMAGED, c -> {
            c.resolve(ClaimStatus.RESOLVED_INVALID, Money.ZERO, Money.ZERO, TestBook.TODAY);
            c.close(TestBook.TODAY);
        });

        assertThat(invoices()).extracting(DocumentRow::number, DocumentRow::openClaim).containsExactlyInAnyOrder(
                tuple("INV-010001", new OpenClaim("CASE-900001", ClaimKind.DISPUTE, ClaimReason.PRICING, 0)),
                tuple("INV-010002", null));
    }

    @Test
    void aResolvedCaseNoLongerMarksItsInvoice() {
        caseOn("INV-010002", "CASE-900003", ClaimReason.TAX,
                c -> c.resolve(ClaimStatus.RESOLVED_VALID, Money.of("5.00"), Money.ZERO, TestBook.TODAY));

        assertThat(invoices()).extracting(DocumentRow::openClaim).containsOnlyNulls();
    }

    @Test
    void twoOpenCasesGiveOneRowNamingTheFirstAndCountingTheOther() {
        caseOn("INV-010001", "CASE-900005", ClaimReason.FREIGHT, c -> c.moveTo(ClaimStatus.RESEARCHING));
        caseOn("INV-010001", "CASE-900004", ClaimReason.PRICING, c -> { });

        assertThat(invoices()).extracting(DocumentRow::number, DocumentRow::openClaim).containsExactlyInAnyOrder(
                tuple("INV-010001", new OpenClaim("CASE-900004", ClaimKind.DISPUTE, ClaimReason.PRICING, 1)),
                tuple("INV-010002", null));
    }
}
