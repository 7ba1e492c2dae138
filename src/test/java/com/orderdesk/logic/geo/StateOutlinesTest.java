package com.orderdesk.logic.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.assets.AssetFormatException;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.common.GeoPoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateOutlinesTest {
    static final StateOutlines OUTLINES = StateOutlines.loadDefault();

    @Test
    void fiftyStatesAndDcMatchingTheTaxTableAndTheGazetteer() {
        assertThat(OUTLINES.codes()).hasSize(51)
                .isEqualTo(StateTaxRateTable.loadDefault().stateCodes())
                .isEqualTo(GazetteerTest.GAZETTEER.states());
        StateOutline california = OUTLINES.get("ca");
        assertThat(california.name()).isEqualTo("California");
        assertThat(california.fips()).isEqualTo("06");
        assertThat(OUTLINES.get("HI").polygons()).hasSizeGreaterThanOrEqualTo(7);   // the main islands
    }

    @Test
    void everyRingIsClosed() {
        for (StateOutline state : OUTLINES.all()) {
            for (StateOutline.Polygon polygon : state.polygons()) {
                for (List<GeoPoint> ring : polygon.rings()) {
                    assertThat(ring).as(state.code()).hasSizeGreaterThanOrEqualTo(4);
                    assertThat(ring.get(ring.size() - 1)).as(state.code()).isEqualTo(ring.get(0));
                }
            }
        }
        int points = OUTLINES.all().stream().mapToInt(StateOutline::pointCount).sum();
        assertThat(points).isBetween(5_000, 30_000);
    }

    @Test
    void knownPlacesLieInTheirStates() {
        assertThat(OUTLINES.stateContaining(new GeoPoint(47.6062, -122.3321))).map(StateOutline::code).contains("WA");
        assertThat(OUTLINES.stateContaining(new GeoPoint(25.7617, -80.1918))).map(StateOutline::code).contains("FL");
        assertThat(OUTLINES.stateContaining(new GeoPoint(38.8977, -77.0365))).map(StateOutline::code).contains("DC");
        assertThat(OUTLINES.stateContaining(new GeoPoint(21.3069, -157.8583))).map(StateOutline::code).contains("HI");
        assertThat(OUTLINES.stateContaining(new GeoPoint(61.2181, -149.9003))).map(StateOutline::code).contains("AK");
        assertThat(OUTLINES.stateContaining(new GeoPoint(0, 0))).isEmpty();
        assertThat(OUTLINES.stateContaining(new GeoPoint(45.5017, -73.5673))).isEmpty();   // Montreal
    }

    @Test
    void theBiggestCitiesOfTheGazetteerFallInsideTheirOwnStateOutline() {
        for (City city : GazetteerTest.GAZETTEER.mostPopulousCities(60)) {
            assertThat(OUTLINES.get(city.state()).contains(city.centre())).as(city.label()).isTrue();
        }
    }

    @Test
    void unknownStateIsAClearError() {
        assertThatThrownBy(() -> OUTLINES.get("PR")).hasMessageContaining("no map outline for state 'PR'");
        assertThat(OUTLINES.find(null)).isEmpty();
    }

    @Test
    void openRingAndBrokenJsonAreReportedWithTheirPlace() {
        String open = "{\"states\":[{\"code\":\"XX\",\"name\":\"X\",\"fips\":\"99\",\"polygons\":[[[0,0,1,0,1,1,0,1]]]}]}";
        assertThatThrownBy(() -> read(open))
                .isInstanceOf(AssetFormatException.class)
                .hasMessage("map.json states[0] (XX) polygon 0 ring 0: ring is not closed (last point must equal the first)");
        assertThatThrownBy(() -> read("{\"states\":[\n{\"code\":"))
                .hasMessageStartingWith("map.json line 2: not valid JSON");
        assertThatThrownBy(() -> read("{\"states\":[{\"code\":\"XX\",\"name\":\"X\",\"fips\":\"99\",\"polygons\":[[[0,0,1,0,1,\"a\",0,0]]]}]}"))
                .hasMessage("map.json states[0] (XX) polygon 0 ring 0 point 2: coordinates must be numbers");
        assertThatThrownBy(() -> read("{\"outlines\":[]}")).hasMessageContaining("expected an object with a 'states' array");
    }

    private static StateOutlines read(String json) {
        return StateOutlines.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "map.json");
    }
}
