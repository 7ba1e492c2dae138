package com.orderdesk.logic.assets;

/**
 * A shipped or supplied data file is missing or does not have the expected content. The message
 * always names the file, and the line when there is one, so the fix is obvious.
 */
public class AssetFormatException extends RuntimeException {
    public AssetFormatException(String message) {
        super(message);
    }

    public AssetFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public static AssetFormatException at(String source, long line, String problem) {
        return new AssetFormatException(source + " line " + line + ": " + problem);
    }
}
