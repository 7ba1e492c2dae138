package com.orderdesk.application.capture;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inbox's two folders as administrators set them: the drop folder read for messages and the
 * outbox the X12 acknowledgments are written to (company settings {@code inbox.dropFolder},
 * {@code inbox.outboxFolder}). A change is checked against the file system of the desk that makes
 * it, stored, and audited with before and after; the drop folder's watch reads the setting at every
 * look, so the new folder is read from its next look on, without a restart.
 */
public final class InboxFolderSettings {
    public static final String DOCUMENT_TYPE = "SETTINGS";
    public static final String DOCUMENT_ID = "inbox";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final InboxRepository repo;
    private final AuditRecorder audit;
    private final InboxUseCases inbox;

    InboxFolderSettings(UnitOfWork uow, AccessControl access, InboxRepository repo, AuditRecorder audit, InboxUseCases inbox) {
        this.uow = uow;
        this.access = access;
        this.repo = repo;
        this.audit = audit;
        this.inbox = inbox;
    }

    /** The folders in use now, as an administrator opens them. */
    public InboxUseCases.Folders current(SignedInUser admin) {
        access.require(admin, Permission.ADMIN_SETTINGS);
        return inbox.folders(admin);
    }

    /**
     * What is wrong with {@code folders}, one sentence each (empty when they can be used): each
     * must be a folder that exists and this desk may write to (files are taken from the drop folder
     * and written to the outbox), and they must differ, else the acknowledgments written to the
     * outbox would be read back as messages.
     */
    public static List<String> problems(InboxUseCases.Folders folders) {
        List<String> problems = new ArrayList<>();
        check("Drop folder", folders.dropFolder(), problems);
        check("Outbox folder", folders.outbox(), problems);
        if (folders.dropFolder() != null && folders.outbox() != null
                && normal(folders.dropFolder()).equals(normal(folders.outbox()))) {
            problems.add("The drop folder and the outbox are the same folder: the acknowledgments written there would be read"
                    + " back as messages. Choose two folders.");
        }
        return problems;
    }

    private static void check(String what, Path folder, List<String> problems) {
        if (folder == null || folder.toString().isBlank()) {
            problems.add(what + ": choose a folder.");
        } else if (!Files.exists(folder)) {
            problems.add(what + ": " + folder + " does not exist. Make it first, or choose another.");
        } else if (!Files.isDirectory(folder)) {
            problems.add(what + ": " + folder + " is a file, not a folder.");
        } else if (!Files.isWritable(folder)) {
            problems.add(what + ": this desk may not write to " + folder + ". Ask for write access, or choose another.");
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /**
     * Stores the folders and records the change in the audit trail. Returns false when nothing
     * changed; throws {@link IllegalArgumentException} with every problem when a folder cannot be used.
     *
     * @param reason why (optional; kept in the audit trail)
     */
    public boolean change(SignedInUser admin, InboxUseCases.Folders folders, String reason) {
        access.require(admin, Permission.ADMIN_SETTINGS);
        List<String> problems = problems(folders);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The inbox folders were not saved: " + String.join(" ", problems));
        }
        InboxUseCases.Folders was = inbox.folders(admin);
        Map<String, String> now = Map.of(InboxUseCases.DROP_FOLDER_SETTING, normal(folders.dropFolder()).toString(),
                InboxUseCases.OUTBOX_SETTING, normal(folders.outbox()).toString());
        Map<String, String> old = Map.of(InboxUseCases.DROP_FOLDER_SETTING, normal(was.dropFolder()).toString(),
                InboxUseCases.OUTBOX_SETTING, normal(was.outbox()).toString());
        return uow.write("Saving the inbox folders", () -> {
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            for (String key : List.of(InboxUseCases.DROP_FOLDER_SETTING, InboxUseCases.OUTBOX_SETTING)) {
                if (!Objects.equals(old.get(key), now.get(key))) {
                    before.put(key, repo.setting(key) == null ? old.get(key) + " (the default)" : old.get(key));
                    after.put(key, now.get(key));
                    repo.putSetting(key, now.get(key));
                }
            }
            if (after.isEmpty()) {
                return false;
            }
            AuditEvent event = AuditEvent.of(admin.userName(), AuditActions.INBOX_SETTINGS_CHANGE, DOCUMENT_TYPE, DOCUMENT_ID)
                    .withChange(AuditValues.json(before), AuditValues.json(after));
            audit.record(admin, reason == null || reason.isBlank() ? event : event.withReason(reason.strip()));
            return true;
        });
    }
}
