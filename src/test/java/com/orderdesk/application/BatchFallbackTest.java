package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.stock.StockUseCases;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipWaveOutcome;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch entries' way out after a failure their checks did not foresee: a real SQLite trigger
 * refuses one document's row mid-batch, so the batch's unit is rolled back whole and each document
 * is done in its own unit. Nothing may be done twice (no second posting, receipt or stock
 * movement, no number used twice or skipped), the refused document leaves the book as it was, and
 * the trail holds exactly one entry per document done and verifies (none of the rolled-back unit).
 */
class BatchFallbackTest {
    @TempDir
    Path dir;
    TestBook book;

    @AfterEach
    void close() {
        if (book != null) {
            book.db.close();
        }
    }

    @Test
    void invoicingEverythingShippedAfterAFailureNumbersEachInvoiceOnceWithoutGaps() {
        InvoicingFixture fx = new InvoicingFixture(dir);
        book = fx.book;
        long first = fx.ship(fx.acmeOrder(), 10, 3);
        long failing = fx.ship(fx.exemptOrder(), 4);
        long third = fx.ship(fx.acmeOrder(), 4, 0);
        long nextBefore = nextNumber("INVOICE");
        refuseRows("invoice", "INSERT", "NEW.shipment_id = " + failing);

        IssueResult result = book.services().invoicing().issueAllShipped(book.arClerk());

        assertThat(result.issued()).containsExactly("INV-010001", "INV-010002");
        assertThat(result.failures()).containsOnlyKeys(shipmentNumber(failing));
        assertThat(result.failures().get(shipmentNumber(failing))).contains("refused by the test");
        assertThat(count("SELECT count(*) FROM invoice WHERE shipment_id = " + first)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM invoice WHERE shipment_id = " + third)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM invoice WHERE shipment_id = " + failing)).isZero();
        assertThat(nextNumber("INVOICE")).as("two numbers taken, none lost to the rolled-back batch").isEqualTo(nextBefore + 2);
        assertThat(text("SELECT status FROM shipment WHERE id = " + failing)).isEqualTo("SHIPPED");
        assertThat(audited("INVOICE_ISSUE")).containsExactly("INV-010001", "INV-010002");
        assertThat(trailIntact()).isTrue();
    }

    @Test
    void postingSeveralPaymentsAfterAFailurePostsEachOnceAndLeavesTheRefusedOneOpen() {
        CashFixture f = new CashFixture(dir);
        book = f.book;
        var cash = book.services().cash();
        SignedInUser ar = book.arClerk();
        DeskPayment acme = cheque(cash, ar, "Acme Janitorial", "1042", "300.00");
        DeskPayment schools = cheque(cash, ar, "Portland Public Schools", "77", "250.00");
        DeskPayment acmeAgain = cheque(cash, ar, "Acme Janitorial", "1043", "200.00");
        long schoolsVersion = cash.detail(ar, schools.id()).version();
        refuseRows("cash_application", "INSERT", "NEW.invoice_id = " + f.invoice("INV-000201").id());

        Map<Long, String> refused = cash.postAll(ar, List.of(
                request(cash, ar, acme, "C-10001", "INV-000102", "300.00"),
                request(cash, ar, schools, "C-10002", "INV-000201", "250.00"),
                request(cash, ar, acmeAgain, "C-10001", "INV-000101", "200.00")));

        assertThat(refused).containsOnlyKeys(schools.id());
        assertThat(refused.get(schools.id())).contains("refused by the test");
        assertThat(applications(acme.id())).as("posted once, not again by the fallback").isEqualTo(1);
        assertThat(applications(acmeAgain.id())).isEqualTo(1);
        assertThat(applications(schools.id())).isZero();
        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(f.state("INV-000101")).isEqualTo("PARTLY_PAID 300.00");
        assertThat(f.state("INV-000201")).isEqualTo("OPEN 250.00");
        assertThat(cash.detail(ar, schools.id()).version()).as("the refused payment untouched").isEqualTo(schoolsVersion);
        assertThat(audited("CASH_APPLY")).containsExactlyInAnyOrder(acme.number(), acmeAgain.number());
        assertThat(trailIntact()).isTrue();
    }

    @Test
    void postingTheAutoAnswersAfterAFailurePostsTheOthersOnceAndLeavesTheRefusedOneForAPerson() throws Exception {
        CashFixture f = new CashFixture(dir);
        book = f.book;
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
        assertThat(f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false).auto()).isEqualTo(2);
        // the first AUTO answer (Acme's, on INV-000101) is the one the book refuses
        refuseRows("cash_application", "INSERT", "NEW.invoice_id = " + f.invoice("INV-000101").id());

        int posted = f.desk.postAllAuto(TestBook.TODAY, "ar1", p -> { }, () -> false);

        assertThat(posted).isEqualTo(1);
        DeskPayment acme = byPayer(f, "ACME");
        DeskPayment schools = byPayer(f, "Portland");
        assertThat(acme.status()).isEqualTo(DeskStatus.AUTO);
        assertThat(schools.status()).isEqualTo(DeskStatus.AUTO_APPLIED);
        assertThat(applications(schools.id())).isEqualTo(1);
        assertThat(applications(acme.id())).isZero();
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
        assertThat(f.state("INV-000201")).isEqualTo("PAID 0.00");
        assertThat(audited("CASH_APPLY")).containsExactly(schools.number());
        assertThat(trailIntact()).isTrue();
    }

    @Test
    void aCancelAfterTheFallbackPostedSomeSaysHowManyWerePostedInsteadOfNone() throws Exception {
        CashFixture f = new CashFixture(dir);
        book = f.book;
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
        assertThat(f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false).auto()).isEqualTo(2);
        // the second AUTO answer (the schools', on INV-000201) is refused: the unit is rolled back
        refuseRows("cash_application", "INSERT", "NEW.invoice_id = " + f.invoice("INV-000201").id());
        java.util.concurrent.atomic.AtomicInteger progressCalls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();

        // the person cancels once Acme's payment is posted on its own (the second progress report:
        // the first was Acme's in the rolled-back unit)
        int posted = f.desk.postAllAuto(TestBook.TODAY, "ar1", p -> {
            if (progressCalls.incrementAndGet() == 2) {
                cancelled.set(true);
            }
        }, cancelled::get);

        assertThat(posted).as("Acme's posting stays, and the desk is told so").isEqualTo(1);
        assertThat(byPayer(f, "ACME").status()).isEqualTo(DeskStatus.AUTO_APPLIED);
        assertThat(byPayer(f, "Portland").status()).isEqualTo(DeskStatus.AUTO);
        assertThat(audited("CASH_APPLY")).containsExactly(byPayer(f, "ACME").number());
        assertThat(trailIntact()).isTrue();
    }

    @Test
    void aWaveAfterAFailureShipsEachShipmentsStockOnce() {
        book = TestBook.create(dir);
        SignedInUser clerk = book.clerk();
        var services = book.services();
        List<StoredShipment> shipments = new ArrayList<>();
        for (int qty : new int[] {4, 2, 3}) {
            long order = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", qty);
            services.fulfillment().route(clerk, order);
            shipments.addAll(services.fulfillment().load(clerk, order).activeShipments());
        }
        assertThat(shipments).hasSize(3);
        long onHandBefore = gloveOnHand();
        List<ShipConfirmation> wave = new ArrayList<>();
        for (int i = 0; i < shipments.size(); i++) {
            StoredShipment s = shipments.get(i);
            wave.add(new ShipConfirmation(s.id(), s.version(), "UPS", i == 1 ? "1Z-REFUSED" : "1Z-" + i, TestBook.TODAY, Map.of()));
        }
        refuseRows("shipment", "UPDATE", "NEW.tracking_no = '1Z-REFUSED'");

        ShipWaveOutcome out = services.shipping().confirmWave(clerk, wave);

        StoredShipment failing = shipments.get(1);
        assertThat(out.confirmed()).containsOnlyKeys(shipments.get(0).id(), shipments.get(2).id());
        assertThat(out.refused()).containsOnlyKeys(failing.id());
        assertThat(out.refused().get(failing.id())).contains("refused by the test");
        assertThat(gloveOnHand()).as("4 and 3 gloves left the warehouse once each").isEqualTo(onHandBefore - 7);
        assertThat(text("SELECT status FROM shipment WHERE id = " + failing.id())).isNotEqualTo("SHIPPED");
        assertThat(count("SELECT version FROM shipment WHERE id = " + failing.id())).isEqualTo(failing.version());
        assertThat(audited("SHIPMENT_CONFIRMED")).containsExactlyInAnyOrder(shipments.get(0).number(), shipments.get(2).number());
        assertThat(trailIntact()).isTrue();
    }

    @Test
    void aDeliveryAfterAFailureReceivesEachLineOnce() {
        book = TestBook.create(dir);
        var stock = book.services().catalog().stock();
        long atl = count("SELECT id FROM fulfillment_node WHERE code = 'DC-ATL'");
        int towels = stock.views(book.clerk(), List.of(book.towelId)).get(book.towelId).onHand();
        int drums = stock.views(book.clerk(), List.of(book.drumId)).get(book.drumId).onHand();
        int gloves = stock.views(book.clerk(), List.of(book.gloveId)).get(book.gloveId).onHand();
        refuseRows("stock_movement", "INSERT", "NEW.reference = 'PO-REFUSED'");

        Map<Integer, String> refused = stock.receiveAll(book.clerk(), List.of(
                new StockUseCases.Receipt(book.towelId, atl, 5, "PO-1", "weekly"),
                new StockUseCases.Receipt(book.gloveId, atl, 7, "PO-REFUSED", "weekly"),
                new StockUseCases.Receipt(book.drumId, atl, 3, "PO-3", "weekly")));

        assertThat(refused).containsOnlyKeys(1);
        assertThat(refused.get(1)).contains("refused by the test");
        assertThat(stock.views(book.clerk(), List.of(book.towelId, book.gloveId, book.drumId)))
                .hasEntrySatisfying(book.towelId, v -> assertThat(v.onHand()).isEqualTo(towels + 5))
                .hasEntrySatisfying(book.gloveId, v -> assertThat(v.onHand()).isEqualTo(gloves))
                .hasEntrySatisfying(book.drumId, v -> assertThat(v.onHand()).isEqualTo(drums + 3));
        assertThat(count("SELECT count(*) FROM stock_movement WHERE reference IN ('PO-1', 'PO-3')")).isEqualTo(2);
        assertThat(audited("STOCK_RECEIPT")).hasSize(2);
        assertThat(trailIntact()).isTrue();
    }

    /** A real SQLite trigger that aborts the statement writing the rows {@code when} names. */
    private void refuseRows(String table, String event, String when) {
        book.db.write(s -> s.createNativeMutationQuery("CREATE TRIGGER refuse_" + table + " BEFORE " + event + " ON " + table
                + " WHEN " + when + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END").executeUpdate());
    }

    private long count(String sql) {
        return book.db.read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    private String text(String sql) {
        return book.db.read(s -> String.valueOf(s.createNativeQuery(sql, Object.class).getSingleResult()));
    }

    private String shipmentNumber(long id) {
        return book.db.read(s -> s.createSelectionQuery("select sh.number from Shipment sh where sh.id = :id", String.class)
                .setParameter("id", id).getSingleResult());
    }

    private long nextNumber(String series) {
        return count("SELECT next_value FROM document_sequence WHERE series = '" + series + "'");
    }

    private long gloveOnHand() {
        return count("SELECT sum(on_hand) FROM inventory WHERE product_id = " + book.gloveId);
    }

    private long applications(long paymentId) {
        return count("SELECT count(*) FROM cash_application WHERE payment_id = " + paymentId);
    }

    /** The documents named by the trail's entries of {@code action}, in the trail's order. */
    private List<String> audited(String action) {
        return book.db.read(s -> s.createSelectionQuery("select a.documentId from AuditRecord a where a.action = :a order by a.sequence",
                String.class).setParameter("a", action).getResultList());
    }

    private boolean trailIntact() {
        return book.services().auditTrail().verify(book.admin(), p -> { }, () -> false).intact();
    }

    private static DeskPayment byPayer(CashFixture f, String payerStart) {
        return f.desk.payments(TestBook.TODAY).stream().filter(p -> p.payerName().startsWith(payerStart)).findFirst().orElseThrow();
    }

    private static DeskPayment cheque(com.orderdesk.application.cash.CashUseCases cash, SignedInUser ar, String payer, String no,
                                      String amount) {
        return cash.enterCheque(ar, new ChequeInput(payer, no, "021000021", "555" + no, new BigDecimal(amount), TestBook.TODAY,
                List.of(), null));
    }

    private static PostRequest request(com.orderdesk.application.cash.CashUseCases cash, SignedInUser ar, DeskPayment p,
                                       String customerNo, String invoiceNo, String amount) {
        return new PostRequest(p.id(), cash.detail(ar, p.id()).version(), customerNo, List.of(
                new PostRequest.Line(invoiceNo, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO, null)));
    }
}
