package com.orderdesk.application.company;

import java.util.Objects;

/** What a save does to the logo: keep it, go back to Order Desk's own, or store new bytes. */
public record LogoChange(Kind kind, byte[] bytes) {
    public enum Kind { KEEP, USE_DEFAULT, REPLACE }

    public static final LogoChange KEEP = new LogoChange(Kind.KEEP, null);
    public static final LogoChange USE_DEFAULT = new LogoChange(Kind.USE_DEFAULT, null);

    public LogoChange {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.REPLACE) != (bytes != null)) {
            throw new IllegalArgumentException("Bytes exactly when the logo is replaced.");
        }
        bytes = bytes == null ? null : bytes.clone();
    }

    public static LogoChange replace(byte[] bytes) {
        return new LogoChange(Kind.REPLACE, bytes);
    }
}
