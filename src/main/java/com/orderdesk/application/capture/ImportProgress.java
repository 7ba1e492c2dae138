package com.orderdesk.application.capture;

/** How a long import reports and is stopped: the screen's task binds its progress bar and Cancel to it. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** Checked between messages: a message already begun is finished, the rest are left for later. */
    default boolean cancelled() {
        return false;
    }

    default void done(int messagesDone, int messagesInAll) {
    }
}
