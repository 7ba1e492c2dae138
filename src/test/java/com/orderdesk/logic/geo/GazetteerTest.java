package com.orderdesk.logic.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.assets.AssetFormatException;
import com.orderdesk.model.common.GeoPoint;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final String HEADER = "zip,city,state,county,lat,lon,city_population\n";

    @Test
    void zip10001IsNewYorkNearPennStation() {
        ZipPlace place = GAZETTEER.get("10001");
        assertThat(place.city()).isEqualTo("New York");
        assertThat(place.state()).isEqualTo("NY");
        assertThat(place.location().distanceKm(new GeoPoint(40.75, -73.99))).isLessThan(2.0);
        assertThat(place.cityPopulation()).isGreaterThan(8_000_000);
    }

    @Test
    void otherWellKnownZips() {
        assertThat(GAZETTEER.get("90210").city()).isEqualTo("Beverly Hills");
        assertThat(GAZETTEER.get("02108")).satisfies(p -> {
            assertThat(p.city()).isEqualTo("Boston");
            assertThat(p.state()).isEqualTo("MA");
        });
        assertThat(GAZETTEER.get("98101").city()).isEqualTo("Seattle");
        assertThat(GAZETTEER.get("99501").state()).isEqualTo("AK");
        assertThat(GAZETTEER.get("96813").state()).isEqualTo("HI");
        assertThat(GAZETTEER.get("20500").state()).isEqualTo("DC");
        assertThat(GAZETTEER.find(" 10001-2062 ")).map(ZipPlace::zip).contains("10001");
    }

    @Test
    void coversTheFiftyStatesAndDc() {
        assertThat(GAZETTEER.size()).isGreaterThan(40_000);
        assertThat(GAZETTEER.states()).hasSize(51).contains("DC").doesNotContain("PR", "AE", "AP");
        assertThat(GAZETTEER.zipsInState("wy")).isNotEmpty().allSatisfy(z -> assertThat(z.state()).isEqualTo("WY"));
    }

    @Test
    void unknownOrMalformedZipIsAClearError() {
        assertThatThrownBy(() -> GAZETTEER.get("00000")).hasMessageContaining("unknown ZIP code 00000");
        assertThatThrownBy(() -> GAZETTEER.get("1000A")).hasMessageContaining("not a ZIP code: '1000A'");
        assertThatThrownBy(() -> GAZETTEER.get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GAZETTEER.find("00000")).isEmpty();
    }

    @Test
    void mostPopulousCitiesStartWithTheBigMetros() {
        List<City> top = GAZETTEER.mostPopulousCities(10);
        assertThat(top).hasSize(10);
        assertThat(top.get(0).label()).isEqualTo("New York, NY");
        assertThat(top).extracting(City::label).contains("Los Angeles, CA", "Chicago, IL", "Houston, TX", "Phoenix, AZ");
        assertThat(top).isSortedAccordingTo(Comparator.comparingLong(City::population).reversed());
        assertThat(GAZETTEER.mostPopulousCities(500)).hasSize(500).allSatisfy(c -> assertThat(c.population()).isPositive());
    }

    @Test
    void citiesOfAStateAreItsOwnMostPopulousFirst() {
        List<City> washington = GAZETTEER.citiesInState("WA");
        assertThat(washington.get(0).name()).isEqualTo("Seattle");
        assertThat(washington.get(0).zips()).contains("98101").allSatisfy(z -> assertThat(GAZETTEER.get(z).state()).isEqualTo("WA"));
        assertThat(GAZETTEER.city("seattle", "WA")).map(City::centre)
                .hasValueSatisfying(c -> assertThat(c.distanceKm(new GeoPoint(47.61, -122.33))).isLessThan(15));
        assertThat(GAZETTEER.citiesInState("XX")).isEmpty();
    }

    @Test
    void representativeCitiesSpreadOverEveryState() {
        List<City> cities = GAZETTEER.representativeCities(3);
        assertThat(cities).extracting(City::state).containsAll(GAZETTEER.states());
        assertThat(cities.stream().filter(c -> c.state().equals("TX"))).hasSize(3)
                .extracting(City::name).contains("Houston", "San Antonio", "Dallas");
    }

    @Test
    void badRowsAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> Gazetteer.read(new StringReader(HEADER + "10001,New York,NY,New York,40.7,-73.9,\n"
                + "1234,Nowhere,NY,,40,-73,\n"), "zips.csv"))
                .isInstanceOf(AssetFormatException.class)
                .hasMessage("zips.csv line 3: ZIP code must be 5 digits: '1234'");
        assertThatThrownBy(() -> Gazetteer.read(new StringReader(HEADER + "10001,New York,NY,New York,140.7,-73.9,\n"), "z.csv"))
                .hasMessageStartingWith("z.csv line 2: not a latitude/longitude");
        assertThatThrownBy(() -> Gazetteer.read(new StringReader(HEADER + "10001,New York,NY\n"), "z.csv"))
                .hasMessage("z.csv line 2: expected 7 fields, found 3");
        assertThatThrownBy(() -> Gazetteer.read(new StringReader(HEADER + "10001,\"New York,NY,x,1,1,\n"), "z.csv"))
                .isInstanceOf(AssetFormatException.class)
                .hasMessage("z.csv: malformed CSV (startline 2) EOF reached before encapsulated token finished");
    }
}
