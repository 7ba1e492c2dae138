package com.orderdesk.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the services once, then shows the main window. */
public final class OrderDeskApp extends Application {
    private static volatile Path requestedDb;

    static void launchWith(Path db) {
        requestedDb = db;
        Application.launch(OrderDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Order Desk");
        stage.setScene(new Scene(new Label("Order Desk"), 1280, 800));
        stage.show();
    }
}
