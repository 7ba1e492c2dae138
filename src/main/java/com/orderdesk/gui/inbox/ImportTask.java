package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.ImportProgress;
import com.orderdesk.application.capture.ImportSummary;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;

/** Takes message files into the inbox off the FX thread, telling its progress and stopping on Cancel. */
final class ImportTask extends Task<ImportSummary> {
    private final InboxDeskServices services;
    private final List<Path> files;

    ImportTask(InboxDeskServices services, List<Path> files) {
        this.services = services;
        this.files = files;
    }

    @Override
    protected ImportSummary call() {
        updateMessage(InboxText.reading(files.size()));
        return services.take(files, new ImportProgress() {
            @Override
            public boolean cancelled() {
                return isCancelled();
            }

            @Override
            public void done(int messagesDone, int messagesInAll) {
                updateProgress(messagesDone, messagesInAll);
                updateMessage("Read " + messagesDone + " of " + messagesInAll);
            }
        });
    }
}
