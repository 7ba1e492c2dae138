package com.orderdesk.gui.fulfillment;

import static com.orderdesk.gui.common.Contrast.luminance;
import static com.orderdesk.gui.common.Contrast.over;
import static com.orderdesk.gui.common.Contrast.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defects (tour of 5 December 2026, demo book, 1366 x 768): under the dark theme the routing map
 * stayed light (pale sea, pale land, its colours fixed in code), and it had ~230 px of width between
 * the queue and the plan. The map now takes each theme's colours, with its lines, symbols and labels
 * readable on them, and has the width of the queue's column.
 */
@ExtendWith(ApplicationExtension.class)
class FulfillmentMapThemeScreenTest extends ScreenTestOnOneBook {
    private static FulfillmentAsUsers desk;
    private static StateOutlines outlines;
    private Parent root;

    @BeforeAll
    static void prepare() throws Exception {
        desk = new FulfillmentAsUsers(book);
        // a warehouse and a store with nothing in stock beside the book's DC and store: on the map, they do not ship the order
        book.db.write(s -> {
            s.persist(new FulfillmentNode("DC-DEN", "Denver DC", NodeType.DC, new Address("3 Market St", null, "Denver", "CO",
                    "80202", new GeoPoint(39.74, -104.99)), Money.of("2.50"), Money.of("0.20"), null));
            s.persist(new FulfillmentNode("ST-SLC", "Salt Lake City store", NodeType.STORE, new Address("9 Main St", null,
                    "Salt Lake City", "UT", "84101", new GeoPoint(40.76, -111.89)), Money.of("4.00"), Money.of("0.30"), null));
            return null;
        });
        long orderId = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        desk.route(orderId, "clerk");
        outlines = StateOutlines.loadDefault();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var clerk1 = desk.user("clerk1");
        FulfillmentController controller = new FulfillmentController(new FulfillmentDeskServices(book.services().fulfillment(),
                book.services().shipping(), book.services().routingSettings(), () -> clerk1), outlines, screen.tasks,
                screen.dialogs, screen.status, new PickListPdf(dir.resolve("pick-lists"), CompanyProfile.demo()), TestBook.CLOCK);
        // 1366 x 768 less the navigation rail, the menu and the status bar: the room the screen has in the window
        root = screen.show(stage, controller, 1258, 700).getRoot();
        controller.refresh();
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(Truncation::applicationLook).get();
    }

    private void openTheOrder(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        screen.await(20, () -> queue.getItems().size() == 1);
        robot.interact(() -> queue.getSelectionModel().selectFirst());
        screen.await(20, () -> !root.lookupAll(".route-line").isEmpty() && root.lookup("#ship-to") != null);
    }

    private void theme(FxRobot robot, String name) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(Theme.class.getResource("/atlantafx/base/theme/" + name + ".css").toExternalForm());
            root.applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMapTakesEachThemesColoursAndItsMarksReadOnThem(FxRobot robot) throws Exception {
        openTheOrder(robot);
        Map<String, Color> sea = new HashMap<>();
        Map<String, Color> land = new HashMap<>();
        for (String theme : List.of("primer-light", "primer-dark")) {
            theme(robot, theme);
            UsMapView map = robot.lookup("#usMap").queryAs(UsMapView.class);
            Color water = (Color) map.getBackground().getFills().get(0).getFill();
            Color ground = (Color) ((Shape) map.lookup(".us-state")).getFill();
            sea.put(theme, water);
            land.put(theme, ground);
            for (Node n : map.lookupAll(".node-symbol")) {
                Color fill = (Color) ((Shape) n).getFill();
                assertThat(Math.min(ratio(fill, ground), ratio(fill, water))).as("%s on the map, %s", n.getId(), theme)
                        .isGreaterThanOrEqualTo(3);
            }
            Color pin = (Color) ((Shape) map.lookup("#ship-to")).getFill();
            assertThat(ratio(pin, ground)).as("ship-to on the land, %s", theme).isGreaterThanOrEqualTo(3);
            for (Node n : map.lookupAll(".route-line")) {
                Color stroke = (Color) ((Shape) n).getStroke();
                assertThat(Math.min(ratio(stroke, ground), ratio(stroke, water))).as("route line %s, %s", n.getStyleClass(), theme)
                        .isGreaterThanOrEqualTo(3);
                Node swatch = root.lookupAll(".route-swatch").stream()
                        .filter(s -> s.getStyleClass().containsAll(n.getStyleClass().filtered(c -> c.startsWith("route-")
                                && !c.equals("route-line")))).findFirst().orElseThrow();
                assertThat(((Shape) swatch).getFill()).as("the plan's swatch is the line's colour, %s", theme).isEqualTo(stroke);
            }
            List<Node> labels = new java.util.ArrayList<>(map.lookupAll(".route-label"));
            labels.addAll(map.lookupAll(".node-label"));
            assertThat(labels).as("labels on the map").isNotEmpty();
            for (Node n : labels) {
                Label label = (Label) n;
                Color text = (Color) label.getTextFill();
                Color back = (Color) label.getBackground().getFills().get(0).getFill();
                double worst = Math.min(ratio(text, over(back, ground)), ratio(text, over(back, water)));
                assertThat(worst).as("label '%s', %s", label.getText(), theme).isGreaterThanOrEqualTo(4.5);
            }
        }
        // the dark theme's map is dark: sea and land nearer black than white, and darker than the light theme's
        assertThat(luminance(sea.get("primer-dark"))).as("dark sea %s", sea.get("primer-dark")).isLessThan(0.05);
        assertThat(luminance(land.get("primer-dark"))).as("dark land %s", land.get("primer-dark")).isLessThan(0.1);
        assertThat(luminance(sea.get("primer-light"))).as("light sea %s", sea.get("primer-light")).isGreaterThan(0.7);
        assertThat(luminance(land.get("primer-light"))).as("light land %s", land.get("primer-light")).isGreaterThan(0.7);
        // and the land stands out from the sea
        assertThat(ratio(land.get("primer-dark"), sea.get("primer-dark"))).as("dark land on sea").isGreaterThan(1.5);
    }

