package com.orderdesk.logic.geo;

import com.orderdesk.logic.assets.AssetFiles;
import com.orderdesk.logic.assets.CsvAssets;
import com.orderdesk.model.common.GeoPoint;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * US ZIP codes with place, state, county, coordinates and city population, read from
 * {@code assets/gazetteer/us-zip-codes.csv.gz} (GeoNames, CC BY 4.0; see assets/README.md).
 * Covers the 50 states and DC. Immutable and safe to share between threads.
 */
public final class Gazetteer {
    public static final String ASSET = "gazetteer/us-zip-codes.csv.gz";
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Comparator<City> BY_POPULATION =
            Comparator.comparingLong(City::population).reversed()
                    .thenComparing(City::state).thenComparing(City::name);

    private final Map<String, ZipPlace> byZip;
    private final Map<String, List<ZipPlace>> zipsByState;
    private final Map<String, List<City>> citiesByState;
    private final List<City> citiesByPopulation;

    private Gazetteer(Map<String, ZipPlace> byZip) {
        this.byZip = Collections.unmodifiableMap(byZip);
        Map<String, List<ZipPlace>> perState = new TreeMap<>();
        Map<String, List<ZipPlace>> perCity = new LinkedHashMap<>();
        for (ZipPlace place : byZip.values()) {
            perState.computeIfAbsent(place.state(), s -> new ArrayList<>()).add(place);
            perCity.computeIfAbsent(place.state() + '|' + place.city(), k -> new ArrayList<>()).add(place);
        }
        perState.replaceAll((state, list) -> List.copyOf(list));
        this.zipsByState = Collections.unmodifiableMap(perState);

        List<City> cities = new ArrayList<>();
        for (List<ZipPlace> zips : perCity.values()) {
            cities.add(toCity(zips));
        }
        cities.sort(BY_POPULATION);
        this.citiesByPopulation = List.copyOf(cities);
        Map<String, List<City>> citiesPerState = new TreeMap<>();
        for (City city : citiesByPopulation) {
            citiesPerState.computeIfAbsent(city.state(), s -> new ArrayList<>()).add(city);
        }
        citiesPerState.replaceAll((state, list) -> List.copyOf(list));
        this.citiesByState = Collections.unmodifiableMap(citiesPerState);
    }

    /** Reads the gazetteer shipped with the application (about 41,000 ZIP codes). */
    public static Gazetteer loadDefault() {
        return read(AssetFiles.openText(ASSET), AssetFiles.displayName(ASSET));
    }

    /** Reads an uncompressed CSV stream in the shipped format. */
    public static Gazetteer read(InputStream csv, String source) {
        return read(new InputStreamReader(csv, StandardCharsets.UTF_8), source);
    }

    /**
     * Reads CSV with the header {@code zip,city,state,county,lat,lon,city_population}.
     *
     * @param source the file name used in error messages
     */
    public static Gazetteer read(Reader csv, String source) {
        Map<String, ZipPlace> places = new TreeMap<>();
        CsvAssets.read(csv, source, List.of("zip", "city", "state", "county", "lat", "lon", "city_population"), row -> {
            String zip = row.required("zip");
            if (!ZIP.matcher(zip).matches()) {
                throw row.error("ZIP code must be 5 digits: '" + zip + "'");
            }
            GeoPoint point;
            try {
                point = new GeoPoint(row.coordinate("lat"), row.coordinate("lon"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            ZipPlace place = new ZipPlace(zip, row.required("city"), row.required("state"), row.text("county"),
                    point, row.countOrZero("city_population"));
            if (places.putIfAbsent(zip, place) != null) {
                throw row.error("ZIP code " + zip + " is listed twice");
            }
        });
        return new Gazetteer(places);
    }

    /** The place of a ZIP code; accepts ZIP+4 ("10001-2062") and surrounding blanks. */
    public Optional<ZipPlace> find(String zip) {
        return zip == null ? Optional.empty() : Optional.ofNullable(byZip.get(fiveDigits(zip)));
    }

    /**
     * The place of a ZIP code.
     *
     * @throws IllegalArgumentException naming the input when it is not a ZIP code or not a known one
     */
    public ZipPlace get(String zip) {
        if (zip == null || !ZIP.matcher(fiveDigits(zip)).matches()) {
            throw new IllegalArgumentException("not a ZIP code: '" + zip + "' (5 digits expected, e.g. 10001)");
        }
        ZipPlace place = byZip.get(fiveDigits(zip));
        if (place == null) {
            throw new IllegalArgumentException("unknown ZIP code " + zip
                    + " (the gazetteer covers the 50 states and DC)");
        }
        return place;
    }

    /** Number of ZIP codes. */
    public int size() {
        return byZip.size();
    }

    /** The two-letter codes of the states present, in order. */
    public List<String> states() {
        return List.copyOf(zipsByState.keySet());
    }

    /** All ZIP codes of a state in ascending order (empty for an unknown state). */
    public List<ZipPlace> zipsInState(String state) {
        return zipsByState.getOrDefault(normaliseState(state), List.of());
    }

    /** The postal cities of a state, most populous first (empty for an unknown state). */
    public List<City> citiesInState(String state) {
        return citiesByState.getOrDefault(normaliseState(state), List.of());
    }

    /** The postal city of a place name in a state, matched ignoring case. */
    public Optional<City> city(String name, String state) {
        return citiesInState(state).stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The {@code n} most populous cities of the country (fewer if there are not that many). */
    public List<City> mostPopulousCities(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        return citiesByPopulation.subList(0, Math.min(n, citiesByPopulation.size()));
    }

    /**
     * The {@code perState} most populous cities of every state, so that demo data covers the whole
     * country and not only its biggest metros. Ordered by state, then population.
     */
    public List<City> representativeCities(int perState) {
        if (perState < 0) {
            throw new IllegalArgumentException("perState must not be negative: " + perState);
        }
        List<City> result = new ArrayList<>();
        for (List<City> cities : citiesByState.values()) {
            result.addAll(cities.subList(0, Math.min(perState, cities.size())));
        }
        return Collections.unmodifiableList(result);
    }

    private static City toCity(List<ZipPlace> zips) {
        double lat = 0;
        double lon = 0;
        long population = 0;
        List<String> codes = new ArrayList<>(zips.size());
        for (ZipPlace z : zips) {
            lat += z.location().lat();
            lon += z.location().lon();
            population = Math.max(population, z.cityPopulation());
            codes.add(z.zip());
        }
        ZipPlace first = zips.get(0);
        return new City(first.city(), first.state(), population,
                new GeoPoint(lat / zips.size(), lon / zips.size()), codes);
    }

    private static String fiveDigits(String zip) {
        String s = zip.strip();
        return s.length() == 10 && s.charAt(5) == '-' ? s.substring(0, 5) : s;
    }

    private static String normaliseState(String state) {
        return state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
    }

    public boolean contains(String zip) {
        return find(zip).isPresent();
    }
}
