package com.orderdesk.gui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Test controller for {@link ViewsTest}: built by the test with a constructor argument. */
public class SampleController {
    final String greeting;
    @FXML Label title;
    boolean initialized;

    public SampleController(String greeting) {
        this.greeting = greeting;
    }

    @FXML
    void initialize() {
        initialized = true;
    }
}
