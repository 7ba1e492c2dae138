package com.orderdesk.gui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desk's window size: at least the size its screens are laid out for (1366 x 840), but never
 * larger than the screen it is on. A 1366 x 768 laptop is common at order desks; a window taller
 * than its screen hides the status bar and the buttons at the bottom of each screen.
 */
public final class WindowFit {
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 840;

    private WindowFit() {
    }

    /** The window's bounds for a window now {@code current}, on a screen whose usable area is {@code screen}. */
    public static Rectangle2D fit(Rectangle2D current, Rectangle2D screen) {
        double width = Math.min(Math.max(current.getWidth(), WIDTH), screen.getWidth());
        double height = Math.min(Math.max(current.getHeight(), HEIGHT), screen.getHeight());
        // keep the window where it is, moved back inside the screen where it would stick out
        double x = Math.max(screen.getMinX(), Math.min(current.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(current.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /** Sizes {@code stage} by {@link #fit} on the screen that holds most of it. */
    public static void apply(Stage stage) {
        Rectangle2D current = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        Rectangle2D screen = Screen.getScreensForRectangle(current).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        Rectangle2D fitted = fit(current, screen);
        stage.setX(fitted.getMinX());
        stage.setY(fitted.getMinY());
        stage.setWidth(fitted.getWidth());
        stage.setHeight(fitted.getHeight());
    }
}
