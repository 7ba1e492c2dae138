package com.orderdesk.gui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scripted {@link DialogService}: records what would have been shown, answers confirms and file choices as told. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirms = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** What "open a file" answers; empty when null (the user cancelled). */
    public Path fileToOpen;
    /** What "open several files" answers; empty: the person cancels. */
    public List<Path> filesToOpen = List.of();
    /** What "save as" answers; null: the person cancels. */
    public Path fileToSave;
    /** The folder the user picks when asked (null: the user cancels). */
    public Path folder;
    /** What "ask for a reason" answers; empty when null (the user went back). */
    public String reasonAnswer;
    public final List<String> reasonsAsked = new ArrayList<>();
    /** What "which statement" answers (null: the person cancels); today's open items unless told. */
    public StatementChoice statementChoice;
    public final List<String> statementsAsked = new ArrayList<>();

    @Override
    public Optional<StatementChoice> chooseStatement(String title, java.time.LocalDate today) {
        statementsAsked.add(title);
        if (cancelStatement) {
            return Optional.empty();
        }
        return Optional.of(statementChoice == null ? StatementChoice.openItems(today) : statementChoice);
    }

    /** True: the person cancels the "which statement" question. */
    public boolean cancelStatement;

    @Override
    public void info(String title, String message) {
    }

    @Override
    public void error(String whatHappened, String whatWasKept, String whatToDo) {
        errors.add(whatHappened + " | " + whatWasKept + " | " + whatToDo);
    }

    @Override
    public void error(String whatHappened, String whatWasKept, String whatToDo, Throwable detail) {
        error(whatHappened, whatWasKept, whatToDo);
    }

    @Override
    public boolean confirm(String action, String document, String consequence) {
        confirms.add(action + ": " + document);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askReason(String action, String document, String consequence) {
        reasonsAsked.add(action + ": " + document);
        return Optional.ofNullable(reasonAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, String filterName,
                                           String... extensions) {
        return Optional.ofNullable(fileToSave);
    }
}
