package com.orderdesk.application.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import's trail names every customer it added or changed, in entries that fit the trail's columns. */
class ImportTrailTest {
    @Test
    void aSmallImportIsOneEntryNamingTheAddedAndTheChangedWithTheirFields() {
        assertThat(ImportTrail.parts(List.of("C-1", "C-2"), List.of("C-9 (phone)")))
                .containsExactly(new ImportTrail.Part("C-1, C-2", "C-9 (phone)"));
        assertThat(ImportTrail.parts(List.of(), List.of())).isEmpty();
    }

    @Test
    void aLargeImportIsCutIntoEntriesThatFitAndStillNameEveryCustomerOnceInOrder() {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            added.add("N-C-" + (10_000 + i));
        }
        for (int i = 0; i < 3_000; i++) {
            changed.add("C-" + i + " (billTo, paymentTerms, shipTo.MAIN)");
        }

        List<ImportTrail.Part> parts = ImportTrail.parts(added, changed);

        assertThat(parts).allSatisfy(p -> assertThat(p.added().length() + p.changed().length())
                .isLessThanOrEqualTo(ImportTrail.PART_CHARS));
        assertThat(parts.size()).isBetween(300, 500);
        List<String> addedAgain = new ArrayList<>();
        List<String> changedAgain = new ArrayList<>();
        for (ImportTrail.Part p : parts) {
            if (!p.added().isEmpty()) {
                addedAgain.addAll(Arrays.asList(p.added().split(", ")));
            }
            if (!p.changed().isEmpty()) {
                changedAgain.addAll(Arrays.asList(p.changed().split(", (?=C-)")));
            }
        }
        assertThat(addedAgain).isEqualTo(added);
        assertThat(changedAgain).isEqualTo(changed);
    }
}
