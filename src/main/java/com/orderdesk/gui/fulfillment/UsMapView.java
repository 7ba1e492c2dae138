package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.geo.AlbersUsaProjection;
import com.orderdesk.logic.geo.ProjectedPoint;
import com.orderdesk.logic.geo.StateOutline;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * A map of the United States drawn by JavaFX from the shipped state outlines (Albers USA with the
 * Alaska and Hawaii insets; no network). Drag pans, the wheel zooms about the pointer, + and -
 * zoom about the centre, 0 fits. States are one scaled group; markers are re-placed in screen
 * space on every change so symbols, lines and labels keep their size at any zoom. Its colours (sea,
 * land, symbols by kind, one per shipment) come from Fulfillment.css, one set per theme.
 */
public final class UsMapView extends Region {
    static final double WORLD_W = AlbersUsaProjection.DEFAULT_WIDTH;
    static final double WORLD_H = AlbersUsaProjection.DEFAULT_HEIGHT;
    private static final double MIN_ZOOM = 0.3;
    private static final double MAX_ZOOM = 40;

    private final AlbersUsaProjection projection = new AlbersUsaProjection();
    private final Group states = new Group();
    private final Pane overlay = new Pane();
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final List<Path> statePaths = new ArrayList<>();
    private MapMarkers markers = MapMarkers.EMPTY;
    private boolean userMoved;
    private double fittedWidth = -1;
    private double fittedHeight = -1;
    private double dragX;
    private double dragY;

