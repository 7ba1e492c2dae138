package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.fulfillment.LabelPlacer.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's labels: none covers another or a symbol, none runs past the map's edge, when there is room. */
class LabelPlacerTest {
    private static final Box MAP = new Box(0, 0, 250, 470);

    /**
     * Defect (5 December 2026, SO-101792 at 1366 px): the node DC-DFW lies a few pixels from the
     * Fort Worth ship-to, so the route's label, put at the line's middle, covered the node's code
     * ("!DC-DFW71 105.23"); and a route label near the right edge was cut by it.
     */
    @Test
    void aNodeBesideTheShipToKeepsItsCodeAndTheRouteLabelClear() {
        double nx = 122, ny = 320, sx = 128, sy = 318;
        LabelPlacer placer = new LabelPlacer(MAP.w(), MAP.h(), List.of(new Box(nx - 9, ny - 9, 18, 18), new Box(sx - 10, sy - 12, 20, 24)));
        List<Box> placed = new ArrayList<>();
        placed.add(placer.place(LabelPlacer.besideNode(nx, ny, 9, 46, 16)));
        placed.add(placer.place(LabelPlacer.alongRoute(nx, ny, sx, sy, 150, 32)));

        assertFree(placed, List.of(new Box(nx - 9, ny - 9, 18, 18), new Box(sx - 10, sy - 12, 20, 24)));
    }

    @Test
    void aNodeAtTheRightEdgeTakesItsCodeToTheLeftAndTwoRoutesToOneShipToDoNotCoverEachOther() {
        double ax = 238, ay = 100, bx = 60, by = 400, sx = 150, sy = 250;
        List<Box> symbols = List.of(new Box(ax - 9, ay - 9, 18, 18), new Box(bx - 9, by - 9, 18, 18), new Box(sx - 10, sy - 12, 20, 24));
        LabelPlacer placer = new LabelPlacer(MAP.w(), MAP.h(), symbols);
        List<Box> placed = new ArrayList<>();
        Box a = placer.place(LabelPlacer.besideNode(ax, ay, 9, 46, 16));
        placed.add(a);
        placed.add(placer.place(LabelPlacer.besideNode(bx, by, 9, 46, 16)));
        placed.add(placer.place(LabelPlacer.alongRoute(ax, ay, sx, sy, 150, 32)));
        placed.add(placer.place(LabelPlacer.alongRoute(bx, by, sx, sy, 150, 32)));

        assertThat(a.x() + a.w()).isLessThan(ax);
        assertFree(placed, symbols);
    }

    @Test
    void withNoFreePlaceTheLabelTakesTheOneThatHidesLeastAndStaysOnTheMap() {
        // a map too small for the label beside the node: it still lands inside the map
        LabelPlacer placer = new LabelPlacer(60, 40, List.of());
        Box b = placer.place(LabelPlacer.besideNode(30, 20, 9, 40, 16));
        assertThat(b.outside(new Box(0, 0, 60, 40))).isLessThan(40 * 16);
        assertThat(new Box(0, 0, 1, 1).overlap(new Box(1, 0, 1, 1))).isZero();
        assertThat(new Box(0, 0, 2, 2).overlap(new Box(1, 1, 2, 2))).isEqualTo(1.0);
    }

    private static void assertFree(List<Box> placed, List<Box> symbols) {
        for (int i = 0; i < placed.size(); i++) {
            Box p = placed.get(i);
            assertThat(p.outside(MAP)).as("label %s past the map's edge", p).isZero();
            for (Box s : symbols) {
                assertThat(p.overlap(s)).as("label %s covers symbol %s", p, s).isZero();
            }
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(p.overlap(placed.get(j))).as("labels %s and %s overlap", p, placed.get(j)).isZero();
            }
        }
    }
}
