package com.orderdesk.gui.common;

/** Test controller whose FXML forgot fx:controller. */
public class NoControllerController {
}
