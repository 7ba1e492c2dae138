package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditSentence;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.ClaimRow;
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
 * An RMA or a chargeback printed a second time is marked as a copy, as an invoice's reprint is: a
 * red COPY box in the header and in the footer of every page, "Reprinted" beside the date, a print
 * row kept as a copy and an audit entry that says so; the first print is none of these.
 */
class ClaimReprintsTest {
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

    private List<String> copiesAudited(String number) {
        return f.services.auditTrail().find(f.book.admin(), new AuditQuery(null, null, null, number, 100)).stream()
                .filter(e -> e.action().equals("DOCUMENT_PRINT"))
                .sorted(java.util.Comparator.comparingLong(AuditEntry::sequence))
                .map(e -> AuditValues.parse(e.after()).get("copy") + " / " + AuditSentence.of(e)).toList();
    }

    private List<Object> printRows(String number) {
        return f.book.db.read(s -> s.createNativeQuery("SELECT copy FROM document_print WHERE document_no = ? ORDER BY id",
                Object.class).setParameter(1, number).getResultList());
    }

    @Test
    void anRmaPrintedAgainIsACopy() throws Exception {
        String rma = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.SURPLUS, null,
                null, null));

        String first = TestFiles.pdfText(ClaimsAreas.printRma(f.services, f.clerk(), rma, dir.resolve("first")));
        String second = TestFiles.pdfText(ClaimsAreas.printRma(f.services, f.clerk(), rma, dir.resolve("second")));

        assertThat(first).contains("Printed").doesNotContain("COPY").doesNotContain("Reprinted");
        assertThat(second).contains("Reprinted", "Return authorization " + rma + "  ·  invoice INV-010001  ·  customer C-10001  ·  COPY");
        assertThat(second.split("COPY", -1)).as("the header's box and the footer's mark").hasSize(3);
        assertThat(copiesAudited(rma)).satisfiesExactly(
                e -> assertThat(e).startsWith("false / Return " + rma + " printed. Copy no;"),
                e -> assertThat(e).startsWith("true / Return " + rma + " printed. Copy yes;"));
        assertThat(printRows(rma)).hasSize(2);
        assertThat(f.returns().document(f.book.admin(), rma).copy()).as("the next print is a copy too").isTrue();
    }

    @Test
    void aChargebackPrintedAgainIsACopy() throws Exception {
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.PRICING, Money.of("15.00"),
                "Contract price"));
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        String cb = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("The price is the contract's"))
                .documents().get(0);
        assertThat(f.claims().chargeback(f.ar(), cb).copy()).as("never printed").isFalse();

        String first = TestFiles.pdfText(ClaimsAreas.printChargeback(f.services, f.ar(), cb, dir.resolve("first.pdf")));
        String second = TestFiles.pdfText(ClaimsAreas.printChargeback(f.services, f.ar(), cb, dir.resolve("second.pdf")));

        assertThat(first).contains("Printed").doesNotContain("COPY").doesNotContain("Reprinted");
        assertThat(second).contains("Reprinted", "CHARGEBACK " + cb + "  ·  case " + c.number() + "  ·  customer C-10001  ·  COPY");
        assertThat(copiesAudited(cb)).satisfiesExactly(
                e -> assertThat(e).startsWith("false / Chargeback " + cb + " printed. Copy no;"),
                e -> assertThat(e).startsWith("true / Chargeback " + cb + " printed. Copy yes;"));
        assertThat(printRows(cb)).hasSize(2);
    }
}
