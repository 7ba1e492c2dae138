package com.orderdesk.bench.cash;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Company names for generated customers, and the ways payers and banks write them. */
final class NameFactory {
    private static final List<String> FIRST = List.of("Acme", "Northern", "Southern", "Eastern", "Western", "Pacific",
            "Atlantic", "Summit", "Valley", "River", "Lake", "Prairie", "Granite", "Cedar", "Oak", "Maple", "Pine",
            "Harbor", "Bay", "Coastal", "Mountain", "Liberty", "Eagle", "Falcon", "Hawk", "Pioneer", "Frontier",
            "Heritage", "Premier", "Superior", "Reliable", "Quality", "Precision", "Advanced", "Allied", "United",
            "Central", "Metro", "Capital", "Golden", "Silver", "Blue", "Green", "Red Rock", "Iron", "Copper",
            "Sterling", "Keystone", "Cornerstone", "Midwest", "Great Lakes", "Gulf", "Sunrise", "Sunset", "Northstar",
            "Polar", "Tri-County", "Twin City", "Riverside", "Lakeside", "Hillside", "Parkway", "Bridgeport",
            "Fairview", "Greenfield", "Springfield", "Madison", "Franklin", "Jefferson", "Lincoln", "Hamilton",
            "O'Neil", "McAllister", "Johnson", "Baker", "Carter", "Dawson", "Ellis", "Foster", "Garcia", "Hughes");
    private static final List<String> SECOND = List.of("Building", "Industrial", "Commercial", "Home", "Farm", "Auto",
            "Marine", "Medical", "Office", "Restaurant", "Electrical", "Plumbing", "Hardware", "Paper", "Packaging",
            "Tool", "Fastener", "Lumber", "Paint", "Lighting", "Safety", "Janitorial", "Food", "Pet", "Garden",
            "Steel", "Plastics", "Chemical", "Textile", "Fleet", "Energy", "Water", "Cold Storage", "Print", "Sign",
            "Dental", "Lab", "Beverage", "Bakery", "Outdoor", "Sports", "Toy", "Craft", "Glass", "Tile", "Floor",
            "Roofing", "HVAC", "Welding", "Pump");
    private static final List<String> THIRD = List.of("Supply", "Supplies", "Distribution", "Distributors",
            "International", "Manufacturing", "Services", "Industries", "Products", "Systems", "Technologies",
            "Brothers", "Associates", "Group", "Holdings", "Enterprises", "Trading", "Partners", "Wholesale",
            "Outfitters", "Works", "Solutions", "Center", "Depot", "Exchange");
    private static final List<String> SUFFIX = List.of("Inc.", "LLC", "Corp.", "Co.", "Ltd.", "Company",
            "Incorporated", "Corporation", "");
    private static final List<String> PEOPLE = List.of("J. Smith", "Maria Lopez", "Kowalski Family Trust",
            "R & T Holdings", "Chen Wei", "Patel Consulting", "The Doe Estate", "First Community Church",
            "City of Elmwood", "A. Nguyen", "Brightwater Charity", "Olsen Dental Practice", "K. Okafor",
            "Sandoval Landscaping", "Ruiz & Sons Catering", "Miller Veterinary Clinic");
    private static final String[][] ABBREVIATIONS = {{"International", "Intl"}, {"Manufacturing", "Mfg"},
            {"Services", "Svcs"}, {"Distribution", "Dist"}, {"Associates", "Assoc"}, {"Industries", "Inds"},
            {"Brothers", "Bros"}, {"Technologies", "Tech"}, {"Systems", "Sys"}, {"Building", "Bldg"},
            {"Products", "Prods"}, {"Group", "Grp"}, {"Hardware", "Hdwe"}, {"Supplies", "Supply"},
            {"Center", "Ctr"}, {"Electrical", "Elec"}, {"Enterprises", "Ent"}};

    private final Random random;

    NameFactory(Random random) {
        this.random = random;
    }

    String companyName() {
        return pick(FIRST) + " " + pick(SECOND) + " " + pick(THIRD) + suffix();
    }

    private String suffix() {
        String s = pick(SUFFIX);
        return s.isEmpty() ? "" : (s.startsWith("Inc") || s.startsWith("Corp") || s.startsWith("Co") ? ", " : " ") + s;
    }

    /** A payer that is nobody's customer: a person, a charity, a city. */
    String strangerName() {
        return pick(PEOPLE) + (random.nextInt(3) == 0 ? " " + (100 + random.nextInt(900)) : "");
    }

    /** How a payer or its bank writes a customer's name: as registered, shouted, re-suffixed, abbreviated, truncated. */
    String payerVariant(String name) {
        int r = random.nextInt(100);
        if (r < 40) {
            return name;
        }
        if (r < 60) {
            return name.toUpperCase(Locale.ROOT).replaceAll("[.,']", "");
        }
        if (r < 75) {
            String base = name.replaceAll(",? (Inc\\.|LLC|Corp\\.|Co\\.|Ltd\\.|Company|Incorporated|Corporation)$", "");
            return base + pick(List.of("", " Inc", " LLC", ", Inc.", " Corp", " Co"));
        }
        if (r < 90) {
            String out = name;
            for (String[] ab : ABBREVIATIONS) {
                out = out.replace(ab[0], ab[1]);
            }
            return out;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.length() > 22 ? upper.substring(0, 22) : upper;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
