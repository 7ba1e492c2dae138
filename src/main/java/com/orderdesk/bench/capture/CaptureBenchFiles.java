package com.orderdesk.bench.capture;

import com.orderdesk.cli.CaptureCsv;
import com.orderdesk.logic.capture.MasterData;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a generated set as the capture command's inputs (master CSVs, messages/) plus expected.csv. */
final class CaptureBenchFiles {
    private CaptureBenchFiles() {
    }

    static void write(CaptureSetGenerator.CaptureSet set, Path dir) throws IOException {
        Path messages = dir.resolve("messages");
        Files.createDirectories(messages);
        MasterData d = set.data();
        try (CSVPrinter p = printer(dir.resolve("customers.csv"), CaptureCsv.CUSTOMER_COLUMNS)) {
            for (MasterData.Customer c : d.customers()) {
                p.printRecord(c.customerNo(), c.name(), String.join(";", c.emails()), c.ediId(), c.phone());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("ship_tos.csv"), CaptureCsv.SHIP_TO_COLUMNS)) {
            for (MasterData.ShipTo s : d.shipTos()) {
                p.printRecord(s.customerNo(), s.code(), s.name(), s.street(), s.city(), s.state(), s.zip(), s.isDefault());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("products.csv"), CaptureCsv.PRODUCT_COLUMNS)) {
            for (MasterData.Product x : d.products()) {
                p.printRecord(x.sku(), x.description(), x.unit(), x.caseQty(), x.gtin(), x.listPrice().toPlainString());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("prices.csv"), CaptureCsv.PRICE_COLUMNS)) {
            for (MasterData.Price x : d.prices()) {
                p.printRecord(x.customerNo(), x.sku(), x.unitPrice().toPlainString());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("part_numbers.csv"), CaptureCsv.PART_COLUMNS)) {
            for (MasterData.PartNumber x : d.partNumbers()) {
                p.printRecord(x.customerNo(), x.customerPart(), x.sku());
            }
        }
        for (GeneratedMessage m : set.messages()) {
            Files.write(messages.resolve(m.fileName()), m.bytes());
        }
        try (CSVPrinter p = printer(dir.resolve("expected.csv"), List.of("source", "kind", "needs_person", "scenario",
                "customer_no", "ship_to", "po_number", "requested_date", "lines"))) {
            for (Expected e : set.expected()) {
                StringBuilder lines = new StringBuilder();
                e.lines().forEach(l -> lines.append(lines.length() == 0 ? "" : ";").append(l.sku()).append('=').append(l.quantity()));
                p.printRecord(e.source(), e.kind(), e.needsPerson(), e.scenario(), text(e.customerNo()), text(e.shipTo()),
                        text(e.poNumber()), e.requestedDate() == null ? "" : e.requestedDate().toString(), lines);
            }
        }
        Files.writeString(dir.resolve("README.txt"), "java -jar target/orderdesk.jar capture --customers customers.csv"
                + " --ship-tos ship_tos.csv --products products.csv --prices prices.csv --part-numbers part_numbers.csv"
                + " --in messages --internal-domains " + World.INTERNAL_DOMAIN + " --today " + set.today() + " --out drafts.json\n");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
