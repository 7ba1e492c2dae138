package com.orderdesk.logic.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cause of a failed read or write in words. The JDK gives an unreadable file an
 * AccessDeniedException whose message is the path alone, so "cannot read: " + getMessage() said
 * "cannot read: /data/customers.csv". Tests run as root here, which reads a chmod 000 file, so the
 * exceptions are made as the JDK makes them; the whole command was seen refused as user nobody.
 */
class FileTroubleTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableFileSaysPermissionDeniedNotItsPath() {
        Path file = dir.resolve("customers.csv");
        assertThat(FileTrouble.why(file, new AccessDeniedException(file.toString()))).isEqualTo("permission denied");
    }

    @Test
    void aMissingFileAFolderAndBinaryTextAreNamed() throws IOException {
        Path missing = dir.resolve("gone.csv");
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertThat(FileTrouble.why(missing, new NoSuchFileException(missing.toString()))).isEqualTo("does not exist");
        assertThat(FileTrouble.why(folder, new FileSystemException(folder.toString(), null, "Is a directory")))
                .isEqualTo("is a folder, not a file");
        assertThat(FileTrouble.why(missing, new MalformedInputException(1))).isEqualTo("not UTF-8 text");
        assertThat(FileTrouble.why(missing, new FileSystemException(missing.toString(), null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(FileTrouble.why(missing, new IOException(missing.toString()))).doesNotContain(missing.toString());
    }

    @Test
    void beforeReadingAFolderAndAMissingFileAreNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("in"));
        Path file = Files.writeString(dir.resolve("ok.csv"), "a\n");
        assertThat(FileTrouble.unreadable(folder)).isEqualTo("is a folder, not a file");
        assertThat(FileTrouble.unreadable(dir.resolve("none.csv"))).isEqualTo("does not exist");
        assertThat(FileTrouble.unreadable(file)).isNull();
    }

    @Test
    void beforeWritingAFolderAMissingFolderAndAFileInPlaceOfAFolderAreRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(FileTrouble.unwritable(folder, "a.csv")).isEqualTo(folder + " is a folder; name the file to write (for example "
                + folder.resolve("a.csv") + ")");
        assertThat(FileTrouble.unwritable(dir.resolve("no/such/a.csv"), "a.csv")).isEqualTo("folder " + dir.resolve("no/such")
                + " does not exist");
        assertThat(FileTrouble.unwritable(file.resolve("a.csv"), "a.csv")).isEqualTo(file + " is a file, not a folder");
        assertThat(FileTrouble.unwritable(dir.resolve("a.csv"), "a.csv")).isNull();
        assertThat(FileTrouble.unwritableFolder(file)).isEqualTo(file + " is a file; give a folder");
        assertThat(FileTrouble.unwritableFolder(file.resolve("pdfs"))).isEqualTo("folder " + file.resolve("pdfs")
                + " cannot be made: " + file + " is a file");
        assertThat(FileTrouble.unwritableFolder(dir.resolve("new/pdfs"))).isNull();
    }
}
