package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.model.cash.MatchStatus;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The apply grid's arithmetic, without a window. */
class ApplyViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static ApplyViewModel loaded(String amount, List<PaymentDetail.Proposed> proposal) {
        DeskPayment p = new DeskPayment(7, "PMT-100007", PaymentKind.CHEQUE, DAY, Money.of(amount), "USD", "Acme", "C-1", "Acme",
                DeskStatus.SUGGESTED, Money.of(amount), "", "cheque");
        List<OpenInvoice> invoices = List.of(
                new OpenInvoice("INV-1", "C-1", DAY.minusDays(40), DAY.minusDays(10), m("500.00"), m("500.00"), m("0.00"), "OPEN"),
                new OpenInvoice("INV-2", "C-1", DAY.minusDays(5), DAY.plusDays(25), m("300.00"), m("300.00"), m("6.00"), "OPEN"));
        ApplyViewModel vm = new ApplyViewModel();
        vm.load(new PaymentDetail(p, 3, "", null, "", null, null, null, null, List.of(), MatchStatus.SUGGESTED, 0.5, "why",
                proposal, invoices, List.of()));
        return vm;
    }

    @Test
    void theProposalIsTickedAndTheDifferenceRunsAsInvoicesAreTicked() {
        ApplyViewModel vm = loaded("600.00", List.of(new PaymentDetail.Proposed("INV-1", m("500.00"), m("0.00"), m("0.00"), MatchStatus.SUGGESTED)));
        assertThat(vm.differenceProperty().get()).isEqualByComparingTo("100.00");
        assertThat(vm.problems()).containsExactly("100.00 is not applied: apply it, or press Rest on account.");

        vm.rows().get(1).selectedProperty().set(true); // takes what is left, up to what is open
        assertThat(vm.rows().get(1).applied()).isEqualByComparingTo("100.00");
        assertThat(vm.differenceProperty().get()).isEqualByComparingTo("0.00");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.request().lines()).extracting(l -> l.invoiceNo() + " " + l.applied()).containsExactly("INV-1 500.00", "INV-2 100.00");
    }

    @Test
    void theAmountNotAppliedReadsAsTheAmountsBesideIt() {
        // "1,100.00" as the difference and every list show it (the sentence read "1100.00")
        ApplyViewModel vm = loaded("1600.00", List.of(new PaymentDetail.Proposed("INV-1", m("500.00"), m("0.00"), m("0.00"), MatchStatus.SUGGESTED)));
        assertThat(vm.problems()).containsExactly("1,100.00 is not applied: apply it, or press Rest on account.");
    }

    @Test
    void discountDeductionAndRestOnAccount() {
        ApplyViewModel vm = loaded("494.00", List.of());
        ApplyRow inv2 = vm.rows().get(1);
        assertThat(vm.takeDiscount(vm.rows().get(0))).as("INV-1 has no discount on offer").isFalse();
        assertThat(vm.takeDiscount(inv2)).isTrue();
        assertThat(inv2.applied()).isEqualByComparingTo("294.00");
        assertThat(inv2.settles()).isEqualByComparingTo("300.00");

        ApplyRow inv1 = vm.rows().get(0);
        inv1.selectedProperty().set(true);
        assertThat(inv1.applied()).isEqualByComparingTo("200.00");
        assertThat(vm.recordDeduction(inv1, "DAMAGED")).isTrue();
        assertThat(inv1.deduction()).isEqualByComparingTo("300.00");
        assertThat(vm.problems()).isEmpty();

        inv1.selectedProperty().set(false); // unticking clears the row
        assertThat(inv1.settles()).isEqualByComparingTo("0.00");
        assertThat(vm.problems()).containsExactly("200.00 is not applied: apply it, or press Rest on account.");
        vm.leaveRestOnAccount();
        assertThat(vm.problems()).isEmpty();
    }
}
