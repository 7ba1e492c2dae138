package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditSentence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chargeback and an RMA printed for the customer are on the audit trail as an invoice's print is:
 * who printed which document, when, and to which file; a user who may not print them is refused
 * before anything is written or recorded.
 */
class ClaimPrintsAuditedTest {
    @TempDir
    Path dir;
    ClaimsFixture f;

    @BeforeEach
    void book() throws Exception {
        f = new ClaimsFixture(Files.createDirectories(dir.resolve("book")));
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private List<AuditEntry> prints(String number) {
        return f.services.auditTrail().find(f.book.admin(), new AuditQuery(null, null, null, number, 100)).stream()
                .filter(e -> e.action().equals("DOCUMENT_PRINT")).toList();
    }

    private String chargeback() {
        f.claims().openDispute(f.clerk(), new com.orderdesk.application.claims.DisputeRequest("INV-010002",
                ClaimReason.PRICING, Money.of("15.00"), "Contract price"));
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        return f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("The price is the contract's"))
                .documents().get(0);
    }

    @Test
    void aChargebackPrintedIsAuditedWithWhoAndTheFile() throws Exception {
        String cb = chargeback();
        Path target = dir.resolve("cb.pdf");

        Path written = ClaimsAreas.printChargeback(f.services, f.ar(), cb, target);

        assertThat(written).exists();
        assertThat(prints(cb)).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo(f.ar().userName());
            assertThat(e.documentType()).isEqualTo("CHARGEBACK");
            assertThat(e.after()).contains(target.toString());
            assertThat(AuditSentence.of(e)).startsWith("Chargeback " + cb + " printed.");
        });
    }

    @Test
    void anRmaPrintedIsAuditedWithWhoAndTheFile() throws Exception {
        String rma = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.SURPLUS, null,
                null, "Two cases ordered twice"));
        Path folder = Files.createDirectories(dir.resolve("returns"));

        Path written = ClaimsAreas.printRma(f.services, f.clerk(), rma, folder);

        assertThat(written).exists().startsWith(folder);
        assertThat(prints(rma)).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo(f.clerk().userName());
            assertThat(e.documentType()).isEqualTo("RMA");
            assertThat(e.after()).contains(written.toString());
        });
    }

    @Test
    void aUserWhoMayNotPrintAChargebackIsRefusedWithNoFileAndNoEntry() throws Exception {
        String cb = chargeback();
        Path target = dir.resolve("refused.pdf");

        assertThatThrownBy(() -> ClaimsAreas.printChargeback(f.services, f.clerk(), cb, target))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("may not work deduction and dispute cases");
        assertThatThrownBy(() -> f.claims().recordChargebackPrint(f.clerk(), cb, target))
                .isInstanceOf(NotAuthorizedException.class);

        assertThat(target).doesNotExist();
        assertThat(prints(cb)).isEmpty();
    }
}
