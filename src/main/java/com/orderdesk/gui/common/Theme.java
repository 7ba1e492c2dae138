package com.orderdesk.gui.common;

import java.net.URL;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * The look: AtlantaFX Primer Light, or Primer Dark when {@link #darkProperty()} is set, plus the
 * one application stylesheet {@code com/orderdesk/gui/app.css}. The choice is remembered in
 * {@link Preferences} (key {@code theme.dark}).
 *
 * <p>The themes are taken as stylesheets from the AtlantaFX jar rather than through its
 * {@code PrimerLight} class: atlantafx-base 2.1.0 is compiled for Java 21, so none of its classes
 * load on our Java 17 runtime, while its CSS works with JavaFX 21. (Do not import
 * {@code atlantafx.*} classes; use the style class names, e.g. {@code "accent"}, {@code "flat"}.)
 */
public final class Theme {
    /** The application stylesheet every scene gets. */
    public static final String APP_CSS = "/com/orderdesk/gui/app.css";
    static final String LIGHT_CSS = "/atlantafx/base/theme/primer-light.css";
    static final String DARK_CSS = "/atlantafx/base/theme/primer-dark.css";
    private static final String DARK_KEY = "theme.dark";

    private final Preferences prefs;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** A theme whose choice is stored in {@code prefs} (tests pass a throwaway node). */
    public Theme(Preferences prefs) {
        this.prefs = Objects.requireNonNull(prefs, "prefs");
        dark.set(prefs.getBoolean(DARK_KEY, false));
        dark.addListener((obs, was, now) -> {
            prefs.putBoolean(DARK_KEY, now);
            applyUserAgentStylesheet();
        });
    }

    /** The user's theme preference. */
    public static Theme forUser() {
        return new Theme(Preferences.userRoot().node("com/orderdesk/gui"));
    }

    /** Sets the AtlantaFX base theme for the whole application (call once on the FX thread). */
    public void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(atlantafxStylesheet(dark.get() ? DARK_CSS : LIGHT_CSS));
    }

    /**
     * The URL of a Primer stylesheet. The build copies them out of the AtlantaFX jar into our
     * classes (pom: unpack-atlantafx-theme), because {@code mvn javafx:run} leaves that jar off
     * the class path; from the jar itself they are found the same way.
     */
    static String atlantafxStylesheet(String path) {
        URL url = Theme.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("AtlantaFX stylesheet " + path + " is missing from the class path");
        }
        return url.toExternalForm();
    }

    /**
     * Adds the application stylesheet to {@code scene} (dialogs' scenes too, if they need it), and the
     * keys every list of the app shares ({@link ListKeys}): every window of the app is styled here.
     */
    public static void style(Scene scene) {
        String css = Objects.requireNonNull(Theme.class.getResource(APP_CSS), APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        ListKeys.install(scene);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setDark(boolean value) {
        dark.set(value);
    }
}
