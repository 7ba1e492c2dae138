package com.orderdesk.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Order Desk keeps its files by default: the platform's per-user data folder
 * (XDG data dir on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS).
 */
public final class DataLocation {
    private static final String APP_DIR = "OrderDesk";

    private DataLocation() {
    }

    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve(APP_DIR);
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support").resolve(APP_DIR);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("orderdesk");
    }

    public static Path defaultDatabase() {
        return dataFolder().resolve("orderdesk.db");
    }
}
