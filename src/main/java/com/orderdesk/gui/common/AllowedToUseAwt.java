package com.orderdesk.gui.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a screen class that uses AWT although screens otherwise do not (ArchitectureTest enforces
 * it): the report renderer draws pages as AWT images, and only this class turns them into JavaFX
 * images for the preview and the printer. Say why in {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseAwt {
    String value();
}
