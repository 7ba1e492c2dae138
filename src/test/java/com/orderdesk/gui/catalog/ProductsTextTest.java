package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.model.common.Money;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Products screen's words: title, count, discontinue label and status messages. */
class ProductsTextTest {
    private final ProductRow gloves = row(true);
    private Locale before;

    @BeforeEach
    void us() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void back() {
        Locale.setDefault(before);
    }

    private static ProductRow row(boolean active) {
        return new ProductRow(7, "GLV-NIT-L", "Nitrile gloves, large, box of 100", "BX", 10, 680, null, Money.of("12.50"),
                Money.of("7.10"), null, true, active, 3);
    }

    @Test
    void titleNamesTheProductOrSaysHowToStartAndMarksUnsavedChanges() {
        assertThat(ProductsText.title(null, false, false)).isEqualTo("Choose a product, or Ctrl+N for a new one");
        assertThat(ProductsText.title(null, true, true)).isEqualTo("New product *");
        assertThat(ProductsText.title(gloves, true, false)).isEqualTo("GLV-NIT-L");
        assertThat(ProductsText.title(gloves, true, true)).isEqualTo("GLV-NIT-L *");
    }

    @Test
    void aDiscontinuedProductIsReinstated() {
        assertThat(ProductsText.discontinueLabel(null)).isEqualTo("_Discontinue");
        assertThat(ProductsText.discontinueLabel(gloves)).isEqualTo("_Discontinue");
        assertThat(ProductsText.discontinueLabel(row(false))).isEqualTo("_Reinstate");
    }

    @Test
    void countHintsToSearchOnlyAtTheListLimit() {
        assertThat(ProductsText.count(1234, 2000)).isEqualTo("1,234 products");
        assertThat(ProductsText.count(1999, 2000)).isEqualTo("1,999 products");
        assertThat(ProductsText.count(2000, 2000)).isEqualTo("2,000 products (search to narrow)");
    }

    @Test
    void messagesSayWhatHappened() {
        assertThat(ProductsText.document(null)).isEqualTo("the new product");
        assertThat(ProductsText.document(gloves)).isEqualTo("GLV-NIT-L");
        assertThat(ProductsText.saved("GLV-NIT-L", true)).isEqualTo("Product GLV-NIT-L added.");
        assertThat(ProductsText.saved("GLV-NIT-L", false)).isEqualTo("Product GLV-NIT-L saved.");
        assertThat(ProductsText.discontinued("GLV-NIT-L", true))
                .isEqualTo("GLV-NIT-L discontinued: order entry no longer offers it; its history and stock stay.");
        assertThat(ProductsText.discontinued("GLV-NIT-L", false)).isEqualTo("GLV-NIT-L is on sale again.");
    }
}
