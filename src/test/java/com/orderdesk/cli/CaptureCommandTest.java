package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdesk.main.OrderDeskCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaptureCommandTest {
    private static final Path MASTER = Path.of("src/test/resources/capture/master");
    private static final Path MESSAGES = Path.of("src/test/resources/capture/messages");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path customers;
    private Path shipTos;
    private Path products;
    private Path prices = MASTER.resolve("prices.csv");

    @BeforeEach
    void copyMaster() throws IOException {
        customers = Files.copy(MASTER.resolve("customers.csv"), dir.resolve("customers.csv"));
        shipTos = Files.copy(MASTER.resolve("ship_tos.csv"), dir.resolve("ship_tos.csv"));
        products = Files.copy(MASTER.resolve("products.csv"), dir.resolve("products.csv"));
    }

    private int run(String... extra) {
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("capture", "--customers", customers.toString(), "--ship-tos", shipTos.toString(),
                "--products", products.toString(), "--prices", prices.toString(),
                "--part-numbers", MASTER.resolve("part_numbers.csv").toString(), "--today", "2026-12-07",
                "--internal-domains", "@orderdesk.example"));
        args.addAll(List.of(extra));
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void writesOneEntryPerOrderInFileOrderAsTheContractsJson() throws IOException {
        Path target = dir.resolve("drafts.json");
        assertThat(run("--in", MESSAGES.toString(), "--out", target.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode orders = new ObjectMapper().readTree(target.toFile()).get("orders");
        List<String> sources = new ArrayList<>();
        orders.forEach(o -> sources.add(o.get("source").asText() + " " + o.get("status").asText()));
        assertThat(sources).containsExactly("0001-plain.eml TOUCHLESS", "0002-two-orders.edi#1 TOUCHLESS",
                "0002-two-orders.edi#2 TOUCHLESS", "0003-broken.edi REJECTED", "0004-html-table.eml TOUCHLESS",
                "0005-csv-attachment.eml TOUCHLESS");
        JsonNode first = orders.get(0);
        assertThat(first.get("customer_no").asText()).isEqualTo("C00042");
        assertThat(first.get("requested_date").asText()).isEqualTo("2026-12-11");
        assertThat(first.get("lines").get(0).get("quantity").asLong()).isEqualTo(24);
        assertThat(first.get("lines").get(0).get("unit_price").asText()).isEqualTo("11.95");
        assertThat(first.get("lines").get(0).get("text").asText()).isEqualTo("2 cs 3/4\" ball valve brass");
        assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(orders.get(3).get("customer_no").isNull()).isTrue();
        assertThat(orders.get(3).get("reasons").get(0).get("code").asText()).isEqualTo("MALFORMED");
    }

    @Test
    void readsOrderCsvFilesAndRejectsOnesWithoutTheHeader() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.csv"), """
                customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price
                C00042,PO-1,HOU,2026-12-20,VLV-1001,24,11.95
                C00042,PO-1,HOU,2026-12-20,GLV-3300,3,
                C00043,PO-9,,,VLV-1002,5,15.00
                """);
        Files.writeString(in.resolve("b.csv"), "sku,qty\nVLV-1001,2\n");
        Files.writeString(in.resolve("c.csv"), "customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price\nC00042,P,,,VLV-1001,1O,\n");
        assertThat(run("--in", in.toString())).isZero();
        JsonNode orders = new ObjectMapper().readTree(out.toString()).get("orders");
        assertThat(orders.get(0).get("source").asText()).isEqualTo("a.csv#1");
        assertThat(orders.get(0).get("status").asText()).isEqualTo("TOUCHLESS");
        assertThat(orders.get(0).get("lines").size()).isEqualTo(2);
        assertThat(orders.get(1).get("status").asText()).isEqualTo("REVIEW");
        assertThat(orders.get(1).get("reasons").get(0).get("code").asText()).isEqualTo("PRICE_MISMATCH");
        assertThat(orders.get(2).get("reasons").get(0).get("text").asText()).startsWith("line 1, column 1");
        assertThat(orders.get(3).get("reasons").get(0).get("text").asText()).isEqualTo("line 2, column 6: quantity \"1O\" is not a whole number");
    }

    @Test
    void badMasterDataIsExitTwoWithOneLocatedLinePerProblemAndNothingWritten() throws IOException {
        Files.writeString(customers, "customer_no,name,emails,edi_id,phone\nC1,A,a@x.com,,\nC1,B,not-an-address,,\n");
        Files.writeString(shipTos, "customer_no,code,name,street,city,state,zip,is_default\nC1,A,,,,,,maybe\nC9,B,,,,,,true\n");
        Files.writeString(products, "sku,description,unit,case_qty,gtin,list_price\nS1,x,EA,0,,1.00\nS1,y,EA,1,123,abc\n");
        Path target = dir.resolve("drafts.json");
        assertThat(run("--in", MESSAGES.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).contains(
                "customers.csv:3: customer_no: duplicate \"C1\" (first on line 2)",
                "ship_tos.csv:2: is_default: \"maybe\" is not true or false",
                "ship_tos.csv:3: customer_no: \"C9\" is not a known customer",
                "products.csv:2: case_qty: \"0\" is not a whole number of units (1 or more)",
                "products.csv:3: sku: duplicate \"S1\" (first on line 2)",
                "products.csv:3: gtin: \"123\" is not a 12- to 14-digit GTIN",
                "products.csv:3: list_price: \"abc\" is not a price");
    }

    @Test
    void aMissingFileOrColumnIsBadInputToo() throws IOException {
        Files.writeString(products, "sku,description,unit,gtin,list_price\n");
        prices = dir.resolve("nope.csv");
        assertThat(run("--in", MESSAGES.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("products.csv:1: case_qty: missing column").contains("nope.csv: file not found");
        assertThat(out.toString()).isEmpty();
    }
}