    /**
     * Defects (demo book, dark theme): the warehouses that do not ship the selected order were drawn
     * white on the dark land and sea, brighter than anything the order uses; once they were muted, the
     * stores that do not ship stayed light grey, brighter than those warehouses. Every node that does not
     * ship is now muted: still 3:1 on the land, but the nodes that ship stand out at least half as much again.
     */
    @Test
    void underTheDarkThemeNodesThatDoNotShipAreMutedAndTheShippingNodesStandOut(FxRobot robot) throws Exception {
        openTheOrder(robot);
        theme(robot, "primer-dark");
        UsMapView map = robot.lookup("#usMap").queryAs(UsMapView.class);
        Color ground = (Color) ((Shape) map.lookup(".us-state")).getFill();
        List<Shape> idle = map.lookupAll(".node-symbol").stream().filter(n -> !n.getStyleClass().contains("ships"))
                .map(Shape.class::cast).toList();
        List<Shape> shipping = map.lookupAll(".ships").stream().map(Shape.class::cast).toList();
        assertThat(idle).as("nodes on the map that do not ship the order").isNotEmpty();
        assertThat(idle).as("a warehouse and a store among them").anyMatch(n -> n.getStyleClass().contains("node-dc"))
                .anyMatch(n -> n.getStyleClass().contains("node-store"));
        assertThat(shipping).as("nodes that ship it").isNotEmpty();
        double strongestIdle = 0;
        for (Shape n : idle) {
            Color fill = (Color) n.getFill();
            assertThat(luminance(fill)).as("%s is not drawn near white (%s)", n.getId(), fill).isLessThan(0.4);
            assertThat(ratio(fill, ground)).as("%s still reads on the land (%s)", n.getId(), fill).isGreaterThanOrEqualTo(3);
            strongestIdle = Math.max(strongestIdle, ratio(fill, ground));
        }
        for (Shape n : shipping) {
            assertThat(ratio((Color) n.getFill(), ground)).as("%s ships the order: it stands out more", n.getId())
                    .isGreaterThanOrEqualTo(1.5 * strongestIdle);
        }
    }

    /** At 1366 px the map had ~230 px between the queue and the plan: it now has the queue's column, below it. */
    @Test
    void theMapHasTheWidthOfTheQueuesColumnAt1366(FxRobot robot) throws Exception {
        openTheOrder(robot);
        UsMapView map = robot.lookup("#usMap").queryAs(UsMapView.class);
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        assertThat(map.getWidth()).as("map width at 1366 px").isGreaterThanOrEqualTo(440);
        assertThat(map.getWidth()).as("as wide as the queue's column").isGreaterThanOrEqualTo(queue.getWidth() - 2);
        // tall enough for the country at that width (960 x 500 drawn at 96 %), the queue above it keeps rows to choose from
        assertThat(map.getHeight()).as("map height").isGreaterThanOrEqualTo(map.getWidth() * 500 / 960 * 0.96);
        assertThat(queue.getHeight()).as("queue height").isGreaterThanOrEqualTo(250);
        // the wider queue shows who the order is for (at 170 px the customer waited for more room, ~150 px stayed empty)
        assertThat(queue.getVisibleLeafColumns()).as("queue width " + queue.getWidth()).extracting(c -> c.getText())
                .startsWith("Order", "Routing", "Status", "Customer");
    }
}
