package com.orderdesk.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Product search words: every word must appear, in any order; input nothing can match gives no words. */
class SearchWordsTest {
    private static final String LINER = "Can Liner Low Density 1.5 mil Black 33 gal 33x39, 100/CS";

    @Test
    void wordsMatchInAnyOrder() {
        assertThat(SearchWords.of("liner black")).containsExactly("LINER", "BLACK");
        assertThat(SearchWords.matches(SearchWords.of("liner black"), "JA100-02", LINER)).isTrue();
        assertThat(SearchWords.matches(SearchWords.of("black liner"), "JA100-02", LINER)).isTrue();
        assertThat(SearchWords.matches(SearchWords.of("liner 33 gal"), "JA100-02", LINER)).isTrue();
        assertThat(SearchWords.matches(SearchWords.of("gal 33, liner"), "JA100-02", LINER)).isTrue();
        assertThat(SearchWords.matches(SearchWords.of("ja100 black"), "JA100-02", LINER)).isTrue();
        assertThat(SearchWords.matches(SearchWords.of("liner white"), "JA100-02", LINER)).isFalse();
    }

    @Test
    void wildcardsMatchNothingAndAHugeInputGivesNoWords() {
        assertThat(SearchWords.of("%")).isEmpty();
        assertThat(SearchWords.of("_ %")).isEmpty();
        assertThat(SearchWords.of("liner%black")).containsExactly("LINER", "BLACK");
        assertThat(SearchWords.of("x".repeat(100_000))).isEmpty();
        assertThat(SearchWords.of("y".repeat(300))).isEmpty();
        assertThat(SearchWords.of(String.join(" ", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"))))
                .isEmpty();
        assertThat(SearchWords.of("  ")).isEmpty();
        assertThat(SearchWords.of("liner liner")).containsExactly("LINER");
    }
}
