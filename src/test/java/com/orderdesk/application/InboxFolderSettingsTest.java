package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxUseCases.Folders;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's drop folder and outbox as an administrator sets them: checked, stored, audited (issue 12). */
class InboxFolderSettingsTest {
    @TempDir
    Path dir;
    private TestBook book;
    private AppServices services;

    @BeforeEach
    void book() {
        book = TestBook.create(dir);
        services = book.services();
        InboxMessages.prepare(book, dir.resolve("outbox"));
    }

    private String audit() {
        return book.db.read(s -> s.createNativeQuery("SELECT before_value || ' -> ' || after_value || '|' || COALESCE(reason, '')"
                + " FROM audit_entry WHERE action = 'INBOX_SETTINGS_CHANGE'", String.class).getResultList().stream()
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @Test
    void anAdministratorMovesTheDropFolderAndTheChangeIsStoredAndAudited() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("shared/orders-in"));
        Path outbox = Files.createDirectories(dir.resolve("outbox"));

        boolean changed = services.inbox().settings().change(book.admin(), new Folders(drop, outbox), "orders now arrive on the share");

        assertThat(changed).isTrue();
        assertThat(services.inbox().folders(book.clerk()).dropFolder()).isEqualTo(drop.toAbsolutePath().normalize());
        assertThat(services.inbox().folders(book.clerk()).outbox()).isEqualTo(outbox.toAbsolutePath().normalize());
        assertThat(audit()).contains("\"inbox.dropFolder\":\"" + drop.toAbsolutePath().normalize() + "\"")
                .doesNotContain("inbox.outboxFolder").endsWith("|orders now arrive on the share");
        assertThat(services.inbox().settings().change(book.admin(), new Folders(drop, outbox), null))
                .as("the same folders again change nothing").isFalse();
        assertThat(audit().lines()).hasSize(1);
    }

    @Test
    void aFolderThatIsMissingAFileOrTheOutboxItselfIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), "x");
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        Folders before = services.inbox().folders(book.clerk());

        assertThatThrownBy(() -> services.inbox().settings().change(book.admin(), new Folders(dir.resolve("nowhere"), file), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Drop folder: " + dir.resolve("nowhere") + " does not exist")
                .hasMessageContaining("Outbox folder: " + file + " is a file, not a folder");
        assertThatThrownBy(() -> services.inbox().settings().change(book.admin(), new Folders(outbox, outbox), null))
                .hasMessageContaining("the same folder");
        assertThat(services.inbox().folders(book.clerk())).isEqualTo(before);
        assertThat(audit()).isEmpty();
    }

    @Test
    void onlyAdministratorsSetTheFolders() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("elsewhere"));
        Folders before = services.inbox().folders(book.clerk());
        UseCaseRefusals.refusedAndNothingChanged(book, "change application settings",
                () -> services.inbox().settings().change(book.clerk(), new Folders(drop, before.outbox()), null));
        assertThat(services.inbox().folders(book.clerk())).isEqualTo(before);
    }
}
