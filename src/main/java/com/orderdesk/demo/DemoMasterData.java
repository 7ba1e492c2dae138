package com.orderdesk.demo;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.demo.DemoInputs.City;
import com.orderdesk.demo.DemoInputs.ProductSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Writes products, fulfillment nodes, inventory, customers, ship-tos and contract prices. */
final class DemoMasterData {
    /** A customer as the order history needs it. */
    record DemoCustomer(long id, String terms, boolean taxExempt, boolean onHold, List<long[]> shipTos, List<String> shipToStates,
                        Map<Long, Money> contractPrices, LocalDate exemptUntil) {
        /** Exempt on {@code day}: an expired certificate no longer counts. */
        boolean taxExemptOn(LocalDate day) {
            return taxExempt && (exemptUntil == null || !day.isAfter(exemptUntil));
        }
    }

    record DemoProduct(long id, ProductSpec spec) {
    }

    private static final String[] TERMS = {"NET 30", "NET 30", "NET 30", "2/10 NET 30", "2/10 NET 30", "NET 45",
            "1/15 NET 45", "NET 60", "DUE ON RECEIPT"};

    /** Real distribution-centre, store and drop-ship locations (ZIP codes looked up in the gazetteer). */
    private static final String[][] NODES = {
            {"DC-ATL", "Atlanta Distribution Center", "DC", "30336"},
            {"DC-DFW", "Dallas-Fort Worth Distribution Center", "DC", "75261"},
            {"DC-RNO", "Reno Distribution Center", "DC", "89502"},
            {"DC-CMH", "Columbus Distribution Center", "DC", "43217"},
            {"DC-ABE", "Allentown Distribution Center", "DC", "18106"},
            {"ST-CHI", "Chicago Branch Store", "STORE", "60608"},
            {"ST-DEN", "Denver Branch Store", "STORE", "80216"},
            {"ST-PHX", "Phoenix Branch Store", "STORE", "85009"},
            {"ST-SEA", "Seattle Branch Store", "STORE", "98108"},
            {"ST-MIA", "Miami Branch Store", "STORE", "33166"},
            {"SP-LAX", "Pacific Paper Mills (drop-ship)", "SUPPLIER", "90058"},
            {"SP-HOU", "Gulf Chemical Supply (drop-ship)", "SUPPLIER", "77029"},
            {"SP-CLT", "Carolina Safety Products (drop-ship)", "SUPPLIER", "28208"},
    };

    private final DemoInputs in;
    private final Random rnd;
    private final LocalDate today;
    private final double[] cumulativePopulation;
    private final long seed;

    DemoMasterData(DemoInputs in, Random rnd, LocalDate today) {
        this(in, rnd, today, 0);
    }

    /** @param seed the demo's seed, for the customer details' own random stream */
    DemoMasterData(DemoInputs in, Random rnd, LocalDate today, long seed) {
        this.seed = seed;
        this.in = in;
        this.rnd = rnd;
        this.today = today;
        cumulativePopulation = new double[in.cities().size()];
        double sum = 0;
        for (int i = 0; i < in.cities().size(); i++) {
            sum += Math.max(1, in.cities().get(i).population());
            cumulativePopulation[i] = sum;
        }
    }

    List<DemoProduct> products(Connection c) throws SQLException {
        List<DemoProduct> out = new ArrayList<>();
        try (BatchInsert ins = new BatchInsert(c, "product", "id", "sku", "description", "description_key", "category",
                "unit", "weight_grams", "list_price_cents", "unit_cost_cents", "taxable", "active")) {
            long id = 1;
            for (ProductSpec p : in.products()) {
                boolean taxable = isTaxable(p.category());
                ins.row(id, p.sku(), p.description(), p.description().toUpperCase(java.util.Locale.ROOT), p.category(), p.unit(),
                        p.weightGrams(), p.listPrice().cents(), p.unitCost().cents(), taxable, true);
                out.add(new DemoProduct(id++, p));
            }
        }
        return out;
    }

