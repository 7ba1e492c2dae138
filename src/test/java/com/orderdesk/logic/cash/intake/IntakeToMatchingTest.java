package com.orderdesk.logic.cash.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationStatus;
import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.MatchingEngine;
import com.orderdesk.logic.cash.matching.OpenItem;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bank statement read by the intake parsers goes straight into the matching engine. */
class IntakeToMatchingTest {

    @Test
    void statementCreditsAreMatchedToOpenInvoices() throws Exception {
        List<Customer> customers = List.of(
                new Customer("C1", "Acme Building Supply, Inc.", null, Set.of("011000015:1234567890")),
                new Customer("C2", "Northern Paint LLC", null, Set.of()));
        LocalDate d = LocalDate.of(2026, 11, 1);
        List<OpenItem> open = List.of(
                new OpenItem("INV-10023", "C1", d, d.plusDays(30), new BigDecimal("1250.00"), new BigDecimal("1250.00"), "USD", null, null),
                new OpenItem("INV-10024", "C2", d, d.plusDays(30), new BigDecimal("1000.37"), new BigDecimal("1000.37"), "USD",
                        new BigDecimal("2"), LocalDate.of(2026, 11, 25)));
        List<ImportedPayment> imported;
        try (InputStream in = getClass().getResourceAsStream("/cash/intake/statement-v2.xml")) {
            imported = CamtParser.parse("statement-v2.xml", in);
        }
        List<Application> rows = new MatchingEngine(customers, open)
                .matchAll(imported.stream().map(ImportedPayment::payment).toList());

        assertThat(rows).extracting(Application::paymentId, Application::invoiceNo, a -> a.discountAmount().toPlainString(),
                        Application::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("statement-v2.xml:30", "INV-10023", "0.00", ApplicationStatus.AUTO),
                        org.assertj.core.groups.Tuple.tuple("statement-v2.xml:52", "INV-10024", "20.01", ApplicationStatus.AUTO),
                        org.assertj.core.groups.Tuple.tuple("statement-v2.xml:63", null, "0.00", ApplicationStatus.UNAPPLIED));
    }
}
