package com.orderdesk.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log file that cannot be opened (its folder belongs to another user, say after one run with
 * sudo, or is not a folder) costs the log, never the terminal: logback printed some 80 lines of its
 * own status with a FileNotFoundException's stack trace before the command's answer. Run as the
 * jar runs (a new JVM through the Launcher), since logback starts once per JVM.
 */
class UnwritableLogTest {
    @TempDir
    Path dir;

    @Test
    void aLogFolderThatCannotBeWrittenPrintsNoStackTrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the log folder should be");
        Path output = dir.resolve("output.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorderdesk.logdir=" + notAFolder, "-Dlogback.configurationFile=" + shippedLogConfiguration(), Launcher.class.getName(), "--version"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String said = Files.readString(output);

        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).as(said).doesNotContain("\tat ", "Exception", "logback");
        assertThat(said.lines().toList()).as(said).isNotEmpty().hasSizeLessThan(4);
    }

    /** The jar's logback.xml (the test class path puts logback-test.xml first). */
    private static String shippedLogConfiguration() throws Exception {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("logback.xml").toString();
    }
}
