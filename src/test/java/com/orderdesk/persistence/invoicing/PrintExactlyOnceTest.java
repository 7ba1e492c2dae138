package com.orderdesk.persistence.invoicing;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.order.OrderSettlement;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.order.HibernateOrderRepository;
import com.orderdesk.persistence.security.HibernateUserRepository;
import java.util.function.Supplier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.cli.CliRuns;
import com.orderdesk.cli.InvoicesCommand;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.reporting.PartialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF and its print record exist together or not at all: the file takes its final name in the
 * transaction that records the print, a failure leaves neither, and no half-written file is ever
 * left under a final name or forgotten in the folder.
 */
class PrintExactlyOnceTest {
    @TempDir
    Path dir;
    private InvoicingFixture fx;
    private InvoicingUseCases invoicing;
    private SignedInUser ar;

    @BeforeEach
    void twoInvoices() {
        fx = new InvoicingFixture(dir);
        ar = fx.book.arClerk();
        invoicing = fx.book.services().invoicing();
        invoicing.issueInvoices(ar, List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.exemptOrder(), 4)));
    }

    @Test
    void aPublishedPdfHasExactlyOneRecordAndNoPartialFileIsLeft() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path partial = partial(out, "INV-010001");

        Path file = invoicing.publishPdf(ar, "INV-010001", partial, out.resolve("INV-010001.pdf"));

        assertThat(file).exists().hasContent("%PDF-1.7 test");
        assertThat(TestFiles.names(out)).containsExactly("INV-010001.pdf");
        assertThat(prints("INV-010001")).isEqualTo(1);
        assertThat(auditCount("DOCUMENT_PRINT")).isEqualTo(1);
    }

    @Test
    void aPublishThatCannotRecordLeavesNoFileAndNoRecord() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path partial = partial(out, "INV-999999");

        assertThatThrownBy(() -> invoicing.publishPdf(ar, "INV-999999", partial, out.resolve("INV-999999.pdf")))
                .hasMessageContaining("no invoice or credit memo INV-999999");

        assertThat(TestFiles.names(out)).isEmpty();
        assertThat(prints("INV-999999")).isZero();
        assertThat(auditCount("DOCUMENT_PRINT")).isZero();
    }

    @Test
    void aPublishWhoseFileCannotTakeItsNameLeavesNoRecordAndTheTargetAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = Files.createDirectories(out.resolve("INV-010001.pdf"));
        Files.writeString(target.resolve("keep.txt"), "someone's folder");
        Path partial = partial(out, "INV-010001");

        assertThatThrownBy(() -> invoicing.publishPdf(ar, "INV-010001", partial, target))
                .hasMessageContaining("Could not write");

        assertThat(TestFiles.names(out)).containsExactly("INV-010001.pdf");
        assertThat(target.resolve("keep.txt")).hasContent("someone's folder");
        assertThat(prints("INV-010001")).isZero();
        assertThat(auditCount("DOCUMENT_PRINT")).isZero();
    }

    @Test
    void aPublishWhoseFirstCommitFailsIsRunAgainWithOneFileAndOneRecord() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path partial = partial(out, "INV-010001");
        AppServices s = fx.book.services();
        UnitOfWork real = s.unitOfWork();
        // as the unit of work does when SQLite answers BUSY at the commit: the first attempt ran
        // the whole unit, its transaction was rolled back, and the unit is run again
        UnitOfWork failsFirstCommit = new UnitOfWork() {
            private boolean failed;

            @Override
            public <T> T write(String action, Supplier<T> work) {
                if (!failed) {
                    failed = true;
                    try {
                        real.write(action, () -> {
                            work.get();
                            throw new IllegalStateException("commit refused");
                        });
                    } catch (IllegalStateException refused) {
                        // rolled back: run again
                    }
                }
                return real.write(action, work);
            }

            @Override
            public <T> T read(Supplier<T> work) {
                return real.read(work);
            }
        };
        InvoicingUseCases retrying = new InvoicingUseCases(failsFirstCommit,
                new AccessControl(s.authorizer(), new HibernateUserRepository(), real), new HibernateInvoiceRepository(),
                new AuditLog(TestBook.CLOCK), TestBook.CLOCK,
                new OrderSettlement(new HibernateOrderRepository()), number -> { });

        Path file = retrying.publishPdf(ar, "INV-010001", partial, out.resolve("INV-010001.pdf"));

        assertThat(file).exists().hasContent("%PDF-1.7 test");
        assertThat(TestFiles.names(out)).containsExactly("INV-010001.pdf");
        assertThat(prints("INV-010001")).isEqualTo(1);
        assertThat(auditCount("DOCUMENT_PRINT")).isEqualTo(1);
    }

    @Test
    void anExportRemovesPartialFilesAKilledRunLeftAndRecordsOnePrintPerFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(PartialFiles.PREFIX + "INV-010001-8812.pdf"), "half a PDF");
        fx.book.db.close();

        CliRuns.Run r = CliRuns.run(new InvoicesCommand(), Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD),
                "export", "--db", dir.resolve("book.db").toString(), "--out", out.toString(), "--unprinted", "--user", "ar1");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(TestFiles.names(out)).containsExactly("INV-010001.pdf", "INV-010002.pdf");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db"));
             var rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT document_no) FROM document_print")) {
            assertThat(rs.getLong(1)).isEqualTo(2L);
            assertThat(rs.getLong(2)).isEqualTo(2L);
        }
    }

    private static Path partial(Path out, String number) throws IOException {
        Path p = PartialFiles.create(out, number);
        Files.writeString(p, "%PDF-1.7 test");
        return p;
    }

    private long prints(String number) {
        return fx.book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM document_print WHERE document_no = :n",
                Object.class).setParameter("n", number).getSingleResult()).longValue());
    }

    private long auditCount(String action) {
        return count(fx.book, "SELECT count(*) FROM audit_entry WHERE action = '" + action + "'");
    }

    private static long count(TestBook book, String sql) {
        return book.db.read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }
}
