package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing invoices and credit memos and recording prints: the AR desk's, refused to every other role. */
class InvoicingPermissionsTest {
    @TempDir
    Path dir;
    InvoicingFixture fx;
    InvoicingUseCases invoicing;
    List<SignedInUser> others;

    @BeforeEach
    void open() {
        fx = new InvoicingFixture(dir);
        invoicing = fx.book.services().invoicing();
        others = List.of(fx.book.clerk(), fx.book.manager(), fx.book.admin());
    }

    @AfterEach
    void close() {
        fx.book.db.close();
    }

    @Test
    void onlyTheArDeskIssuesInvoices() {
        long shipment = fx.ship(fx.acmeOrder(), 10, 3);
        for (SignedInUser other : others) {
            refusedAndNothingChanged(fx.book, "issue invoices", () -> invoicing.issueInvoices(other, List.of(shipment)));
        }
        assertThat(invoicing.issueInvoices(fx.book.arClerk(), List.of(shipment)).issued()).containsExactly("INV-010001");
    }

    @Test
    void onlyTheArDeskRunsTheInvoicingBatches() {
        // the desk's "invoice all shipped" and a run over chosen shipments (the demo's past days use it)
        long first = fx.ship(fx.acmeOrder(), 10, 3);
        long second = fx.ship(fx.acmeOrder(), 5, 2);
        for (SignedInUser other : others) {
            refusedAndNothingChanged(fx.book, "issue invoices", () -> invoicing.issueInOneRun(other, List.of(first)));
            refusedAndNothingChanged(fx.book, "issue invoices", () -> invoicing.issueAllShipped(other));
        }
        assertThat(invoicing.issueInOneRun(fx.book.arClerk(), List.of(first)).issued()).containsExactly("INV-010001");
        assertThat(invoicing.issueAllShipped(fx.book.arClerk()).issued()).containsExactly("INV-010002");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void onlyTheArDeskIssuesCreditMemosAndRecordsPrints() throws Exception {
        long shipment = fx.ship(fx.acmeOrder(), 10, 3);
        invoicing.issueInvoices(fx.book.arClerk(), List.of(shipment));
        for (SignedInUser other : others) {
            refusedAndNothingChanged(fx.book, "issue credit memos", () -> invoicing.issueCreditMemo(other, "INV-010001",
                    new CreditRequest.ByAmount(Money.of("10.00"), "allowance")));
            refusedAndNothingChanged(fx.book, "print invoices", () -> invoicing.recordPrints(other, List.of("INV-010001")));
            // the credit memo dialog's preview reads the invoice for someone who may issue the memo only
            refusedAndNothingChanged(fx.book, "issue credit memos", () -> invoicing.creditBasis(other, "INV-010001"));
        }
        // a PDF published by someone without the right keeps its partial file and takes no final name
        Path partial = java.nio.file.Files.writeString(dir.resolve(".partial-INV-010001-1.pdf"), "%PDF-1.7 test");
        Path target = dir.resolve("INV-010001.pdf");
        for (SignedInUser other : others) {
            refusedAndNothingChanged(fx.book, "print invoices", () -> invoicing.publishPdf(other, "INV-010001", partial, target));
        }
        assertThat(target).doesNotExist();
        assertThat(partial).exists();
        assertThat(invoicing.creditBasis(fx.book.arClerk(), "INV-010001").preview(new CreditRequest.ByAmount(Money.of("10.00"),
                "allowance")).total()).isEqualTo(Money.of("10.00"));
        assertThat(invoicing.issueCreditMemo(fx.book.arClerk(), "INV-010001",
                new CreditRequest.ByAmount(Money.of("10.00"), "allowance"))).startsWith("CM-");
    }
}
