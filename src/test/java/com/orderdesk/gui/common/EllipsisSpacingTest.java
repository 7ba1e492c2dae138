package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A word the screens show while they work ends in its dots, with no space between: the sign-in read
 * "Checking ..." (tour of 7 December, arthur), the audit trail "Verifying the audit trail ...",
 * while the export said "Preparing the export…". Looks at the string literals of main code (comments
 * quote cut texts such as "Requested ..." and are left alone) and the bundle's and FXML's texts.
 */
class EllipsisSpacingTest {
    /** A string literal (escapes included). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Dots after a space that end the text (or the literal: "Opening " + name + " ..."). */
    private static final Pattern SPACED = Pattern.compile("\\s(\\.\\.\\.|\u2026)$");

    @Test
    void noShownTextHasASpaceBeforeItsDots() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = codeOf(lines.get(i));
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    if (SPACED.matcher(m.group(1)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        for (Path file : files(Path.of("src/main/resources"), ".properties")) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.strip().startsWith("#") && SPACED.matcher(line.strip()).find()) {
                    found.add(file.getFileName() + ": " + line.strip());
                }
            }
        }
        for (Path file : files(Path.of("src/main/resources"), ".fxml")) {
            Matcher m = Pattern.compile("(?:text|promptText)=\"([^\"]*)\"").matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (SPACED.matcher(m.group(1)).find()) {
                    found.add(file.getFileName() + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertThat(found).as("texts with a space before their dots").isEmpty();
    }

    @Test
    void theCheckFindsASpacedLiteralAndLeavesCommentsAndRangesAlone() {
        // guards the test itself: a pattern that stopped matching would let everything pass
        assertThat(SPACED.matcher("Checking ...").find()).isTrue();
        assertThat(SPACED.matcher(" \u2026").find()).isTrue();
        assertThat(SPACED.matcher("Checking\u2026").find()).isFalse();
        assertThat(SPACED.matcher("Ctrl+1 \u2026 Ctrl+").find()).isFalse();
        assertThat(codeOf("        // read \"Requested ...\" at 96 px")).doesNotContain("Requested");
        assertThat(codeOf("     * (\"Coffee Filters Basket 12 Cup, ...\")")).isEmpty();
    }

    /** The line without its comment: a line of a block comment is none of it, a // ends it (outside a literal). */
    private static String codeOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return "";
        }
        boolean inLiteral = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inLiteral) {
                i++;
            } else if (c == '"') {
                inLiteral = !inLiteral;
            } else if (!inLiteral && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }
}
