package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.gui.common.BatchTask;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes message files into the inbox off the FX thread, telling its progress. A {@link BatchTask}:
 * Cancel (or Esc) stops after the message in hand (never interrupting it inside its write), and
 * the task ends with what was read, so the screen says "Read 3 of 12 messages; cancelled". While it
 * runs the bar names the message begun ("Reading message 4 of 12"), as the use case tells it before each.
 */
final class ImportTask extends BatchTask<ImportSummary> {
    private final InboxDeskServices services;
    private final List<Path> files;

    ImportTask(InboxDeskServices services, List<Path> files) {
        this.services = services;
        this.files = files;
        setStoppingText("Cancelling after the message in hand\u2026");
    }

    @Override
    protected ImportSummary call() {
        updateMessage(InboxText.reading(files.size()));
        return services.take(files, progress(InboxText::readingMessage));
    }
}
