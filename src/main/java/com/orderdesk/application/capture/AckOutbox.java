package com.orderdesk.application.capture;

import java.nio.file.Path;

/** Where X12 acknowledgments go: a file in the outbox folder (a port: the file system adapter writes it). */
public interface AckOutbox {
    /** Writes {@code content} as {@code fileName} in {@code folder} (made when missing), whole or not at all. */
    void send(Path folder, String fileName, String content);
}
