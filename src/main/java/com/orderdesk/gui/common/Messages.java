package com.orderdesk.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message bundle of the GUI ({@code com/orderdesk/gui/messages.properties}). FXML files
 * reach it as {@code %key} (pass {@link #bundle()} to the loader, {@link Views} does); Java code
 * calls {@link #get(String, Object...)} with the key as a string literal, so that
 * {@code MessageBundleTest} can find missing and unused keys.
 *
 * <p>This is read-only, locale-keyed text, not a service: a static accessor is the usual choice
 * (JabRef's {@code Localization.lang}).
 */
public final class Messages {
    /** Base name for {@link ResourceBundle#getBundle(String)}. */
    public static final String BUNDLE = "com.orderdesk.gui.messages";

    private Messages() {
    }

    /** The bundle for the default locale, e.g. for {@code FXMLLoader#setResources}. */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}... replaced by {@code args}
     * ({@link MessageFormat} rules: double a single quote to keep it). A missing key comes back as
     * {@code !key!} so that it shows on screen instead of failing the action.
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
