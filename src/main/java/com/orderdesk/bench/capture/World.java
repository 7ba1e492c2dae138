package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The generated master data: customers with their people, ship-tos, contract prices and own part numbers. */
final class World {
    static final String INTERNAL_DOMAIN = "@orderdesk-dist.com";
    private static final String[] FIRST = {"Jane", "Mike", "Priya", "Carlos", "Linda", "Tom", "Aisha", "Greg", "Mei", "Omar",
            "Sarah", "Dave", "Rosa", "Ken", "Fatima", "Luke", "Nina", "Raj", "Beth", "Sam"};
    private static final String[] LAST = {"Smith", "Nguyen", "Patel", "Garcia", "Johnson", "Brown", "Khan", "Miller", "Chen",
            "Lopez", "Wilson", "Davis", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott", "Adams"};
    private static final String[] TRADE = {"Building Supply", "Plumbing", "Electric", "Hardware", "Contractors", "Mechanical",
            "Facility Services", "Home Center", "Industrial", "Maintenance"};
    private static final String[] WORD = {"Acme", "Summit", "Harbor", "Pioneer", "Redwood", "Granite", "Lakeside", "Keystone",
            "Bluebird", "Ironclad", "Northstar", "Prairie", "Cascade", "Copperline", "Evergreen", "Liberty", "Frontier", "Oakridge"};
    static final String[][] CITIES = {{"Dallas", "TX", "752"}, {"Houston", "TX", "770"}, {"Austin", "TX", "787"},
            {"Chicago", "IL", "606"}, {"Denver", "CO", "802"}, {"Phoenix", "AZ", "850"}, {"Atlanta", "GA", "303"},
            {"Tampa", "FL", "336"}, {"Columbus", "OH", "432"}, {"Portland", "OR", "972"}, {"Nashville", "TN", "372"},
            {"Omaha", "NE", "681"}};
    private static final String[] STREETS = {"Commerce St", "Industrial Blvd", "Main St", "Oak Ave", "Market St",
            "Lakeview Dr", "Railroad Ave", "Mill Rd", "Harbor Way", "Airport Rd"};
    private static final String[] PLACE_NAMES = {"Warehouse", "Store", "Yard", "Branch", "Jobsite"};

    /** A customer's buyer, who writes the mail. */
    record Person(String first, String last, String email, String title) {
    }

    final MasterData data;
    final Catalogue catalogue;
    final Map<String, List<Person>> people = new HashMap<>();
    final Map<String, List<MasterData.ShipTo>> shipTos = new HashMap<>();
    final Map<String, Map<String, String>> partOfSku = new HashMap<>();
    final Map<String, MasterData.Customer> customers = new HashMap<>();
    final List<Person> reps = new ArrayList<>();
    private final Map<String, BigDecimal> contract = new HashMap<>();

    World(Random random, int customerCount, int productCount) {
        catalogue = new Catalogue(random, productCount);
        List<MasterData.Customer> cs = new ArrayList<>();
        List<MasterData.ShipTo> sts = new ArrayList<>();
        List<MasterData.Price> prices = new ArrayList<>();
        List<MasterData.PartNumber> parts = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            String no = String.format(Locale.ROOT, "C%05d", 100 + i);
            String name = WORD[i % WORD.length] + " " + TRADE[(i / WORD.length + i) % TRADE.length] + (i >= WORD.length * 2 ? " " + (i / 36 + 1) : "");
            String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".com";
            List<Person> buyers = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int p = 0; p < n; p++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                buyers.add(new Person(first, last, (first.charAt(0) + last).toLowerCase(Locale.ROOT) + "@" + domain,
                        random.nextBoolean() ? "Purchasing Manager" : "Buyer"));
            }
            people.put(no, buyers);
            // Most customers are known by their whole domain, some only by named addresses.
            String emails = random.nextInt(4) == 0 ? String.join(";", buyers.stream().map(Person::email).toList()) : "@" + domain;
            String ediId = random.nextInt(3) == 0 ? "" : (WORD[i % WORD.length].toUpperCase(Locale.ROOT) + i).substring(0, Math.min(15, WORD[i % WORD.length].length() + String.valueOf(i).length()));
            MasterData.Customer c = new MasterData.Customer(no, name, List.of(emails.split(";")), ediId,
                    String.format(Locale.ROOT, "%03d-555-%04d", 200 + random.nextInt(700), random.nextInt(10000)));
            cs.add(c);
            customers.put(no, c);
            int places = 1 + random.nextInt(4);
            List<MasterData.ShipTo> own = new ArrayList<>();
            List<Integer> cityIdx = new ArrayList<>();
            for (int k = 0; k < CITIES.length; k++) {
                cityIdx.add(k);
            }
            java.util.Collections.shuffle(cityIdx, random);
            for (int k = 0; k < places; k++) {
                String[] city = CITIES[cityIdx.get(k)];
                String code = city[0].substring(0, 3).toUpperCase(Locale.ROOT) + (k == 0 ? "" : String.valueOf(k));
                String street = (100 + random.nextInt(9800)) + " " + STREETS[random.nextInt(STREETS.length)];
                String placeName = city[0] + " " + PLACE_NAMES[random.nextInt(PLACE_NAMES.length)];
                own.add(new MasterData.ShipTo(no, code, placeName, street, city[0], city[1],
                        city[2] + String.format(Locale.ROOT, "%02d", random.nextInt(100)), k == 0));
            }
            shipTos.put(no, own);
            sts.addAll(own);
            Map<String, String> partMap = new HashMap<>();
            for (int k = 0; k < 8; k++) {
                Catalogue.Item item = catalogue.items().get(random.nextInt(catalogue.items().size()));
                if (partMap.containsKey(item.product().sku())) {
                    continue;
                }
                String part = WORD[i % WORD.length].substring(0, 2).toUpperCase(Locale.ROOT) + "-" + (1000 + random.nextInt(9000)) + (char) ('A' + random.nextInt(6));
                if (partMap.containsValue(part)) {
                    continue;
                }
                partMap.put(item.product().sku(), part);
                parts.add(new MasterData.PartNumber(no, part, item.product().sku()));
            }
            partOfSku.put(no, partMap);
            for (int k = 0; k < 5; k++) {
                Catalogue.Item item = catalogue.items().get(random.nextInt(catalogue.items().size()));
                String key = no + "|" + item.product().sku();
                if (!contract.containsKey(key)) {
                    BigDecimal price = item.product().listPrice().multiply(BigDecimal.valueOf(0.9)).setScale(2, RoundingMode.HALF_UP);
                    contract.put(key, price);
                    prices.add(new MasterData.Price(no, item.product().sku(), price));
                }
            }
        }
        for (int r = 0; r < 6; r++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            reps.add(new Person(first, last, (first + "." + last).toLowerCase(Locale.ROOT) + INTERNAL_DOMAIN.replace("@", "@"), "Sales Representative"));
        }
        List<MasterData.Product> products = catalogue.items().stream().map(Catalogue.Item::product).toList();
        data = new MasterData(cs, sts, products, prices, parts, List.of(INTERNAL_DOMAIN));
    }

    BigDecimal price(String customer, String sku, MasterData.Product product) {
        BigDecimal c = contract.get(customer + "|" + sku);
        return c != null ? c : product.listPrice().setScale(2, RoundingMode.HALF_UP);
    }

    MasterData.ShipTo defaultShipTo(String customer) {
        return shipTos.get(customer).get(0);
    }
}
