package com.orderdesk.logic.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.ChequeRules;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.ContractPrices;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.customer.TaxExemption;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderValidator;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sentences for a person word their dates as the screens do ("Dec 1, 2026"), never as a stored
 * ISO value ("2026-12-01"). One date per rule, each taken through the message the rule builds.
 */
class ReadableDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate DEC1 = LocalDate.of(2026, 12, 1);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void aDateReadsAsMonthDayYearInUsEnglishWhateverTheMachineLocale() {
        assertThat(ReadableDates.format(DEC1)).isEqualTo("Dec 1, 2026");
        assertThat(ReadableDates.format(LocalDate.of(2027, 4, 12))).isEqualTo("Apr 12, 2027");
        assertThat(ReadableDates.format(null)).isEmpty();
    }

    @Test
    void theRequestedDateInThePastIsWordedNotIso() {
        OrderDraft draft = new OrderDraft(null, null, 1L, 2L, OrderChannel.PHONE, "PO", LocalDate.of(2026, 11, 20), null,
                List.of(new OrderLineDraft(9L, "SKU", 1, Money.of("1.00"), BigDecimal.ZERO)));
        assertThat(OrderValidator.validate(draft, TODAY)).extracting(ValidationProblem::message)
                .containsExactly("The requested delivery date Nov 20, 2026 is in the past; enter today or a later date.");
    }

    @Test
    void aPostDatedChequeNamesItsDayInWords() {
        ChequeInput cheque = new ChequeInput("Acme", "1042", "021000021", "555001", BigDecimal.TEN, DEC1, List.of(), null);
        assertThat(ChequeRules.check(cheque, TODAY).get("date"))
                .isEqualTo("The cheque is post-dated (Dec 1, 2026); it can be entered from that day on.");
    }

    @Test
    void noneOfTheRulesSentencesCarriesAnIsoDate() {
        String contract = ContractPrices.check(new ContractPriceData("C-1", "GLV", DEC1, TODAY, Money.of("1.00")), 0)
                .stream().map(InputProblem::message).findFirst().orElseThrow();
        String tax = new TaxExemption("IL-EX-1", TODAY).warningOn(DEC1).orElseThrow();
        String audit = messageOf(() -> new AuditQuery(null, DEC1, TODAY, null, 10));

        assertThat(List.of(contract, tax, audit)).allSatisfy(sentence -> {
            assertThat(sentence).doesNotContainPattern(ISO_DATE);
            assertThat(sentence).contains("Nov 26, 2026");
        });
        assertThat(contract).isEqualTo("the last day (Nov 26, 2026) is before the first (Dec 1, 2026)");
    }

    private static String messageOf(Runnable construction) {
        Throwable refused = catchThrowable(construction::run);
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        return refused.getMessage();
    }
}
