package com.orderdesk.gui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen by convention (afterburner.fx style): for a controller class
 * {@code com.orderdesk.gui.order.OrderEntryController} the view is {@code OrderEntry.fxml} in the
 * same package, with the message bundle as its resources ({@code %key} in the FXML) and
 * {@code OrderEntry.css} added to the root when it exists.
 *
 * <p>The controller is built by the caller with its dependencies (constructor injection) and
 * handed in; the FXML must name the controller class in {@code fx:controller}.
 *
 * <pre>{@code
 * OrderEntryController controller = new OrderEntryController(orderService, dialogs, taskRunner, status);
 * Parent root = Views.load(controller);
 * }</pre>
 */
public final class Views {
    private Views() {
    }

    /** Loads the view that belongs to {@code controller} and binds it to that instance. */
    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        String base = type.getSimpleName().replaceFirst("Controller$", "");
        URL fxml = type.getResource(base + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No " + base + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(controller)) {
                throw new IllegalStateException(base + ".fxml asks for controller " + requested.getName()
                        + " but was given " + type.getName());
            }
            return controller;
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
        if (loader.getController() != controller) {
            throw new IllegalStateException(base + ".fxml must declare fx:controller=\"" + type.getName() + "\"");
        }
        URL css = type.getResource(base + ".css");
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        return root;
    }
}
