package com.orderdesk.persistence.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment whose file named no currency (only a CSV can: BAI2 and X12 820 take the account's USD, camt and MT940
 * refuse a credit without one) is kept as XXX. The engine only suggests it; it was then posted as that many dollars
 * without anyone saying it was dollars. Posting it now takes the clerk's word that it is in the book's currency
 * (the desk asks), stores the payment in USD and keeps who said so in the audit trail.
 */
class CashNoCurrencyTest {
    @TempDir
    Path dir;
    private CashFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new CashFixture(dir);
        f.desk.importFile(CashFixture.write(dir, "nocurrency.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                N-1,2026-11-26,300.00,,ACME JANITORIAL SUPPLY INC,,INV-000102
                """), "ar1", p -> { }, () -> false);
        f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private DeskPayment payment() {
        return f.desk.payments(TestBook.TODAY).stream().filter(p -> p.number().startsWith("PMT")).findFirst().orElseThrow();
    }

    private PostRequest request(boolean bookCurrencyConfirmed) {
        DeskPayment p = payment();
        return new PostRequest(p.id(), f.desk.detail(p.id()).version(), "C-10001",
                List.of(new PostRequest.Line("INV-000102", new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO, null)),
                bookCurrencyConfirmed);
    }

    @Test
    void theEngineSuggestsItAndSaysTheCurrencyIsMissing() {
        DeskPayment p = payment();
        assertThat(p.currency()).isEqualTo("XXX");
        assertThat(p.noCurrency()).isTrue();
        assertThat(p.status()).isEqualTo(DeskStatus.SUGGESTED);
        assertThat(p.reason()).contains("payment has no currency");
    }

    @Test
    void itIsPostedOnlyOnTheClerksWordThatItIsInTheBooksCurrency() {
        assertThatThrownBy(() -> f.desk.post(request(false), "ar1")).isInstanceOf(StoreException.class)
                .hasMessageContaining("named no currency").hasMessageContaining("USD");
        assertThat(f.state("INV-000102")).isEqualTo("OPEN 300.00");
        assertThat(f.auditCount("CASH_APPLY")).isZero();

        f.desk.post(request(true), "ar1");
        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(payment().currency()).as("the clerk's word kept with the payment").isEqualTo("USD");
        String audited = f.book.db.read(s -> s.createSelectionQuery(
                "select a.after from AuditRecord a where a.action = 'CASH_APPLY'", String.class).getSingleResult());
        assertThat(audited).contains("no currency in the file, USD by ar1");
    }
}
