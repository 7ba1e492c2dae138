package com.orderdesk.gui.archfixture;

/** Breaks the rules on purpose, for ArchitectureRulesTest: a screen that goes around the use cases, and uses AWT unmarked. */
public final class ScreenReachingStorage {
    public Object session() {
        return com.orderdesk.persistence.CurrentSession.get();
    }

    public Object image() {
        return new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    }
}
