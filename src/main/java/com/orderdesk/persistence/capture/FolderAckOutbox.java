package com.orderdesk.persistence.capture;

import com.orderdesk.application.capture.AckOutbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes acknowledgments into the outbox folder: to a hidden part file first, then renamed, so a sender never picks up half a file. */
public final class FolderAckOutbox implements AckOutbox {
    @Override
    public void send(Path folder, String fileName, String content) {
        try {
            Files.createDirectories(folder);
            Path part = folder.resolve("." + fileName + ".part");
            Files.writeString(part, content, StandardCharsets.US_ASCII);
            Files.move(part, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + fileName + " to the outbox " + folder + ": " + e.getMessage(), e);
        }
    }
}
