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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The contract's "Delivery dates and carrier services" section through the route command. */
class RouteCommandDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICES = """
            [ {"service": "GROUND",    "priceFactor": 1.0, "transitDays": {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 5, "7": 6, "8": 7}},
              {"service": "TWO_DAY",   "priceFactor": 1.9, "transitDays": {"*": 2}},
              {"service": "OVERNIGHT", "priceFactor": 3.4, "transitDays": {"*": 1}} ]""";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(ObjectNode scenario, String mode) throws IOException {
        Path file = Files.createTempFile(dir, "dated", ".json");
        Files.writeString(file, scenario.toString(), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RouteCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("--scenario", file.toString(), "--mode", mode);
        return new Run(status, out.toString(), err.toString());
    }

    /** The two-order sample with the contract's three services, a store needing a day, and SO-1001 due the next day. */
    private static ObjectNode dated() throws IOException {
        ObjectNode root;
        try (InputStream in = RouteCommandDatesTest.class.getResourceAsStream("/routing/two-orders.json")) {
            root = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) root.get("rateCard")).set("services", JSON.readTree(SERVICES));
        root.put("today", "2026-12-03");
        ((ObjectNode) root.get("nodes").get(1)).put("handlingDays", 1);
        ((ObjectNode) root.get("orders").get(0)).put("releaseDate", "2026-12-03").put("deliverBy", "2026-12-04");
        return root;
    }

    @Test
    void aNextDayDeadlineBuysOvernightFromTheDcBecauseTheStoreNeedsADay() throws IOException {
        Run r = run(dated(), "independent");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode first = JSON.readTree(r.out()).get("orders").get(0);
        // ST-NYC ships on the 4th at the earliest and arrives the 5th; DC-ATL (zone 5) leaves on the 3rd:
        // ground 5 days, two-day 2, overnight 1 -> only overnight is in time: 2.50 + 2 x 0.20 + 11.00 x 3.4
        JsonNode shipment = first.get("shipments").get(0);
        assertThat(first.get("shipments")).hasSize(1);
        assertThat(shipment.get("node").asText()).isEqualTo("DC-ATL");
        assertThat(shipment.get("service").asText()).isEqualTo("OVERNIGHT");
        assertThat(shipment.get("shipDate").asText()).isEqualTo("2026-12-03");
        assertThat(shipment.get("deliveryDate").asText()).isEqualTo("2026-12-04");
        assertThat(shipment.get("cost").decimalValue()).isEqualByComparingTo("40.30");
        assertThat(first.get("promisedDate").asText()).isEqualTo("2026-12-04");
        assertThat(first.get("optimal").asBoolean()).isTrue();
    }

    @Test
    void withoutADeadlineEachShipmentTakesGroundAndTheOrderIsPromisedItsLatestArrival() throws IOException {
        Run r = run(dated(), "independent");
        JsonNode second = JSON.readTree(r.out()).get("orders").get(1);
        String latest = "";
        for (JsonNode s : second.get("shipments")) {
            assertThat(s.get("service").asText()).isEqualTo("GROUND");
            String expectedShip = s.get("node").asText().equals("ST-NYC") ? "2026-12-04" : "2026-12-03";
            assertThat(s.get("shipDate").asText()).isEqualTo(expectedShip);
            latest = s.get("deliveryDate").asText().compareTo(latest) > 0 ? s.get("deliveryDate").asText() : latest;
        }
        assertThat(second.get("shipments").size()).isPositive();
        assertThat(second.get("promisedDate").asText()).isEqualTo(latest);
    }

    @Test
    void aDeadlineNoNodeCanMeetBackordersEverything() throws IOException {
        ObjectNode root = dated();
        ((ObjectNode) root.get("orders").get(0)).put("deliverBy", "2026-12-03");
        JsonNode first = JSON.readTree(run(root, "sequential").out()).get("orders").get(0);
        assertThat(first.get("shipments")).isEmpty();
        assertThat(first.has("promisedDate")).isFalse();
        assertThat(first.get("backordered").get(0).get("qty").asInt()).isEqualTo(2);
        assertThat(first.get("cost").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void withoutServicesDeadlinesAreIgnoredAndPlansCarryNoDates() throws IOException {
        ObjectNode root = dated();
        ((ObjectNode) root.get("rateCard")).remove("services");
        JsonNode first = JSON.readTree(run(root, "independent").out()).get("orders").get(0);
        assertThat(first.get("shipments").get(0).get("node").asText()).isEqualTo("ST-NYC");
        assertThat(first.get("shipments").get(0).has("service")).isFalse();
        assertThat(first.has("promisedDate")).isFalse();
    }

    @Test
    void badDatesAndServicesAreLocated() throws IOException {
        assertBad(r -> services(r).get(0).with("transitDays").put("9", 3), "rateCard.services[0].transitDays.9: must be a zone of the rate card");
        assertBad(r -> services(r).get(1).put("priceFactor", -1), "rateCard.services[1].priceFactor: must not be negative");
        assertBad(r -> services(r).get(2).remove("transitDays"), "rateCard.services[2].transitDays: missing");
        assertBad(r -> services(r).get(2).put("service", "GROUND"), "rateCard.services[2].service: duplicate service GROUND");
        assertBad(r -> services(r).get(1).with("transitDays").put("*", 1.5), "rateCard.services[1].transitDays.*: must be a whole number");
        assertBad(r -> ((ObjectNode) r.get("orders").get(0)).put("deliverBy", "12/04/2026"), "orders[0].deliverBy: must be a date written yyyy-MM-dd");
        assertBad(r -> ((ObjectNode) r.get("nodes").get(0)).put("handlingDays", -1), "nodes[0].handlingDays: must be a whole number, zero or more");
        assertBad(r -> r.put("today", 20261203), "today: must be a date written yyyy-MM-dd");
        assertBad(r -> ((ObjectNode) r.get("rateCard")).putArray("services"), "rateCard.services: must not be empty");
    }

    @Test
    void withoutTodayAnOrderWithoutReleaseDateIsReleasedTheDayTheCommandRuns() throws IOException {
        ObjectNode root = dated();
        root.remove("today");
        java.time.LocalDate before = java.time.LocalDate.now();
        JsonNode second = JSON.readTree(run(root, "independent").out()).get("orders").get(1);
        JsonNode fromAtlanta = null;
        for (JsonNode s : second.get("shipments")) {
            fromAtlanta = s.get("node").asText().equals("DC-ATL") ? s : fromAtlanta;
        }
        assertThat(fromAtlanta).as("SO-1002's B-200 can only come from Atlanta").isNotNull();
        assertThat(java.time.LocalDate.parse(fromAtlanta.get("shipDate").asText()))
                .isBetween(before, java.time.LocalDate.now());
    }

    private static java.util.List<ObjectNode> services(ObjectNode root) {
        java.util.List<ObjectNode> list = new java.util.ArrayList<>();
        ((ArrayNode) root.get("rateCard").get("services")).forEach(s -> list.add((ObjectNode) s));
        return list;
    }

    private void assertBad(Consumer<ObjectNode> change, String message) throws IOException {
        ObjectNode root = dated();
        change.accept(root);
        Run r = run(root, "sequential");
        assertThat(r.status()).as(message).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith(message);
    }
}
