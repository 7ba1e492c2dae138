package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class RouteCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RouteCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static ObjectNode sample() throws IOException {
        try (InputStream in = RouteCommandTest.class.getResourceAsStream("/routing/two-orders.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path broken(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = sample();
        change.accept(root);
        return write(JSON.writeValueAsString(root));
    }

    @Test
    void routesTheSampleAndPrintsThePlanAsJson() throws IOException {
        Run r = run("--scenario", write(sample().toString()).toString(), "--mode", "independent");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode plan = JSON.readTree(r.out());
        assertThat(plan.get("mode").asText()).isEqualTo("independent");
        assertThat(plan.get("totalCost").decimalValue()).isEqualByComparingTo("79.80");
        JsonNode first = plan.get("orders").get(0);
        assertThat(first.get("id").asText()).isEqualTo("SO-1001");
        assertThat(first.get("optimal").asBoolean()).isTrue();
        JsonNode shipment = first.get("shipments").get(0);
        assertThat(shipment.get("node").asText()).isEqualTo("ST-NYC");
        assertThat(shipment.get("zone").asInt()).isEqualTo(1);
        assertThat(shipment.get("weightKg").decimalValue()).isEqualByComparingTo("1.6");
        assertThat(shipment.get("units").asInt()).isEqualTo(2);
        assertThat(shipment.get("cost").decimalValue()).isEqualByComparingTo("12.70"); // 3.50 + 2 x 0.40 + 8.40
        assertThat(first.get("backordered")).isEmpty();
        JsonNode second = plan.get("orders").get(1);
        assertThat(second.get("backordered").get(0).get("sku").asText()).isEqualTo("B-200");
        assertThat(second.get("backordered").get(0).get("qty").asInt()).isEqualTo(2);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode o : plan.get("orders")) {
            sum = sum.add(o.get("cost").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(plan.get("totalCost").decimalValue());
        JsonNode stats = plan.get("stats");
        assertThat(stats.get("orders").asInt()).isEqualTo(2);
        assertThat(stats.get("shipments").asInt()).isEqualTo(2);
        assertThat(stats.get("splitOrders").asInt()).isZero();
        assertThat(stats.get("backorderedUnits").asInt()).isEqualTo(2);
        assertThat(stats.has("elapsedMs")).isTrue();
        assertThat(r.out()).contains("\"cost\" : 12.70");
    }

    @Test
    void sequentialIsTheDefaultModeAndCapacityIsCounted() throws IOException {
        ObjectNode root = sample();
        ((ArrayNode) root.get("orders")).add(JSON.readTree(
                "{\"id\":\"SO-1003\",\"shipTo\":{\"lat\":40.71,\"lon\":-74.0},\"lines\":[{\"sku\":\"A-100\",\"qty\":1}]}"));
        Run r = run("--scenario", write(root.toString()).toString());
        assertThat(r.status()).isZero();
        JsonNode plan = JSON.readTree(r.out());
        assertThat(plan.get("mode").asText()).isEqualTo("sequential");
        // ST-NYC may make one shipment: SO-1001 took it, so SO-1003 ships from Atlanta
        assertThat(plan.get("orders").get(2).get("shipments").get(0).get("node").asText()).isEqualTo("DC-ATL");
    }

    @Test
    void batchReportsItsLowerBound() throws IOException {
        Run r = run("--scenario", write(sample().toString()).toString(), "--mode", "batch");
        assertThat(r.status()).isZero();
        JsonNode stats = JSON.readTree(r.out()).get("stats");
        assertThat(stats.get("provenOptimal").asBoolean()).isTrue();
        assertThat(stats.get("lowerBound").decimalValue()).isEqualByComparingTo("79.80");
    }

    record BadCase(String name, Consumer<ObjectNode> change, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<BadCase> badCases() {
        List<BadCase> cases = new ArrayList<>();
        cases.add(new BadCase("missing field", r -> order(r, 0).remove("shipTo"), "orders[0].shipTo: missing"));
        cases.add(new BadCase("ill-typed field", r -> node(r, 0).put("lat", "north"), "nodes[0].lat: must be a number"));
        cases.add(new BadCase("negative qty", r -> line(r, 1, 0).put("qty", -2), "orders[1].lines[0].qty: must be a positive whole number"));
        cases.add(new BadCase("fractional qty", r -> line(r, 1, 1).put("qty", 1.5), "orders[1].lines[1].qty: must be a positive whole number"));
        cases.add(new BadCase("negative stock", r -> stock(r, 0).put("qty", -1), "inventory[0].qty: must be a whole number, zero or more"));
        cases.add(new BadCase("unknown node", r -> stock(r, 1).put("node", "DC-XYZ"), "inventory[1].node: unknown node DC-XYZ"));
        cases.add(new BadCase("unknown sku", r -> line(r, 0, 0).put("sku", "Z-999"), "orders[0].lines[0].sku: unknown sku Z-999"));
        cases.add(new BadCase("duplicate order id", r -> order(r, 1).put("id", "SO-1001"), "orders[1].id: duplicate order id SO-1001"));
        cases.add(new BadCase("duplicate node id", r -> ((ArrayNode) r.get("nodes")).add(node(r, 0).deepCopy()), "nodes[2].id: duplicate node id DC-ATL"));
        cases.add(new BadCase("duplicate sku", r -> ((ArrayNode) r.get("skus")).add(r.get("skus").get(0).deepCopy()), "skus[2].sku: duplicate sku A-100"));
        cases.add(new BadCase("duplicate stock line", r -> ((ArrayNode) r.get("inventory")).add(stock(r, 0).deepCopy()),
                "inventory[3]: duplicate stock line for node DC-ATL and sku A-100"));
        cases.add(new BadCase("zone without prices", r -> ((ObjectNode) r.get("rateCard").get("prices")).remove("3"),
                "rateCard.prices.3: missing (zone 3 has no prices"));
        cases.add(new BadCase("zone without per-kg price", r -> ((ObjectNode) r.get("rateCard").get("perKgAboveMax")).remove("8"),
                "rateCard.perKgAboveMax.8: missing"));
        cases.add(new BadCase("price row too short", r -> ((ArrayNode) r.get("rateCard").get("prices").get("2")).remove(0),
                "rateCard.prices.2: must list 7 prices, one per weight break"));
        cases.add(new BadCase("unknown node type", r -> node(r, 0).put("type", "WAREHOUSE"), "nodes[0].type: must be DC, STORE or SUPPLIER"));
        cases.add(new BadCase("latitude out of range", r -> ((ObjectNode) order(r, 0).get("shipTo")).put("lat", 123), "orders[0].shipTo.lat: must be between -90 and 90"));
        cases.add(new BadCase("zero max shipments", r -> order(r, 0).put("maxShipments", 0), "orders[0].maxShipments: must be a positive whole number or null"));
        cases.add(new BadCase("text instead of boolean", r -> order(r, 0).put("shipComplete", "yes"), "orders[0].shipComplete: must be true or false"));
        cases.add(new BadCase("missing penalty", r -> r.remove("backorderPenaltyPerUnit"), "backorderPenaltyPerUnit: missing"));
        cases.add(new BadCase("lines not a list", r -> order(r, 0).put("lines", "A-100"), "orders[0].lines: must be a list"));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badInputExitsTwoWithALocatedMessageAndNothingOnStdout(BadCase c) throws IOException {
        Run r = run("--scenario", broken(c.change()).toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().startsWith(c.message());
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() throws IOException {
        Run r = run("--scenario", broken(root -> {
            line(root, 1, 0).put("qty", 0);
            stock(root, 2).put("sku", "NOPE");
            order(root, 1).put("id", "SO-1001");
        }).toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactlyInAnyOrder(
                "orders[1].lines[0].qty: must be a positive whole number",
                "inventory[2].sku: unknown sku NOPE",
                "orders[1].id: duplicate order id SO-1001");
    }

    @Test
    void aFileThatIsNotJsonExitsTwo() throws IOException {
        Path file = write("{ \"rateCard\": [ oops");
        Run r = run("--scenario", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().startsWith(file + ": not valid JSON").contains("line 1");
    }

    @Test
    void aMissingFileOrAnUnknownModeExitsTwo() throws IOException {
        Run missing = run("--scenario", dir.resolve("nope.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("nope.json: no such file");
        Run mode = run("--scenario", write(sample().toString()).toString(), "--mode", "fastest");
        assertThat(mode.status()).isEqualTo(2);
        assertThat(mode.out()).isEmpty();
        assertThat(mode.err()).startsWith("--mode: must be independent, sequential or batch");
    }

    private static ObjectNode order(ObjectNode root, int i) {
        return (ObjectNode) root.get("orders").get(i);
    }

    private static ObjectNode node(ObjectNode root, int i) {
        return (ObjectNode) root.get("nodes").get(i);
    }

    private static ObjectNode stock(ObjectNode root, int i) {
        return (ObjectNode) root.get("inventory").get(i);
    }

    private static ObjectNode line(ObjectNode root, int order, int line) {
        return (ObjectNode) order(root, order).get("lines").get(line);
    }
}
