package com.orderdesk.logic.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.logic.geo.AlbersUsaProjection.Inset;
import com.orderdesk.model.common.GeoPoint;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlbersUsaProjectionTest {
    private static final AlbersUsaProjection D3_DEFAULT = new AlbersUsaProjection();

    /** Expected values printed by d3-geo 3.1.2's geoAlbersUsa() via assets/tools/albers-fixtures.js. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Seattle,     47.6062, -122.3321, 159.10285740989343, 37.08535798159676",
        "Miami,       25.7617,  -80.1918, 755.9269214906512,  470.2066412697904",
        "New York,    40.7484,  -73.9967, 794.5686381523692,  175.84999761685583",
        "Kansas City, 39.0997,  -94.5786, 509.0634035160015,  242.33810591454665",
        "Anchorage,   61.2181, -149.9003, 171.16295961507143, 446.9441310429266",
        "Juneau,      58.3019, -134.4197, 224.38278025854416, 456.6612701495211",
        "Honolulu,    21.3069, -157.8583, 298.4785715711044,  450.98746080412104",
        "Hilo,        19.7074, -155.09,   347.20151114255725, 480.6091263946378",
    })
    void matchesD3GeoAlbersUsa(String place, double lat, double lon, double x, double y) {
        ProjectedPoint p = D3_DEFAULT.project(new GeoPoint(lat, lon)).orElseThrow();
        assertThat(p.x()).isCloseTo(x, within(1e-9));
        assertThat(p.y()).isCloseTo(y, within(1e-9));
        GeoPoint back = D3_DEFAULT.invert(p.x(), p.y()).orElseThrow();
        assertThat(back.lat()).isCloseTo(lat, within(1e-9));
        assertThat(back.lon()).isCloseTo(lon, within(1e-9));
    }

    @Test
    void seattleIsDrawnNorthWestOfMiami() {
        ProjectedPoint seattle = D3_DEFAULT.project(new GeoPoint(47.6062, -122.3321)).orElseThrow();
        ProjectedPoint miami = D3_DEFAULT.project(new GeoPoint(25.7617, -80.1918)).orElseThrow();
        assertThat(seattle.x()).isLessThan(miami.x());
        assertThat(seattle.y()).isLessThan(miami.y());
    }

    @Test
    void placesOutsideTheThreeFramesHaveNoProjection() {
        assertThat(D3_DEFAULT.project(new GeoPoint(18.4655, -66.1057))).isEmpty();   // San Juan, PR
        assertThat(D3_DEFAULT.project(new GeoPoint(51.5072, -0.1276))).isEmpty();    // London
    }

    @Test
    void insetsAreChosenByStateAndByPosition() {
        assertThat(Inset.forState("ak")).isEqualTo(Inset.ALASKA);
        assertThat(Inset.forState("HI")).isEqualTo(Inset.HAWAII);
        assertThat(Inset.forState("TX")).isEqualTo(Inset.LOWER_48);
        assertThat(D3_DEFAULT.insetAt(171.16, 446.94)).isEqualTo(Inset.ALASKA);
        assertThat(D3_DEFAULT.insetAt(298.48, 450.99)).isEqualTo(Inset.HAWAII);
        assertThat(D3_DEFAULT.insetAt(480, 250)).isEqualTo(Inset.LOWER_48);
    }

    @Test
    void everyStateOutlineDrawnWithItsInsetFitsTheFrame() {
        for (StateOutline state : StateOutlinesTest.OUTLINES.all()) {
            Inset inset = Inset.forState(state.code());
            List<ProjectedPoint> drawn = state.polygons().stream().flatMap(p -> p.rings().stream())
                    .flatMap(List::stream).map(point -> D3_DEFAULT.project(point, inset)).toList();
            DoubleSummaryStatistics xs = drawn.stream().mapToDouble(ProjectedPoint::x).summaryStatistics();
            DoubleSummaryStatistics ys = drawn.stream().mapToDouble(ProjectedPoint::y).summaryStatistics();
            assertThat(xs.getMin()).as(state.code()).isGreaterThanOrEqualTo(0.0);
            assertThat(xs.getMax()).as(state.code()).isLessThanOrEqualTo(960.0);
            assertThat(ys.getMin()).as(state.code()).isGreaterThanOrEqualTo(0.0);
            assertThat(ys.getMax()).as(state.code()).isLessThanOrEqualTo(500.0);
        }
    }

    @Test
    void fittingScalesAndCentresTheDefaultFrame() {
        AlbersUsaProjection big = AlbersUsaProjection.fitting(1920, 1200);
        assertThat(big.scale()).isEqualTo(2140.0);
        assertThat(big.translateX()).isEqualTo(960.0);
        assertThat(big.translateY()).isEqualTo(600.0);
        ProjectedPoint kc = big.project(new GeoPoint(39.0997, -94.5786)).orElseThrow();
        assertThat(kc.x()).isCloseTo(960 + 2 * (509.0634035160015 - 480), within(1e-9));
        assertThatThrownBy(() -> AlbersUsaProjection.fitting(0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlbersUsaProjection(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invertOfAFarAwayPointIsEmptyRatherThanNonsense() {
        assertThat(D3_DEFAULT.invert(1e7, 1e7)).isEmpty();
    }
}