    /** Nodes and their stock; about one product in twenty is scarce everywhere. */
    int nodesAndInventory(Connection c, List<DemoProduct> products) throws SQLException {
        int nodes = 0;
        try (BatchInsert n = new BatchInsert(c, "fulfillment_node", "id", "code", "name", "node_type", "line1", "city", "state",
                "zip", "lat", "lon", "handling_cents", "pick_per_unit_cents", "capacity_shipments", "active", "handling_days");
             BatchInsert inv = new BatchInsert(c, "inventory", "id", "node_id", "product_id", "on_hand", "reserved",
                     "safety_stock", "version").after(n)) {
            Set<Long> scarce = new HashSet<>();
            for (DemoProduct p : products) {
                if (rnd.nextInt(20) == 0) {
                    scarce.add(p.id());
                }
            }
            long invId = 1;
            for (String[] node : NODES) {
                City city = in.placeOfZip().apply(node[3]).orElseGet(this::pickCity);
                NodeType type = NodeType.valueOf(node[2]);
                long nodeId = ++nodes;
                Money handling = switch (type) {
                    case DC -> Money.of("2.50");
                    case STORE -> Money.of("4.75");
                    case SUPPLIER -> Money.of("7.50");
                };
                Money pick = switch (type) {
                    case DC -> Money.of("0.20");
                    case STORE -> Money.of("0.45");
                    case SUPPLIER -> Money.of("0.10");
                };
                Integer capacity = switch (type) {
                    case STORE -> Integer.valueOf(40);
                    case DC -> Integer.valueOf(2000);
                    case SUPPLIER -> null;
                };
                // days from release until a shipment leaves: DCs ship the same day, stores the next, suppliers drop-ship in 3
                int handlingDays = switch (type) {
                    case DC -> 0;
                    case STORE -> 1;
                    case SUPPLIER -> 3;
                };
                n.row(nodeId, node[0], node[1], type.name(), (100 + rnd.nextInt(9800)) + " Commerce Way", city.name(),
                        city.state(), city.zip(), city.lat(), city.lon(), handling.cents(), pick.cents(), capacity, true,
                        handlingDays);
                double stockedShare = switch (type) {
                    case DC -> 0.85;
                    case STORE -> 0.35;
                    case SUPPLIER -> 0.25;
                };
                for (DemoProduct p : products) {
                    if (rnd.nextDouble() >= stockedShare) {
                        continue;
                    }
                    int onHand = scarce.contains(p.id()) ? rnd.nextInt(4)
                            : switch (type) {
                                case DC -> 40 + rnd.nextInt(600);
                                case STORE -> 2 + rnd.nextInt(40);
                                case SUPPLIER -> 500 + rnd.nextInt(5000);
                            };
                    int safety = type == NodeType.STORE ? Math.min(onHand, 2) : type == NodeType.DC ? Math.min(onHand, 5) : 0;
                    inv.row(invId++, nodeId, p.id(), onHand, 0, safety, 0L);
                }
            }
        }
        return nodes;
    }

