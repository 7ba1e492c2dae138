package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.security.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hold queue's filters, footer total and who may release, without a toolkit. */
class CreditHoldsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    SignedInUser user = new SignedInUser(4, "carmen", "Carmen Diaz", Set.of(Role.CREDIT_MANAGER));
    CreditHoldsViewModel vm = new CreditHoldsViewModel(() -> user, new Authorizer(), () -> TODAY, ZoneOffset.UTC);

    static HeldOrderRow row(long id, String customer, RiskClass risk, String value, int ageDays, String enteredBy,
                            CreditReason... reasons) {
        return new HeldOrderRow(id, "SO-" + (100000 + id), id, "C-" + id, customer, risk, Money.of(value),
                TODAY.minusDays(ageDays).atTime(10, 0).toInstant(ZoneOffset.UTC), enteredBy, null, Set.of(reasons));
    }

    final HeldOrderRow a = row(1, "Acme Janitorial", RiskClass.LOW, "52310.00", 9, "olivia", CreditReason.CREDIT_LIMIT_EXCEEDED);
    final HeldOrderRow b = row(2, "Bolt Hardware", RiskClass.HIGH, "999.99", 2, "carmen", CreditReason.MANUAL_HOLD,
            CreditReason.INVOICE_PAST_DUE);
    final HeldOrderRow c = row(3, "Cedar Schools", RiskClass.MEDIUM, "1000.00", 0, "marcus", CreditReason.INVOICE_PAST_DUE);

    private List<HeldOrderRow> shown() {
        return List.of(a, b, c).stream().filter(vm.condition()).toList();
    }

    @Test
    void filtersByReasonRiskClassValueAgeAndTextTogether() {
        vm.reasonProperty().set(CreditReason.INVOICE_PAST_DUE);
        assertThat(shown()).containsExactly(b, c);
        vm.riskClassProperty().set(RiskClass.MEDIUM);
        assertThat(shown()).containsExactly(c);
        vm.riskClassProperty().set(null);
        vm.minValueProperty().set(Money.of("1000.00")); // inclusive
        assertThat(shown()).containsExactly(c);
        vm.reasonProperty().set(null);
        vm.minAgeDaysProperty().set(2);
        assertThat(shown()).containsExactly(a);
        vm.minValueProperty().set(null);
        vm.minAgeDaysProperty().set(null);
        vm.searchProperty().set("  bolt ");
        assertThat(shown()).containsExactly(b);
        vm.searchProperty().set("SO-100003");
        assertThat(shown()).containsExactly(c);
    }

    @Test
    void totalsTheShownValueAndCountsAgeInWholeDays() {
        assertThat(CreditHoldsViewModel.totalValue(List.of(a, b, c))).isEqualTo(Money.of("54309.99"));
        assertThat(vm.ageDays(a)).isEqualTo(9);
        assertThat(vm.ageDays(c)).isZero();
    }

    @Test
    void theEntererMayNotReleaseAndAClerkMayNotReleaseAtAll() {
        assertThat(vm.releaseRefusal(a)).isEmpty();
        assertThat(vm.releaseRefusal(b)).get().asString().contains("entered order SO-100002");
        user = new SignedInUser(1, "olivia", "Olivia Bennett", Set.of(Role.ORDER_CLERK));
        assertThat(vm.releaseRefusal(c)).get().asString().contains("may not release credit holds");
        assertThat(vm.may(Permission.CHANGE_CREDIT_LIMIT)).isFalse();
    }

    @Test
    void anActedOnOrderLeavesTheQueueAndTheNextOneIsOffered() {
        vm.rows().setAll(a, b, c);
        assertThat(vm.removeAndNext(2, List.of(a, b, c))).isEqualTo(c);
        assertThat(vm.rows()).containsExactly(a, c);
        assertThat(vm.removeAndNext(3, List.of(a, c))).isEqualTo(a);
        assertThat(vm.removeAndNext(1, List.of(a))).isNull();
        assertThat(vm.rows()).isEmpty();
    }
}
