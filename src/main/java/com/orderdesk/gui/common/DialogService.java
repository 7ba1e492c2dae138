package com.orderdesk.gui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog a screen may need, behind an interface so that view models and controllers can be
 * tested with a scripted fake and the wording stays consistent (see src/site/markdown/ux.md, "Feedback").
 *
 * <p>Success is quiet: do not use {@link #info} for "saved"; put that in the status bar
 * ({@code StatusBarModel#showMessage}). Use {@link #error} only for errors that stop work.
 */
public interface DialogService {

    /** A short piece of information that needs acknowledging. */
    void info(String title, String message);

    /**
     * An error that stopped the user's work, in three parts, each a sentence.
     *
     * @param whatHappened e.g. "Order SO-104233 could not be saved: another desk changed it."
     * @param whatWasKept  e.g. "Everything you typed is still on the screen."
     * @param whatToDo     e.g. "Reload the order to see the other changes, then save again."
     */
    void error(String whatHappened, String whatWasKept, String whatToDo);

    /** As {@link #error(String, String, String)}, with technical detail on an expandable pane. */
    void error(String whatHappened, String whatWasKept, String whatToDo, Throwable detail);

    /**
     * Asks once before a destructive or irreversible action, naming the document.
     *
     * @param action   the verb phrase on the button, e.g. "Cancel order"
     * @param document the document's name, e.g. "order SO-104233"
     * @param consequence one sentence on what cannot be undone
     * @return true when the user confirmed
     */
    boolean confirm(String action, String document, String consequence);

    /**
     * Asks once before a destructive action that needs a reason (it is kept in the audit trail),
     * naming the document; the action cannot be confirmed with a blank reason.
     *
     * @return the reason typed, or empty when the user went back
     */
    default Optional<String> askReason(String action, String document, String consequence) {
        return Optional.empty();
    }

    /**
     * Asks which statement of account to print: open items (today's) or the activity of a period; empty
     * when cancelled. A dialog service that cannot ask answers today's open items, the statement as it was.
     */
    default Optional<StatementChoice> chooseStatement(String title, java.time.LocalDate today) {
        return Optional.of(StatementChoice.openItems(today));
    }

    /** Lets the user pick a folder; empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /**
     * Lets the user pick an existing file to open; empty when cancelled.
     *
     * @param filterName  e.g. "Bank files"
     * @param extensions  e.g. "*.csv", "*.xml"
     */
    Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions);

    /** Lets the user pick several existing files at once; empty when cancelled. */
    default java.util.List<Path> chooseFilesToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        return chooseFileToOpen(title, initialFolder, filterName, extensions).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Lets the user pick where to save a file; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName,
                                    String filterName, String... extensions);
}
