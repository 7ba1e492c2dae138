package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo book (and any book from before invoice lines) made ready for the invoicing desk. */
class InvoicingBackfillTest {

    private static long count(Database db, String sql) {
        return db.read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    @Test
    void shippedOrdersGetOneShipmentAndOldInvoicesTheirLinesOnce(@TempDir Path dir) {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            var written = new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()), TestBook.CLOCK,
                    pw -> "hash-of-" + pw, new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom()).generate(db, new DemoSize(40, 300, 9, 42), p -> { }, () -> false);
            long shippedOrders = count(db, "select count(*) from sales_order where status = 'SHIPPED'");
            long invoices = count(db, "select count(*) from invoice");
            assertThat(shippedOrders).isPositive();

            InvoicingBackfill.Result first = InvoicingBackfill.run(db, TestBook.CLOCK);

            assertThat(first.shipments()).isEqualTo(shippedOrders + invoices);
            assertThat(count(db, "select count(*) from shipment where status = 'SHIPPED'")).isEqualTo(shippedOrders);
            // defect: history invoices had no shipment behind them
            assertThat(count(db, "select count(*) from invoice i where i.shipment_id is null or not exists (select 1 from shipment s"
                    + " where s.id = i.shipment_id and s.order_id = i.order_id and s.status = 'INVOICED' and s.ship_date <= i.issue_date"
                    + " and s.tracking_no is not null and s.carrier is not null)")).isZero();
            assertThat(count(db, "select count(*) from invoice i where exists (select 1 from invoice_line l join shipment_line sl"
                    + " on sl.order_line_id = l.order_line_id where l.invoice_id = i.id and sl.shipment_id = i.shipment_id"
                    + " and sl.qty_shipped <> l.qty)")).as("the shipment took what was invoiced").isZero();
            assertThat(count(db, "select count(*) from shipment_line l join shipment s on s.id = l.shipment_id"
                    + " where l.qty_shipped <> l.qty_planned")).isZero();
            assertThat(count(db, "select count(*) from invoice i where not exists"
                    + " (select 1 from invoice_line l where l.invoice_id = i.id)")).isZero();
            assertThat(count(db, "select count(*) from invoice i where i.subtotal_cents <>"
                    + " (select sum(l.net_cents) from invoice_line l where l.invoice_id = i.id)"))
                    .as("lines add up to the subtotal the invoice was issued with").isZero();
            assertThat(count(db, "select count(*) from invoice i where i.tax_cents <>"
                    + " coalesce((select sum(t.tax_cents) from invoice_tax t where t.invoice_id = i.id), 0)")).isZero();
            // defect: demo invoices were printed (count 1) with no printed date, and none was left to print
            assertThat(count(db, "select count(*) from invoice where print_count > 0 and printed_at is null")).isZero();
            long lastWeek = count(db, "select count(*) from invoice where issue_date >= (select date(max(issue_date), '-6 days') from invoice)");
            assertThat(lastWeek).isPositive();
            assertThat(first.legacyInvoicesMarkedPrinted()).isEqualTo(invoices - lastWeek);
            assertThat(count(db, "select count(*) from document_print where printed_by = 'history'")).isEqualTo(invoices - lastWeek);

            InvoicingBackfill.Result second = InvoicingBackfill.run(db, TestBook.CLOCK);
            assertThat(second).isEqualTo(new InvoicingBackfill.Result(0, 0, 0));

            var service = com.orderdesk.app.AppServices.over(db, StateTaxRateTable.loadDefault(), TestBook.CLOCK, 1_000).invoicing();
            var ar1 = DemoBook.user("arthur", written.key());
            java.util.List<String> waiting = service.unprintedNumbers(ar1);
            assertThat(waiting).hasSize((int) lastWeek);
            assertThat(service.document(ar1, waiting.get(0)).printRun().copy()).as("never sent: the first print is no copy").isFalse();
            String oldest = db.read(s -> s.createSelectionQuery("select min(i.number) from Invoice i", String.class).getSingleResult());
            InvoiceDocument old = service.document(ar1, oldest);
            assertThat(old.printRun().copy()).as("sent at the time: a reprint is a copy").isTrue();
            assertThat(old.lines()).isNotEmpty();

            IssueResult issued = service.issueAllShipped(ar1);
            assertThat(issued.failures()).isEmpty();
            assertThat(issued.issued()).hasSize((int) shippedOrders);
            assertThat(count(db, "select count(*) from sales_order where status = 'SHIPPED'")).isZero();
            assertThat(service.unprintedNumbers(ar1)).containsAll(issued.issued()).containsAll(waiting)
                    .hasSize(issued.issued().size() + waiting.size());
            assertThat(service.list(ar1, com.orderdesk.logic.invoicing.DocumentFilter.all(TestBook.TODAY)).rows().stream()
                    .filter(r -> issued.issued().contains(r.number())).map(r -> r.total())
                    .allMatch(Money::isPositive)).isTrue();
        }
    }
}
