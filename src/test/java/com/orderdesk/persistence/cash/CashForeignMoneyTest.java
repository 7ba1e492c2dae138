package com.orderdesk.persistence.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.PaymentDetail;
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
 * Money in another currency than the book's (tour of 7 December: a camt.053 credit of EUR 8.85): it keeps its
 * currency on the list, the engine leaves it for a person saying why, and it is never posted to a dollar invoice
 * at face value (the book keeps no exchange rates).
 */
class CashForeignMoneyTest {
    @TempDir
    Path dir;
    private CashFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new CashFixture(dir);
        // Acme's EUR 300.00 naming its USD 300.00 invoice: the same figure, not the same money
        f.desk.importFile(CashFixture.write(dir, "eur.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                E-1,2026-11-26,300.00,EUR,ACME JANITORIAL SUPPLY INC,,INV-000102
                """), "ar1", p -> { }, () -> false);
        f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private DeskPayment euros() {
        return f.desk.payments(TestBook.TODAY).stream().filter(p -> p.number().startsWith("PMT")).findFirst().orElseThrow();
    }

    @Test
    void theListKeepsTheCurrencyAndTheEngineSaysWhyNothingIsProposed() {
        DeskPayment p = euros();
        assertThat(p.currency()).isEqualTo("EUR");
        assertThat(p.foreign()).isTrue();
        assertThat(p.status()).isEqualTo(DeskStatus.UNAPPLIED);
        assertThat(p.reason()).contains("payment in EUR").contains("no exchange rates");
        assertThat(f.desk.detail(p.id()).proposal()).extracting(PaymentDetail.Proposed::invoiceNo).containsOnlyNulls();
    }

    @Test
    void aPersonCannotApplyItToADollarInvoiceNorPutItOnAccountAtFaceValue() {
        DeskPayment p = euros();
        long version = f.desk.detail(p.id()).version();
        PostRequest toInvoice = new PostRequest(p.id(), version, "C-10001",
                List.of(new PostRequest.Line("INV-000102", new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO, null)));

        assertThatThrownBy(() -> f.desk.post(toInvoice, "ar1")).isInstanceOf(StoreException.class)
                .hasMessageContaining("EUR 300.00").hasMessageContaining("USD");
        assertThatThrownBy(() -> f.desk.post(new PostRequest(p.id(), version, "C-10001", List.of()), "ar1"))
                .isInstanceOf(StoreException.class).hasMessageContaining("EUR 300.00");
        assertThat(f.state("INV-000102")).isEqualTo("OPEN 300.00");
        assertThat(euros().status()).isEqualTo(DeskStatus.UNAPPLIED);
        assertThat(f.auditCount("CASH_APPLY")).isZero();
    }
}
