package com.orderdesk.persistence.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashDeskServiceTest {
    @TempDir
    Path dir;
    private CashFixture f;

    @BeforeEach
    void open() {
        f = new CashFixture(dir);
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private ImportOutcome importCsv(String name, String text) throws ImportException {
        return f.desk.importFile(CashFixture.write(dir, name, text), "ar1", p -> { }, () -> false);
    }

    private DeskPayment byPayer(String payerStart) {
        return f.desk.payments(TestBook.TODAY).stream().filter(p -> p.payerName().startsWith(payerStart)).findFirst().orElseThrow();
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void importedFileIsMatchedAndItsAutoAnswersPostInOneAction() throws Exception {
        ImportOutcome out = importCsv("lockbox.csv", CashFixture.paymentsCsv());
        assertThat(out.imported()).isEqualTo(3);
        assertThat(out.total()).isEqualByComparingTo("817.70");

        MatchOutcome run = f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        assertThat(run.total()).isEqualTo(3);
        assertThat(run.unapplied()).isEqualTo(1);
        DeskPayment acme = byPayer("ACME");
        assertThat(acme.status()).isEqualTo(DeskStatus.AUTO);
        assertThat(acme.customerNo()).isEqualTo("C-10001");
        PaymentDetail d = f.desk.detail(acme.id());
        assertThat(d.proposal()).extracting(p -> p.invoiceNo() + " " + p.applied() + " disc " + p.discount())
                .containsExactly("INV-000101 490.00 disc 10.00");
        assertThat(d.sourceFile()).endsWith("lockbox.csv");
        assertThat(d.sourceLine()).isEqualTo(2);

        int posted = f.desk.postAllAuto(TestBook.TODAY, "ar1", p -> { }, () -> false);

        assertThat(posted).isEqualTo(run.auto());
        assertThat(f.state("INV-000101")).isEqualTo("PAID 0.00");
        assertThat(byPayer("ACME").status()).isEqualTo(DeskStatus.AUTO_APPLIED);
        assertThat(byPayer("Somebody").status()).isEqualTo(DeskStatus.UNAPPLIED);
        assertThat(f.verifyAudit().intact()).isTrue();
        assertThat(f.auditCount("CASH_APPLY")).isEqualTo(posted);

        // an AUTO posting that had to be reversed is left to a person, even after another run
        DeskPayment reversed = byPayer("ACME");
        f.desk.reverse(reversed.id(), f.desk.detail(reversed.id()).version(), "ar1", "wrong customer");
        f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        assertThat(byPayer("ACME").status()).isEqualTo(DeskStatus.SUGGESTED);
        assertThat(f.desk.postAllAuto(TestBook.TODAY, "ar1", p -> { }, () -> false)).isZero();
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
    }

    @Test
    void aParentsOpenInvoicesAreItsOwnAndItsChildrensOpenOnes() {
        f.book.db.write(s -> {
            s.find(com.orderdesk.model.customer.Customer.class, f.book.exemptId)
                    .setParent(s.find(com.orderdesk.model.customer.Customer.class, f.book.acmeId));
            return null;
        });
        String acmeNo = f.book.db.read(s -> s.find(com.orderdesk.model.customer.Customer.class, f.book.acmeId).number());
        String schoolsNo = f.book.db.read(s -> s.find(com.orderdesk.model.customer.Customer.class, f.book.exemptId).number());

        assertThat(f.desk.openInvoices(acmeNo, TestBook.TODAY)).extracting(i -> i.invoiceNo() + " " + i.customerNo())
                .containsExactly("INV-000102 " + acmeNo, "INV-000101 " + acmeNo, "INV-000201 " + schoolsNo);
        assertThat(f.desk.openInvoices(schoolsNo, TestBook.TODAY)).extracting(i -> i.invoiceNo())
                .containsExactly("INV-000201");
    }

    @Test
    void postingChangesOpenAmountsAndStatusesInOneTransaction() throws Exception {
        DeskPayment cheque = f.desk.enterCheque(new ChequeInput("Acme Janitorial", "1042", "021000021", "555001",
                m("600.00"), TestBook.TODAY, List.of(new ChequeInput.StubLine("INV-000102", m("300.00"), null)), null), "ar1");
        PaymentDetail d = f.desk.detail(cheque.id());

        // the second line asks for more than is open: nothing at all is posted
        assertThatThrownBy(() -> f.desk.post(new PostRequest(cheque.id(), d.version(), "C-10001", List.of(
                new PostRequest.Line("INV-000102", m("300.00"), m("0"), m("0"), null),
                new PostRequest.Line("INV-000101", m("501.00"), m("0"), m("0"), null))), "ar1"))
                .isInstanceOf(StoreException.class).hasMessageContaining("INV-000101: 501.00 is more than the open 500.00");
        assertThat(f.state("INV-000102")).isEqualTo("OPEN 300.00");

        f.desk.post(new PostRequest(cheque.id(), d.version(), "C-10001", List.of(
                new PostRequest.Line("INV-000102", m("300.00"), m("0"), m("0"), null),
                new PostRequest.Line("INV-000101", m("200.00"), m("0"), m("0"), null))), "ar1");

        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(f.state("INV-000101")).isEqualTo("PARTLY_PAID 300.00");
        PaymentDetail after = f.desk.detail(cheque.id());
        assertThat(after.payment().status()).isEqualTo(DeskStatus.APPLIED);
        assertThat(after.payment().unapplied()).hasToString("100.00");
        assertThat(after.posted()).extracting(p -> p.invoiceNo() + " " + p.applied())
                .containsExactly("INV-000102 300.00", "INV-000101 200.00", "null 100.00");
        assertThat(f.verifyAudit().intact()).isTrue();
        assertThat(f.auditCount("CASH_APPLY")).isEqualTo(1);
        // other desks append after the cash desk's entries without a clash (one head, one chain)
        var crm1 = f.book.user("crm1", com.orderdesk.model.security.Role.CREDIT_MANAGER);
        f.book.services().unitOfWork().run("another desk", () -> new com.orderdesk.persistence.audit.AuditLog(TestBook.CLOCK)
                .record(crm1, com.orderdesk.logic.audit.AuditEvent.of("crm1", "CREDIT_RELEASE", "ORDER", "SO-1")));
        assertThat(f.verifyAudit().intact()).isTrue();
        // the posting taught the book the cheque's account: the next cheque from it is identified without a name
        DeskPayment next = f.desk.enterCheque(new ChequeInput("A.J.S.", "1050", "021000021", "555001", m("300.00"),
                TestBook.TODAY, List.of(), null), "ar1");
        f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        PaymentDetail matched = f.desk.detail(next.id());
        assertThat(matched.payment().customerNo()).isEqualTo("C-10001");
        assertThat(matched.matchReason()).contains("payer account");
        assertThat(matched.proposal()).extracting(PaymentDetail.Proposed::invoiceNo).containsExactly("INV-000101");
        // a posted payment is not posted again (only reversed)
        assertThatThrownBy(() -> f.desk.post(new PostRequest(cheque.id(), after.version(), "C-10001", List.of()), "ar1"))
                .hasMessageContaining("already posted");
    }

    @Test
    void aDeductionNeedsAReasonAndClosesTheInvoice() {
        DeskPayment cheque = f.desk.enterCheque(new ChequeInput("Acme", "77", "021000021", "555001", m("280.00"),
                TestBook.TODAY, List.of(), null), "ar1");
        long version = f.desk.detail(cheque.id()).version();
        assertThatThrownBy(() -> f.desk.post(new PostRequest(cheque.id(), version, "C-10001", List.of(
                new PostRequest.Line("INV-000102", m("280.00"), m("0"), m("20.00"), null))), "ar1"))
                .hasMessageContaining("a deduction needs a reason code");

        f.desk.post(new PostRequest(cheque.id(), version, "C-10001", List.of(
                new PostRequest.Line("INV-000102", m("280.00"), m("0"), m("20.00"), "DAMAGED"))), "ar1");

        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(f.desk.detail(cheque.id()).posted()).extracting(PaymentDetail.Posted::reasonCode).containsExactly("DAMAGED");
    }

    @Test
    void reversalRestoresTheInvoicesAndIsAudited() {
        DeskPayment cheque = f.desk.enterCheque(new ChequeInput("Acme", "1043", "021000021", "555001", m("790.00"),
                TestBook.TODAY, List.of(), null), "ar1");
        long v = f.desk.detail(cheque.id()).version();
        f.desk.post(new PostRequest(cheque.id(), v, "C-10001", List.of(
                new PostRequest.Line("INV-000101", m("490.00"), m("10.00"), m("0"), null),
                new PostRequest.Line("INV-000102", m("300.00"), m("0"), m("0"), null))), "ar1");
        assertThat(f.state("INV-000101")).isEqualTo("PAID 0.00");

        PaymentDetail posted = f.desk.detail(cheque.id());
        f.desk.reverse(cheque.id(), posted.version(), "ar1", "posted to the wrong customer");

        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
        assertThat(f.state("INV-000102")).isEqualTo("OPEN 300.00");
        PaymentDetail reopened = f.desk.detail(cheque.id());
        assertThat(reopened.payment().status().posted()).isFalse();
        assertThat(reopened.posted()).isEmpty();
        assertThat(f.auditCount("CASH_REVERSE")).isEqualTo(1);
        assertThat(f.verifyAudit().intact()).isTrue();
        // the reversed money can be applied again, differently
        f.desk.post(new PostRequest(cheque.id(), reopened.version(), "C-10001", List.of(
                new PostRequest.Line("INV-000102", m("300.00"), m("0"), m("0"), null))), "ar1");
        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(f.desk.detail(cheque.id()).posted()).hasSize(2);
        // a stale screen cannot reverse
        assertThatThrownBy(() -> f.desk.reverse(cheque.id(), reopened.version(), "ar1", "again"))
                .hasMessageContaining("changed at another desk");
    }

    @Test
    void theSameFileOrTheSameTransactionsImportedTwiceAreNotDuplicated() throws Exception {
        importCsv("lockbox.csv", CashFixture.paymentsCsv());

        ImportOutcome again = importCsv("lockbox-again.csv", CashFixture.paymentsCsv());
        assertThat(again.summary("lockbox-again.csv")).isEqualTo("Imported 0 payments (3 already imported) from lockbox-again.csv");
        assertThat(again.earlier()).isEqualTo("this file was already imported as lockbox.csv by ar1 (3 payments)");
        String sameTransactionsOtherFile = CashFixture.paymentsCsv().replace("\n", "\r\n");
        ImportOutcome resent = importCsv("resent.csv", sameTransactionsOtherFile);
        assertThat(resent.imported()).isZero();
        assertThat(resent.skipped()).isEqualTo(3);
        assertThat(resent.earlier()).as("other bytes, the same transactions").isEmpty();
        assertThat(f.payments()).isEqualTo(3);
        ImportOutcome overlap = importCsv("next.csv", CashFixture.paymentsCsv()
                + "B-4,2026-11-26,300.00,USD,Acme Janitorial Supply,,INV-000102\n");

        assertThat(overlap.imported()).isEqualTo(1);
        assertThat(overlap.skipped()).isEqualTo(3);
        assertThat(f.payments()).isEqualTo(4);
    }

    @Test
    void theSameChequeIsNotEnteredTwice() {
        ChequeInput c = new ChequeInput("Acme", "1044", "021000021", "555001", m("10.00"), TestBook.TODAY, List.of(), null);
        f.desk.enterCheque(c, "ar1");
        assertThatThrownBy(() -> f.desk.enterCheque(c, "ar1")).hasMessageContaining("already entered");
        assertThatThrownBy(() -> f.desk.enterCheque(new ChequeInput("Acme", "1045", "021000022", "555001", m("10.00"),
                TestBook.TODAY, List.of(), null), "ar1")).hasMessageContaining("fails its check digit");
        assertThat(f.payments()).isEqualTo(1);
    }

    @Test
    void aMalformedFileImportsNothingAndListsEveryProblemWithItsLine() {
        String bad = """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-1,2026-11-26,490.00,USD,Acme,,INV-000101
                B-2,2026-11-26,12,5O,USD,Schools,,
                B-3,2026-13-01,77.70,USD,Unknown,,
                B-1,2026-11-26,1.00,USD,Again,,
                """;
        assertThatThrownBy(() -> importCsv("bad.csv", bad)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).containsExactly(
                        "bad.csv:3: row has 8 fields, the header has 7",
                        "bad.csv:4: received_date: \"2026-13-01\" is not a date (yyyy-MM-dd)",
                        "bad.csv:5: payment_id: duplicate \"B-1\" (first on line 2)"));
        assertThat(f.payments()).isZero();
    }

    @Test
    void aBai2StatementIsImportedWithItsSourceLines() throws Exception {
        Path file = Path.of("src/test/resources/cash/intake/statement.bai");
        ImportOutcome out = f.desk.importFile(file, "ar1", p -> { }, () -> false);
        assertThat(out.format()).isEqualTo("BAI2");
        assertThat(out.imported()).isPositive();
        assertThatThrownBy(() -> f.desk.importFile(Path.of("src/test/resources/cash/intake/bad-total.bai"), "ar1", p -> { }, () -> false))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).allMatch(m -> m.matches("bad-total\\.bai:\\d+: .*")));
        assertThat(f.payments()).isEqualTo(out.imported());
    }
}
