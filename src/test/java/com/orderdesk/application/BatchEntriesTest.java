package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipWaveOutcome;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import com.orderdesk.persistence.cash.CashFixture;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import java.math.BigDecimal;
import com.orderdesk.application.stock.StockUseCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch entries of shipping and invoicing ("confirm today's shipments" as one wave, "invoice
 * everything shipped"): refused to the roles they are not for with nothing changed, a bad document
 * refused and listed while the others are done, and each decision audited as on its own.
 */
class BatchEntriesTest {
    @TempDir
    Path dir;
    TestBook book;

    @AfterEach
    void close() {
        if (book != null) {
            book.db.close();
        }
    }

    /** The book each test works in: a SQLite file here, a PostgreSQL schema in {@link PostgresBatchEntriesTest}. */
    TestBook newBook() {
        return TestBook.create(dir);
    }

    @Test
    void aWaveConfirmsTheGoodShipmentsAndListsTheBadOne() {
        book = newBook();
        AppServices services = book.services();
        SignedInUser clerk = book.clerk();
        long first = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 4);
        long second = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 2);
        services.fulfillment().route(clerk, first);
        services.fulfillment().route(clerk, second);
        List<StoredShipment> good = services.fulfillment().load(clerk, first).activeShipments();
        StoredShipment bad = services.fulfillment().load(clerk, second).activeShipments().get(0);
        List<ShipConfirmation> wave = new ArrayList<>();
        // the bad one first: it must not stop the ones after it
        wave.add(new ShipConfirmation(bad.id(), bad.version(), "UPS", "1Z-BAD", TestBook.TODAY,
                Map.of(bad.lines().get(0).id(), bad.lines().get(0).planned() + 5)));
        good.forEach(s -> wave.add(new ShipConfirmation(s.id(), s.version(), "UPS", "1Z-" + s.number(), TestBook.TODAY, Map.of())));

        for (SignedInUser other : List.of(book.arClerk(), book.manager())) {
            refusedAndNothingChanged(book, "release shipments to the warehouse",
                    () -> services.shipping().confirmWave(other, wave));
        }
        ShipWaveOutcome out = services.shipping().confirmWave(clerk, wave);

        assertThat(out.confirmed().keySet()).containsExactlyElementsOf(good.stream().map(StoredShipment::id).toList());
        assertThat(out.confirmed().values()).last().satisfies(o -> assertThat(o.orderShipped()).isTrue());
        assertThat(out.refused()).containsOnlyKeys(bad.id());
        assertThat(out.refused().get(bad.id())).contains("shipped quantity must be between 0 and " + bad.lines().get(0).planned());
        assertThat(services.fulfillment().load(clerk, first).activeShipments()).allMatch(s -> s.status() == ShipmentStatus.SHIPPED);
        assertThat(services.fulfillment().load(clerk, second).activeShipments().get(0).status()).isNotEqualTo(ShipmentStatus.SHIPPED);
        for (StoredShipment s : good) {
            assertThat(audited("SHIPMENT_CONFIRMED", s.number())).as(s.number()).isEqualTo(1);
        }
        assertThat(audited("SHIPMENT_CONFIRMED", bad.number())).isZero();
        assertThat(services.auditTrail().verify(book.admin(), p -> { }, () -> false).intact()).isTrue();

        // the refused shipment, confirmed again as it should have been, goes through on its own wave
        StoredShipment again = services.fulfillment().load(clerk, second).activeShipments().get(0);
        ShipWaveOutcome retry = services.shipping().confirmWave(clerk, List.of(new ShipConfirmation(again.id(), again.version(),
                "UPS", "1Z-OK", TestBook.TODAY, Map.of())));
        assertThat(retry.confirmed()).containsOnlyKeys(again.id());
        assertThat(retry.refused()).isEmpty();
    }

    @Test
    void invoicingEverythingShippedListsTheShipmentThatCannotBeInvoiced() {
        InvoicingFixture fx = new InvoicingFixture(newBook());
        book = fx.book;
        long acme = fx.ship(fx.acmeOrder(), 10, 3);
        long nothing = fx.ship(fx.exemptOrder(), 0);
        long partly = fx.ship(fx.acmeOrder(), 4, 0);
        var invoicing = book.services().invoicing();

        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.admin())) {
            refusedAndNothingChanged(book, "issue invoices", () -> invoicing.issueAllShipped(other));
        }
        IssueResult result = invoicing.issueAllShipped(book.arClerk());

        assertThat(result.issued()).containsExactly("INV-010001", "INV-010002");
        assertThat(result.failures()).containsOnlyKeys(shipmentNumber(nothing));
        assertThat(result.failures().get(shipmentNumber(nothing))).contains("shipped nothing");
        assertThat(status(acme)).isEqualTo("INVOICED");
        assertThat(status(partly)).isEqualTo("INVOICED");
        assertThat(status(nothing)).isEqualTo("SHIPPED");
        assertThat(audited("INVOICE_ISSUE", "INV-010001")).isEqualTo(1);
        assertThat(audited("INVOICE_ISSUE", "INV-010002")).isEqualTo(1);
        assertThat(book.services().auditTrail().verify(book.admin(), p -> { }, () -> false).intact()).isTrue();
        // nothing left to invoice but the refused one, which is refused again and takes no number
        IssueResult again = invoicing.issueAllShipped(book.arClerk());
        assertThat(again.issued()).isEmpty();
        assertThat(again.failures()).containsOnlyKeys(shipmentNumber(nothing));
    }

    @Test
    void postingSeveralPaymentsPostsTheGoodOnesAndListsTheBadOne() {
        CashFixture f = new CashFixture(newBook());
        book = f.book;
        var cash = book.services().cash();
        SignedInUser ar = book.arClerk();
        DeskPayment acme = cash.enterCheque(ar, new ChequeInput("Acme Janitorial", "1042", "021000021", "555001",
                new BigDecimal("300.00"), TestBook.TODAY, List.of(), null));
        DeskPayment schools = cash.enterCheque(ar, new ChequeInput("Portland Public Schools", "77", "026009593", "777001",
                new BigDecimal("250.00"), TestBook.TODAY, List.of(), null));
        DeskPayment tooMuch = cash.enterCheque(ar, new ChequeInput("Acme Janitorial", "1043", "021000021", "555001",
                new BigDecimal("900.00"), TestBook.TODAY, List.of(), null));
        List<PostRequest> requests = List.of(
                request(cash, ar, tooMuch, "C-10001", "INV-000101", "900.00"), // more than the 500.00 open: refused
                request(cash, ar, acme, "C-10001", "INV-000102", "300.00"),
                request(cash, ar, schools, "C-10002", "INV-000201", "250.00"));

        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.admin())) {
            refusedAndNothingChanged(book, "apply cash", () -> cash.postAll(other, requests));
        }
        Map<Long, String> refused = cash.postAll(ar, requests);

        assertThat(refused).containsOnlyKeys(tooMuch.id());
        assertThat(refused.get(tooMuch.id())).contains("INV-000101: 900.00 is more than the open 500.00");
        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(f.state("INV-000201")).isEqualTo("PAID 0.00");
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
        assertThat(f.auditCount("CASH_APPLY")).isEqualTo(2);
        assertThat(audited("CASH_APPLY", tooMuch.number())).isZero();
        assertThat(cash.postedLines(ar, List.of(acme.id(), schools.id(), tooMuch.id())))
                .hasEntrySatisfying(acme.id(), l -> assertThat(l).extracting(p -> p.invoiceNo() + " " + p.applied())
                        .containsExactly("INV-000102 300.00"))
                .hasEntrySatisfying(tooMuch.id(), l -> assertThat(l).isEmpty());
        assertThat(f.verifyAudit().intact()).isTrue();
        // what each payment posted is for those who may see receivables: not the order desk
        refusedAndNothingChanged(book, "view receivables", () -> cash.postedLines(book.clerk(), List.of(acme.id())));
    }

    @Test
    void aCancelledAutoPostingPostsNoneOfTheAnswersItHadAlreadyApplied() throws Exception {
        CashFixture f = new CashFixture(newBook());
        book = f.book;
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
        assertThat(f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false).auto()).isEqualTo(2);
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();

        // the person cancels once the first answer is applied inside the unit
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.desk.postAllAuto(TestBook.TODAY, "ar1",
                p -> cancelled.set(true), cancelled::get)).isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(f.desk.payments(TestBook.TODAY)).filteredOn(p -> p.status() == com.orderdesk.logic.cash.desk.DeskStatus.AUTO)
                .hasSize(2);
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
        assertThat(f.state("INV-000201")).isEqualTo("OPEN 250.00");
        assertThat(f.auditCount("CASH_APPLY")).isZero();
        assertThat(f.verifyAudit().intact()).isTrue();
    }

    @Test
    void aDeliveryReceivesTheGoodLinesAndListsTheBadOne() {
        book = newBook();
        var stock = book.services().catalog().stock();
        long atl = book.db.read(s -> s.createSelectionQuery("select n.id from FulfillmentNode n where n.code = 'DC-ATL'", Long.class)
                .getSingleResult());
        List<StockUseCases.Receipt> delivery = List.of(
                new StockUseCases.Receipt(book.towelId, atl, 5, "PO-1", "weekly"),
                new StockUseCases.Receipt(book.gloveId, atl, 0, "PO-2", "weekly"), // no quantity: refused
                new StockUseCases.Receipt(book.drumId, atl, 3, "PO-3", "weekly"));

        for (SignedInUser other : List.of(book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "receive, adjust or transfer stock", () -> stock.receiveAll(other, delivery));
        }
        Map<Integer, String> refused = stock.receiveAll(book.clerk(), delivery);

        assertThat(refused).containsOnlyKeys(1);
        assertThat(stock.views(book.clerk(), List.of(book.towelId, book.gloveId, book.drumId)))
                .hasEntrySatisfying(book.towelId, v -> assertThat(v.onHand()).isEqualTo(17))
                .hasEntrySatisfying(book.gloveId, v -> assertThat(v.onHand()).isEqualTo(530))
                .hasEntrySatisfying(book.drumId, v -> assertThat(v.onHand()).isEqualTo(4));
        long receipts = book.db.read(s -> s.createSelectionQuery(
                "select count(a) from AuditRecord a where a.action = 'STOCK_RECEIPT'", Long.class).getSingleResult());
        assertThat(receipts).isEqualTo(2);
        assertThat(book.services().auditTrail().verify(book.admin(), p -> { }, () -> false).intact()).isTrue();

        // every role may look at stock; a desk whose user was switched off since may not
        SignedInUser buyer = book.user("buyer", com.orderdesk.model.security.Role.ORDER_CLERK);
        assertThat(stock.views(buyer, List.of(book.towelId))).containsOnlyKeys(book.towelId);
        book.services().users().setActive(book.admin(), "buyer", false, "left the company");
        refusedAndNothingChanged(book, "view orders", () -> stock.views(buyer, List.of(book.towelId)));
    }

    private static PostRequest request(com.orderdesk.application.cash.CashUseCases cash, SignedInUser ar, DeskPayment p,
                                       String customerNo, String invoiceNo, String amount) {
        return new PostRequest(p.id(), cash.detail(ar, p.id()).version(), customerNo, List.of(
                new PostRequest.Line(invoiceNo, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO, null)));
    }

    private long audited(String action, String documentId) {
        return book.db.read(s -> s.createSelectionQuery("select count(a) from AuditRecord a where a.action = :a and a.documentId = :d",
                Long.class).setParameter("a", action).setParameter("d", documentId).getSingleResult());
    }

    private String shipmentNumber(long id) {
        return book.db.read(s -> s.createSelectionQuery("select sh.number from Shipment sh where sh.id = :id", String.class)
                .setParameter("id", id).getSingleResult());
    }

    private String status(long id) {
        return book.db.read(s -> s.createSelectionQuery("select sh.status from Shipment sh where sh.id = :id", ShipmentStatus.class)
                .setParameter("id", id).getSingleResult().name());
    }
}
