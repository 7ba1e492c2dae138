package com.orderdesk.persistence.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.logic.credit.OpenItem;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.credit.HibernateCreditRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deduction posted with a payment becomes a case at once; the short-payment sweep opens the unexplained ones. */
class DeductionCasesTest {
    @TempDir
    Path dir;
    private ClaimsFixture f;

    @BeforeEach
    void setUp() {
        f = new ClaimsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    private ClaimRow only() {
        List<ClaimRow> rows = f.claims().queue(f.ar()).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aDeductionPostedWithAPaymentBecomesACaseWithTheRemittancesReason() {
        f.payWithDeduction("INV-010001", "211.13", "20.00", "REMITTANCE", "less 20.00 two boxes damaged", TestBook.TODAY);

        ClaimRow row = only();
        assertThat(row.number()).isEqualTo("CASE-100001");
        assertThat(row.kind()).isEqualTo(ClaimKind.DEDUCTION);
        assertThat(row.reason()).as("from the remittance's words").isEqualTo(ClaimReason.DAMAGED);
        assertThat(row.amount()).isEqualTo(Money.of("20.00"));
        assertThat(row.status()).isEqualTo(ClaimStatus.OPEN);
        ClaimCase c = f.claim("CASE-100001");
        assertThat(c.parked()).as("the deduction left the invoice; it is owed on the case").isEqualTo(Money.of("20.00"));
        assertThat(c.remittanceNote()).isEqualTo("less 20.00 two boxes damaged");
        assertThat(f.invoice("INV-010001").status()).isEqualTo(InvoiceStatus.PAID);

        // the customer still owes it: the credit check sees it as an item of its own, disputed
        List<OpenItem> items = f.services.unitOfWork().read(() -> new HibernateCreditRepository().openItems(f.book.acmeId));
        assertThat(items).filteredOn(i -> i.documentNumber().equals("CASE-100001")).singleElement().satisfies(i -> {
            assertThat(i.openAmount()).isEqualTo(Money.of("20.00"));
            assertThat(i.disputed()).isEqualTo(Money.of("20.00"));
            assertThat(i.disputedUntil()).isEqualTo(TestBook.TODAY.plusDays(60));
        });
        Map<String, DisputedAmount> disputed = f.claims().disputedByInvoice(f.ar(), f.book.acmeId);
        assertThat(disputed.get("INV-010001").parked()).isEqualTo(Money.of("20.00"));
    }

    @Test
    void aReasonCodeChosenAtTheCashDeskIsKeptAndNothingStatedIsUnexplained() {
        f.payWithDeduction("INV-010001", "221.13", "10.00", "FREIGHT", null, TestBook.TODAY);
        f.payWithDeduction("INV-010002", "130.71", "2.00", "REMITTANCE", null, TestBook.TODAY);
        assertThat(f.claims().queue(f.ar()).rows()).extracting(r -> r.invoiceNumber() + " " + r.reason())
                .containsExactly("INV-010002 UNEXPLAINED", "INV-010001 FREIGHT");
    }

    @Test
    void reversingThePaymentWithdrawsAnOpenCaseButNotAResolvedOne() {
        DeskPayment p = f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", null, TestBook.TODAY);
        long version = f.services.cash().detail(f.ar(), p.id()).version();
        f.services.cash().reverse(f.ar(), p.id(), version, "Cheque returned unpaid");
        ClaimCase c = f.claim("CASE-100001");
        assertThat(c.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(c.withdrawn()).isTrue();
        assertThat(c.parked()).isEqualTo(Money.ZERO);
        assertThat(f.invoice("INV-010001").openAmount()).isEqualTo(Money.of("231.13"));

        DeskPayment again = f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", null, TestBook.TODAY);
        ClaimRow row = f.claims().queue(f.ar()).rows().get(0);
        f.claims().resolve(f.ar(), row.id(), row.version(), Resolution.valid(Money.of("20.00"), "Photos show crushed boxes"));
        long v2 = f.services.cash().detail(f.ar(), again.id()).version();
        assertThatThrownBy(() -> f.services.cash().reverse(f.ar(), again.id(), v2, "Cheque returned"))
                .hasMessageContaining("was settled in case CASE-100002").hasMessageContaining("Reverse the case's resolution first");
        assertThat(f.invoice("INV-010001").status()).as("the reversal was refused whole").isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void anUnexplainedShortPaymentLeftOpenBeyondTheSetDaysBecomesACase() {
        // paid short 15 days ago without a word; the other invoice was paid short only 5 days ago
        f.payWithDeduction("INV-010001", "200.00", "0", null, null, TestBook.TODAY.minusDays(15));
        f.payWithDeduction("INV-010002", "100.00", "0", null, null, TestBook.TODAY.minusDays(5));

        List<String> opened = f.claims().sweepShortPayments(f.ar());

        assertThat(opened).containsExactly("CASE-100001");
        ClaimRow row = only();
        assertThat(row.invoiceNumber()).isEqualTo("INV-010001");
        assertThat(row.reason()).isEqualTo(ClaimReason.UNEXPLAINED);
        assertThat(row.amount()).isEqualTo(Money.of("31.13"));
        assertThat(f.claim("CASE-100001").parked()).as("still inside the invoice's open amount").isEqualTo(Money.ZERO);
        assertThat(f.claims().sweepShortPayments(f.ar())).as("once per invoice").isEmpty();
    }

    /**
     * The case the sweep opens names the payment that left the invoice short (the desk read "Payment -" on a
     * case whose first line named it): the newest of the invoice's payments, and no posted deduction's
     * cash application, whose reversal would withdraw the case.
     */
    @Test
    void theSweptCaseOfAShortPaymentIsLinkedToThePaymentThatLeftItShort() {
        f.payWithDeduction("INV-010001", "100.00", "0", null, null, TestBook.TODAY.minusDays(30));
        DeskPayment last = f.payWithDeduction("INV-010001", "100.00", "0", null, null, TestBook.TODAY.minusDays(15));

        assertThat(f.claims().sweepShortPayments(f.ar())).containsExactly("CASE-100001");

        ClaimRow row = only();
        var evidence = f.claims().evidence(f.ar(), row.id());
        assertThat(evidence.payment()).as("the payment the desk shows beside the case").isNotNull();
        assertThat(evidence.payment().number()).isEqualTo(last.number());
        assertThat(evidence.payment().received()).isEqualTo(TestBook.TODAY.minusDays(15));
        Object[] stored = f.book.db.read(s -> s.createNativeQuery("SELECT p.payment_no, c.cash_application_id FROM claim_case c"
                + " JOIN cash_payment p ON p.id = c.payment_id WHERE c.case_no = 'CASE-100001'", Object[].class).getSingleResult());
        assertThat(stored[0]).isEqualTo(last.number());
        assertThat(stored[1]).as("not a posted deduction's application").isNull();
    }
}
