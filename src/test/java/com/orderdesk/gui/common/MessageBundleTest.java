package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code messages.properties} and its users in step: every {@code %key} in an FXML file and
 * every {@code Messages.get("key"...)} in main code must exist in the bundle, and every key in
 * the bundle must be used (as {@code %key} in FXML or as a string literal in main code).
 */
class MessageBundleTest {
    private static final Path BUNDLE = Path.of("src/main/resources/com/orderdesk/gui/messages.properties");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern GET_CALL = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.\\-]+)\"");

    @Test
    void everyKeyUsedInFxmlOrCodeIsInTheBundle() throws IOException {
        Set<String> bundle = bundleKeys();
        Set<String> missing = new TreeSet<>();
        for (String key : fxmlKeys()) {
            if (!bundle.contains(key)) {
                missing.add(key);
            }
        }
        for (String key : matches(javaSources(), GET_CALL)) {
            if (!bundle.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used but missing from %s", BUNDLE).isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = new TreeSet<>(fxmlKeys());
        used.addAll(matches(javaSources(), LITERAL));
        Set<String> unused = new TreeSet<>(bundleKeys());
        unused.removeAll(used);
        assertThat(unused).as("keys in %s that nothing uses", BUNDLE).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void theScannerFindsTheShellsKeys() throws IOException {
        // guards the test itself: if the patterns stopped matching, the checks above would pass vacuously
        assertThat(fxmlKeys()).contains("menu.file", "shell.noAreas");
        assertThat(matches(javaSources(), GET_CALL)).contains("app.title", "status.userRole");
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> fxmlKeys() throws IOException {
        List<Path> fxml = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources"), Path.of("src/main/java"))) {
            fxml.addAll(files(root, ".fxml"));
        }
        return matches(fxml, FXML_KEY);
    }

    private static List<Path> javaSources() throws IOException {
        return files(Path.of("src/main/java"), ".java");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    /** Examples in javadoc and comments are not uses. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?s)<!--.*?-->", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static Set<String> matches(List<Path> files, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
