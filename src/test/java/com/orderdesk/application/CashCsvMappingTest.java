package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.intake.BankCsvMapping;
import com.orderdesk.logic.cash.intake.UnmappedCsvException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bank CSV layout the desk does not know: mapped once by the AR desk (audited), then every such file imports. */
class CashCsvMappingTest {
    @TempDir
    Path dir;
    CashFixture f;
    CashUseCases cash;

    @BeforeEach
    void open() {
        f = new CashFixture(dir);
        cash = f.book.services().cash();
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @Test
    void anUnknownLayoutIsRefusedWithItsHeaderSoTheDeskCanAskForTheColumns() {
        Path file = CashFixture.write(dir, "export.csv", CashCsvMappingTestData.EXPORT);

        assertThatThrownBy(() -> cash.importFile(f.book.arClerk(), file, p -> { }, () -> false))
                .isInstanceOfSatisfying(UnmappedCsvException.class, e -> {
                    assertThat(e.header()).isEqualTo(CashCsvMappingTestData.HEADER);
                    assertThat(e.delimiter()).isEqualTo(';');
                    assertThat(e.sample()).hasSize(3);
                    assertThat(e.problems()).singleElement().asString().startsWith("export.csv:1: a CSV layout this desk does not know");
                });
        assertThat(f.payments()).isZero();
    }

    @Test
    void theSavedMappingIsAuditedAndReadsTheBanksNextFile() throws Exception {
        SignedInUser ar = f.book.arClerk();
        cash.saveCsvMapping(ar, CashCsvMappingTestData.HEADER, CashCsvMappingTestData.mapping("Cascade Credit Union"));

        assertThat(cash.savedCsvMapping(ar, CashCsvMappingTestData.HEADER)).contains(CashCsvMappingTestData.mapping("Cascade Credit Union"));
        assertThat(f.auditCount("CASH_CSV_MAPPING")).isEqualTo(1);
        String after = f.book.db.read(s -> s.createSelectionQuery(
                "select a.after from AuditRecord a where a.action = 'CASH_CSV_MAPPING'", String.class).getSingleResult());
        assertThat(AuditValues.parse(after)).containsEntry("bank", "Cascade Credit Union")
                .containsEntry("amount", "credit column Haben").containsEntry("date", "Buchung (dd.MM.yyyy)");

        ImportOutcome out = cash.importFile(ar, CashFixture.write(dir, "export.csv", CashCsvMappingTestData.EXPORT), p -> { }, () -> false);

        assertThat(out.format()).isEqualTo("CSV");
        assertThat(out.imported()).isEqualTo(2); // the bank fee is a debit
        assertThat(out.total()).isEqualByComparingTo(new BigDecimal("740.00"));
        assertThat(f.verifyAudit().intact()).isTrue();
    }

    @Test
    void savingAgainReplacesTheMappingOfThatHeaderAndKeepsBeforeAndAfter() {
        SignedInUser ar = f.book.arClerk();
        cash.saveCsvMapping(ar, CashCsvMappingTestData.HEADER, CashCsvMappingTestData.mapping("Cascade CU"));
        cash.saveCsvMapping(ar, CashCsvMappingTestData.HEADER, CashCsvMappingTestData.mapping("Cascade Credit Union"));

        assertThat(cash.savedCsvMapping(ar, CashCsvMappingTestData.HEADER).orElseThrow().name()).isEqualTo("Cascade Credit Union");
        long rows = f.book.db.read(s -> s.createSelectionQuery("select count(l) from BankCsvLayout l", Long.class)
                .getSingleResult());
        assertThat(rows).isEqualTo(1);
        String before = f.book.db.read(s -> s.createSelectionQuery("select a.before from AuditRecord a"
                + " where a.action = 'CASH_CSV_MAPPING' order by a.id desc", String.class).setMaxResults(1).getSingleResult());
        assertThat(AuditValues.parse(before)).containsEntry("bank", "Cascade CU");
    }

    @Test
    void aMappingNamingAColumnTheFileDoesNotHaveIsRefusedAndNothingIsSaved() {
        BankCsvMapping wrong = new BankCsvMapping("Cascade", ';', "Datum", "dd.MM.yyyy", "", "Haben", true, "", "USD", "", "",
                List.of(), "");

        assertThatThrownBy(() -> cash.saveCsvMapping(f.book.arClerk(), CashCsvMappingTestData.HEADER, wrong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column \"Datum\"");
        assertThat(f.auditCount("CASH_CSV_MAPPING")).isZero();
        assertThat(cash.savedCsvMapping(f.book.arClerk(), CashCsvMappingTestData.HEADER)).isEmpty();
    }

    @Test
    void onlyTheArDeskMapsBankFiles() {
        for (SignedInUser other : List.of(f.book.clerk(), f.book.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "apply cash", () -> cash.saveCsvMapping(other, CashCsvMappingTestData.HEADER, CashCsvMappingTestData.mapping("Cascade")));
        }
        assertThat(f.auditCount("CASH_CSV_MAPPING")).isZero();
        assertThat(cash.savedCsvMapping(f.book.arClerk(), CashCsvMappingTestData.HEADER)).isEmpty();
    }
}
