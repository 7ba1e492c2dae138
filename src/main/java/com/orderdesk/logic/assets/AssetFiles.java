package com.orderdesk.logic.assets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Opens the data files the application ships under {@code assets/}, which the build puts on the
 * class path as {@code /assets/...}. Files whose name ends in {@code .gz} are decompressed.
 */
public final class AssetFiles {
    private AssetFiles() {
    }

    /**
     * Opens a shipped asset, for example {@code "tax/us-state-sales-tax.csv"}.
     *
     * @throws AssetFormatException when the file is not on the class path (a broken build)
     */
    public static InputStream open(String relativePath) {
        String resource = "/assets/" + relativePath;
        InputStream in = AssetFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new AssetFormatException("shipped data file " + displayName(relativePath)
                    + " is missing from the class path (expected at " + resource + ")");
        }
        try {
            return relativePath.endsWith(".gz") ? new GZIPInputStream(new BufferedInputStream(in), 1 << 16) : in;
        } catch (IOException e) {
            throw new AssetFormatException(displayName(relativePath) + ": not a gzip file: " + e.getMessage(), e);
        }
    }

    /** Opens a shipped asset as UTF-8 text. */
    public static Reader openText(String relativePath) {
        return new InputStreamReader(open(relativePath), StandardCharsets.UTF_8);
    }

    /** The name used in messages: the path as a contributor sees it in the source tree. */
    public static String displayName(String relativePath) {
        return "assets/" + relativePath;
    }

    static UncheckedIOException unreadable(String source, IOException e) {
        return new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
}