    List<DemoCustomer> customers(Connection c, int count, List<DemoProduct> products) throws SQLException {
        List<DemoCustomer> out = new ArrayList<>(count);
        Set<String> usedNames = new HashSet<>();
        try (BatchInsert cust = new BatchInsert(c, "customer", "id", "customer_no", "name", "name_key", "contact_name", "phone",
                "phone_digits", "email", "bill_line1", "bill_city", "bill_state", "bill_zip", "bill_lat", "bill_lon",
                "payment_terms", "credit_limit_cents", "risk_class", "tax_exempt", "tax_exempt_cert", "manual_hold",
                "credit_review_date", "customer_since", "parent_id", "version", "tax_exempt_expires", "edi_sender_id",
                "search_version");
             BatchInsert ship = new BatchInsert(c, "ship_to", "id", "customer_id", "code", "label", "line1", "city", "state",
                     "zip", "lat", "lon", "is_default").after(cust);
             DemoCustomerDetails details = new DemoCustomerDetails(c, in, seed, today, products, cust);
             BatchInsert price = new BatchInsert(c, "customer_price", "id", "customer_id", "product_id", "price_cents",
                     "valid_from", "valid_to").after(cust)) {
            long shipId = 1;
            long priceId = 1;
            for (int i = 0; i < count; i++) {
                long id = i + 1;
                String name = uniqueName(usedNames);
                City home = pickCity();
                String first = pick(in.firstNames());
                String last = pick(in.surnames());
                String phone = String.format("(%03d) 555-%04d", 201 + rnd.nextInt(780), rnd.nextInt(10000));
                String email = (first.charAt(0) + last).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "")
                        + "@" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "").substring(0, Math.min(14, name.replaceAll("[^A-Za-z]", "").length())) + ".example";
                String terms = TERMS[rnd.nextInt(TERMS.length)];
                boolean exempt = rnd.nextInt(25) == 0;
                RiskClass risk = rnd.nextInt(10) < 6 ? RiskClass.LOW : rnd.nextInt(3) < 2 ? RiskClass.MEDIUM : RiskClass.HIGH;
                LocalDate since = today.minusDays(30 + rnd.nextInt(365 * 12));
                Long limitCents = rnd.nextInt(12) == 0 ? null : (long) (5 + rnd.nextInt(50)) * 500_000L;
                boolean hold = rnd.nextInt(60) == 0;
                LocalDate review = today.plusDays(rnd.nextInt(400) - 40);
                Long parent = i > 20 && rnd.nextInt(40) == 0 ? (long) (1 + rnd.nextInt(i)) : null;
                String street = street();
                String number = String.format("C-%05d", 10000 + i);
                String certificate = exempt ? home.state() + "-EX-" + (1000 + rnd.nextInt(9000)) : null;
                DemoCustomerDetails.Extra extra = details.next(id, name, first + " " + last, phone, email, exempt);
                cust.row(id, number, name, name.toUpperCase(java.util.Locale.ROOT), first + " " + last,
                        phone, phone.replaceAll("\\D", ""), email, street, home.name(), home.state(), home.zip(), home.lat(),
                        home.lon(), terms, limitCents, risk.name(), exempt, certificate,
                        hold, review.toString(), since.toString(), parent, 0L,
                        extra.exemptUntil() == null ? null : extra.exemptUntil().toString(),
                        extra.ediSenderId().isEmpty() ? null : extra.ediSenderId(), com.orderdesk.logic.customer.SearchWords.VERSION);
                int shipCount = 1 + (rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0);
                List<long[]> shipIds = new ArrayList<>();
                List<String> shipStates = new ArrayList<>();
                List<com.orderdesk.logic.customer.CustomerRecord.ShipTo> shipTos = new ArrayList<>();
                for (int s = 0; s < shipCount + extra.moreShipTos(); s++) {
                    // sites past shipCount come from the details' own stream: they have no order history
                    City where = s == 0 ? home : s < shipCount ? pickCity() : details.city();
                    String label = s == 0 ? "Main - " + home.name() : where.name() + " site";
                    String code = s == 0 ? "MAIN" : shipToCode(where.name(), s);
                    String line1 = s == 0 ? street : s < shipCount ? street() : (100 + s * 37) + " Industrial Pkwy";
                    ship.row(shipId, id, code, label, line1, where.name(), where.state(), where.zip(),
                            where.lat(), where.lon(), s == 0);
                    shipTos.add(new com.orderdesk.logic.customer.CustomerRecord.ShipTo(shipId, code, label,
                            DemoCustomerDetails.address(line1, where), s == 0));
                    if (s < shipCount) {
                        shipIds.add(new long[] {shipId});
                        shipStates.add(where.state());
                    }
                    shipId++;
                }
                details.write(id, new com.orderdesk.logic.customer.CustomerRecord(id, 0, number, name, true, phone, email,
                        extra.contacts(), DemoCustomerDetails.address(street, home), terms, null, extra.orderEmails(),
                        extra.ediSenderId(), extra.bankAccounts(), extra.partNumbers(), shipTos), extra);
                Map<Long, Money> contracts = new HashMap<>();
                if (rnd.nextInt(8) == 0) {
                    Set<Long> priced = new HashSet<>();
                    int n = 3 + rnd.nextInt(15);
                    for (int k = 0; k < n; k++) {
                        DemoProduct p = products.get(rnd.nextInt(products.size()));
                        if (priced.add(p.id())) {
                            Money contract = p.spec().listPrice().times(new java.math.BigDecimal("0.8").add(
                                    java.math.BigDecimal.valueOf(rnd.nextInt(15), 2)));
                            price.row(priceId++, id, p.id(), contract.cents(), today.minusDays(200).toString(), null);
                            contracts.put(p.id(), contract);
                        }
                    }
                }
                out.add(new DemoCustomer(id, terms, exempt, hold, shipIds, shipStates, contracts, extra.exemptUntil()));
            }
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE document_sequence SET next_value = " + (10000 + count) + " WHERE series = 'CUSTOMER'");
        }
        return out;
    }

    /** "DAL2": the city's first letters and the site's place in the list, unique within the customer. */
    static String shipToCode(String city, int index) {
        String letters = city.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
        return (letters.length() >= 3 ? letters.substring(0, 3) : letters + "XXX".substring(letters.length())) + (index + 1);
    }

    /** Demo rule: food-service supplies are sold tax-free (as groceries are in many states); all else is taxable. */
    static boolean isTaxable(String category) {
        return !"Food Service".equalsIgnoreCase(category);
    }

    private String uniqueName(Set<String> used) {
        for (int attempt = 0; ; attempt++) {
            String base = rnd.nextInt(3) == 0 ? pick(in.surnames()) : pick(in.companyPrefixes());
            String trade = pick(in.companyTrades());
            String suffix = pick(in.companySuffixes());
            // "Dental Group" + "Group" would read "Dental Group Group": a trade that ends in the suffix stands alone
            String name = base + " " + trade + (trade.endsWith(suffix.replace(".", "")) ? "" : " " + suffix);
            if (attempt > 20) {
                name = base + " " + pick(in.companyTrades()) + " " + (attempt + used.size() % 97) + " " + pick(in.companySuffixes());
            }
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String street() {
        return (1 + rnd.nextInt(9899)) + " " + pick(in.streetNames()) + " " + pick(in.streetSuffixes());
    }

    City pickCity() {
        double x = rnd.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1];
        int i = java.util.Arrays.binarySearch(cumulativePopulation, x);
        return in.cities().get(i >= 0 ? i : -i - 1);
    }

    private String pick(List<String> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
