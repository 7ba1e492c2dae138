package com.orderdesk.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRankTest {
    private static int score(String typed, String sku, String description) {
        return SearchRank.score(SearchWords.of(typed), sku, description);
    }

    @Test
    void aWholeWordBeatsAWordStartWhichBeatsTheSkuWhichBeatsInsideAWord() {
        int whole = score("gal", "JA122-02", "Hand Sanitizer Gel 70% Alcohol 1 GAL Pump");
        int start = score("gal", "GV-1", "Galvanized Pail");
        int sku = score("gal", "XGAL-1", "Pail");
        int inside = score("gal", "LG-1", "Legal Pad");
        assertThat(whole).isGreaterThan(start);
        assertThat(start).isGreaterThan(sku);
        assertThat(sku).isGreaterThan(inside);
        assertThat(inside).isGreaterThanOrEqualTo(0);
        assertThat(score("gal", "P-1", "Pail")).as("no GAL anywhere").isEqualTo(-1);
        assertThat(score("large", "SA200-04", "Nitrile Exam Gloves X-Large, 100/BX")).as("a word after a hyphen")
                .isEqualTo(score("large", "SA200-03", "Nitrile Exam Gloves Large, 100/BX"));
    }

    @Test
    void aSkuStartComesFirstAndTiesGoBySku() {
        var words = SearchWords.of("nit");
        var ranked = SearchRank.rank(words, List.of(
                new SearchRank.Candidate(1, "MR550", "Steel Shelving Unit 5-Shelf 36x18x72"),
                new SearchRank.Candidate(2, "SA200-02", "Nitrile Exam Gloves Medium"),
                new SearchRank.Candidate(3, "SA200-01", "Nitrile Exam Gloves Small"),
                new SearchRank.Candidate(4, "NIT-5", "Floor Finish"),
                new SearchRank.Candidate(5, "TWL-1", "Paper Towel")));
        assertThat(ranked).extracting(SearchRank.Candidate::sku).containsExactly("NIT-5", "SA200-01", "SA200-02", "MR550");
    }
}
