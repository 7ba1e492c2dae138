package com.orderdesk.logic.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the words a person uses: "permission denied", "is a
 * folder", "does not exist", "not UTF-8 text". The one place every reader and command asks, because
 * java.nio's exceptions carry only the path as their message: an unreadable customers.csv said
 * "cannot read: /data/customers.csv", naming the file twice and the cause never.
 */
public final class FileTrouble {
    private FileTrouble() {
    }

    /** The cause of a failed read or write of {@code file}, without the path (the caller names the file). */
    public static String why(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of its path is a file, not a folder";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (file != null && Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            // "Is a directory", "No space left on device", "Read-only file system": the system's own words
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() || (file != null && message.equals(file.toString()))
                ? "cannot be read or written (" + e.getClass().getSimpleName() + ")" : message;
    }

    /** The same for a read that failed inside a stream (the cause, when it is an I/O exception). */
    public static String why(Path file, UncheckedIOException e) {
        return why(file, e.getCause());
    }

    /**
     * Why {@code file} cannot be read, found before opening it, or null when it looks readable
     * (the read may still fail; {@link #why} names that cause).
     */
    public static String unreadable(Path file) {
        if (Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        if (!Files.exists(file)) {
            return "does not exist";
        }
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        return null;
    }

    /**
     * Why a file cannot be written at {@code out}, found before any work, or null when it can be:
     * a folder (the sentence suggests {@code exampleName} inside it), a folder that does not exist, a
     * folder or file this user may not write.
     */
    public static String unwritable(Path out, String exampleName) {
        if (Files.isDirectory(out)) {
            return out + " is a folder; name the file to write (for example " + out.resolve(exampleName) + ")";
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            return dir + " is a file, not a folder";
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return "folder " + dir + " does not exist";
        }
        if (!Files.isWritable(dir)) {
            return "permission denied: this user may not write in folder " + dir;
        }
        if (Files.exists(out) && !Files.isWritable(out)) {
            return "permission denied: this user may not replace " + out;
        }
        return null;
    }

    /**
     * Why files cannot be written into the folder {@code dir} (made when missing), found before any
     * work, or null when they can: a file in its place, or a folder this user may not write in.
     */
    public static String unwritableFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return dir + " is a file; give a folder";
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return "folder " + dir + " cannot be made: " + existing + " is a file";
        }
        if (!Files.isWritable(existing)) {
            return "permission denied: this user may not write in folder " + existing;
        }
        return null;
    }
}