    public UsMapView(StateOutlines outlines) {
        getStyleClass().add("us-map");
        setFocusTraversable(true);
        setMinSize(200, 150);
        states.getTransforms().setAll(pan, scale);
        for (StateOutline state : outlines.all()) {
            Path path = statePath(state);
            Tooltip.install(path, new Tooltip(state.name()));
            statePaths.add(path);
            states.getChildren().add(path);
        }
        overlay.setPickOnBounds(false);
        getChildren().addAll(states, overlay);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            requestFocus();
        });
        setOnMouseDragged(e -> {
            panBy(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        });
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAbout(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2, e.getX(), e.getY());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS) {
                zoomIn();
            } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                zoomOut();
            } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
                fit();
            } else {
                return;
            }
            e.consume();
        });
    }

    private Path statePath(StateOutline state) {
        AlbersUsaProjection.Inset inset = AlbersUsaProjection.Inset.forState(state.code());
        Path path = new Path();
        for (StateOutline.Polygon polygon : state.polygons()) {
            for (List<GeoPoint> ring : polygon.rings()) {
                boolean first = true;
                for (GeoPoint p : ring) {
                    ProjectedPoint xy = projection.project(p, inset);
                    path.getElements().add(first ? new MoveTo(xy.x(), xy.y()) : new LineTo(xy.x(), xy.y()));
                    first = false;
                }
                path.getElements().add(new ClosePath());
            }
        }
        path.getStyleClass().add("us-state"); // land and borders: Fulfillment.css, per theme
        return path;
    }

    public void setMarkers(MapMarkers markers) {
        this.markers = markers;
        redrawMarkers();
    }

    public MapMarkers markers() {
        return markers;
    }

    public double zoom() {
        return scale.getX();
    }

    public void zoomIn() {
        zoomAbout(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAbout(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Shows the whole map (lower 48 and insets) in the view. */
    public void fit() {
        userMoved = false;
        fittedWidth = getWidth();
        fittedHeight = getHeight();
        applyFit();
    }

    /**
     * Frames the given places (the ship-to and its shipping nodes) with a margin, zooming in at most
     * {@code maxFactor} times the whole-country view so the rest of the network stays in context.
     */
    public void frame(java.util.List<GeoPoint> places, double maxFactor) {
        double w = getWidth();
        double h = getHeight();
        List<ProjectedPoint> pts = places.stream().filter(java.util.Objects::nonNull)
                .map(projection::project).flatMap(Optional::stream).toList();
        if (w <= 0 || h <= 0 || pts.isEmpty()) {
            return;
        }
        double minX = pts.stream().mapToDouble(ProjectedPoint::x).min().orElseThrow();
        double maxX = pts.stream().mapToDouble(ProjectedPoint::x).max().orElseThrow();
        double minY = pts.stream().mapToDouble(ProjectedPoint::y).min().orElseThrow();
        double maxY = pts.stream().mapToDouble(ProjectedPoint::y).max().orElseThrow();
        double fitZoom = Math.min(w / WORLD_W, h / WORLD_H) * 0.96;
        double margin = 60;
        double z = Math.min((w - 2 * margin) / Math.max(1, maxX - minX), (h - 2 * margin) / Math.max(1, maxY - minY));
        z = Math.max(fitZoom, Math.min(fitZoom * maxFactor, z));
        userMoved = true;
        pan.setX(w / 2 - (minX + maxX) / 2 * z);
        pan.setY(h / 2 - (minY + maxY) / 2 * z);
        setZoom(z);
    }

    void panBy(double dx, double dy) {
        userMoved = true;
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
        redrawMarkers();
    }

    void zoomAbout(double factor, double sx, double sy) {
        double old = scale.getX();
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        double f = z / old;
        userMoved = true;
        pan.setX(sx - (sx - pan.getX()) * f);
        pan.setY(sy - (sy - pan.getY()) * f);
        setZoom(z);
    }

    private void setZoom(double z) {
        scale.setX(z);
        scale.setY(z);
        for (Path p : statePaths) {
            p.setStrokeWidth(0.8 / z);
        }
        redrawMarkers();
    }

    private void applyFit() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double z = Math.min(w / WORLD_W, h / WORLD_H) * 0.96;
        pan.setX((w - WORLD_W * z) / 2);
        pan.setY((h - WORLD_H * z) / 2);
        setZoom(z);
    }

    @Override
    protected void layoutChildren() {
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
        // refit only when the size changed: redrawing markers asks for layout again, and must not loop
        if (!userMoved && (getWidth() != fittedWidth || getHeight() != fittedHeight)) {
            fittedWidth = getWidth();
            fittedHeight = getHeight();
            applyFit();
        }
    }

    /** Where a place lands on screen, empty outside the map's areas. */
    Optional<Point2D> toScreen(GeoPoint p) {
        if (p == null) {
            return Optional.empty();
        }
        return projection.project(p).map(xy -> new Point2D(pan.getX() + xy.x() * scale.getX(), pan.getY() + xy.y() * scale.getY()));
    }

    private void redrawMarkers() {
        List<Node> shapes = new ArrayList<>();
        Optional<Point2D> shipTo = toScreen(markers.shipTo());
        List<LabelPlacer.Box> obstacles = new ArrayList<>();
        List<PendingLabel> nodeLabels = new ArrayList<>();
        List<PendingLabel> routeLabels = new ArrayList<>();
        for (MapMarkers.Route r : markers.routes()) {
            Optional<Point2D> from = toScreen(r.from());
            if (from.isEmpty() || shipTo.isEmpty()) {
                continue;
            }
            Point2D a = from.get();
            Point2D b = shipTo.get();
            Line line = new Line(a.getX(), a.getY(), b.getX(), b.getY());
            line.setStrokeWidth(3);
            line.getStyleClass().addAll("route-line", MapMarkers.colorClass(r.colorIndex()));
            line.setMouseTransparent(true);
            shapes.add(line);
            Label cost = new Label(r.label());
            cost.getStyleClass().addAll("route-label", MapMarkers.colorClass(r.colorIndex()));
            cost.setMouseTransparent(true);
            routeLabels.add(new PendingLabel(cost, (w, h) -> LabelPlacer.alongRoute(a.getX(), a.getY(), b.getX(), b.getY(), w, h)));
        }
        for (MapMarkers.Node n : markers.nodes()) {
            toScreen(n.location()).ifPresent(at -> {
                Shape symbol = symbol(n, at);
                Tooltip tip = new Tooltip(n.hover());
                tip.setShowDelay(Duration.millis(150));
                Tooltip.install(symbol, tip);
                symbol.setId("node-" + n.code());
                shapes.add(symbol);
                if (n.ships()) {
                    obstacles.add(new LabelPlacer.Box(at.getX() - 9, at.getY() - 9, 18, 18));
                    Label code = new Label(n.code());
                    code.getStyleClass().add("node-label");
                    code.setMouseTransparent(true);
                    nodeLabels.add(new PendingLabel(code, (w, h) -> LabelPlacer.besideNode(at.getX(), at.getY(), 9, w, h)));
                }
            });
        }
        shipTo.ifPresent(at -> {
            Polygon pin = new Polygon(at.getX(), at.getY() - 11, at.getX() + 9, at.getY(), at.getX(), at.getY() + 11,
                    at.getX() - 9, at.getY());
            pin.getStyleClass().add("ship-to-pin");
            pin.setStrokeWidth(2);
            pin.setId("ship-to");
            Tooltip.install(pin, new Tooltip("Ship to: " + markers.shipToLabel()));
            shapes.add(pin);
            obstacles.add(new LabelPlacer.Box(at.getX() - 10, at.getY() - 12, 20, 24));
        });
        overlay.getChildren().setAll(shapes);
        LabelPlacer placer = new LabelPlacer(getWidth(), getHeight(), obstacles);
        // node codes first: they have few good places; a route label can move along its line
        for (PendingLabel p : nodeLabels) {
            place(p, placer);
        }
        for (PendingLabel p : routeLabels) {
            place(p, placer);
        }
    }

    /** A label and the places it may take, given its size. */
    private record PendingLabel(Label label, java.util.function.BiFunction<Double, Double, List<LabelPlacer.Box>> places) {
    }

    private void place(PendingLabel p, LabelPlacer placer) {
        overlay.getChildren().add(p.label());
        // the label's size is known once its style is applied (the map is in a scene when it draws)
        p.label().applyCss();
        double w = p.label().prefWidth(-1);
        double h = p.label().prefHeight(w);
        LabelPlacer.Box at = placer.place(p.places().apply(w, h));
        p.label().relocate(at.x(), at.y());
    }

    private static Shape symbol(MapMarkers.Node n, Point2D at) {
        double r = n.ships() ? 8 : 5.5;
        Shape s = switch (n.type()) {
            case DC -> new Rectangle(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            case STORE -> new Circle(at.getX(), at.getY(), r);
            case SUPPLIER -> new Polygon(at.getX(), at.getY() - r * 1.2, at.getX() + r * 1.1, at.getY() + r * 0.9,
                    at.getX() - r * 1.1, at.getY() + r * 0.9);
        };
        // colours by kind, and the ring of a node that ships, are the stylesheet's (one set per theme)
        s.getStyleClass().addAll("node-symbol", "node-" + n.type().name().toLowerCase(java.util.Locale.ROOT));
        if (n.ships()) {
            s.getStyleClass().add("ships");
        }
        s.setStrokeWidth(2);
        return s;
    }
}
