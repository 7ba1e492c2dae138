package com.orderdesk.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductHit;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order entry's product list in the order a clerk reads it: the products whose description holds the typed words as
 * words (whole, or a word's start) before those that hold them inside another word ("nit" in Sanitizer, Unit), ties by
 * SKU. Typing "nitrile" listed the four exam gloves Large, Medium, Small, X-Large (03, 02, 01, 04: by description).
 */
class ProductSearchRankingTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    SignedInUser clerk;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        services = book.services();
        clerk = book.clerk();
        SignedInUser admin = book.admin();
        var products = services.catalog().products();
        // entered out of SKU order, so neither the ids nor the descriptions give the SKU order by chance
        for (String[] p : List.of(
                new String[] {"SA200-03", "Nitrile Exam Gloves Powder-Free 4 mil Large, 100/BX"},
                new String[] {"SA200-02", "Nitrile Exam Gloves Powder-Free 4 mil Medium, 100/BX"},
                new String[] {"SA201-02", "Nitrile Industrial Gloves 8 mil Black Large, 100/BX"},
                new String[] {"SA200-04", "Nitrile Exam Gloves Powder-Free 4 mil X-Large, 100/BX"},
                new String[] {"SA200-01", "Nitrile Exam Gloves Powder-Free 4 mil Small, 100/BX"},
                new String[] {"SA201-01", "Nitrile Industrial Gloves 8 mil Black Medium, 100/BX"},
                new String[] {"JA122-01", "Hand Sanitizer Gel 70% Alcohol 8 oz Pump"},
                new String[] {"JA122-02", "Hand Sanitizer Gel 70% Alcohol 1 GAL Pump"},
                new String[] {"MR550", "Steel Shelving Unit 5-Shelf 36x18x72"},
                new String[] {"NIT-5", "Floor Finish Gloss 5 GAL"})) {
            products.create(admin, new ProductData(p[0], p[1], "BX", 1, 500, null, Money.of("10.00"), Money.of("6.00"),
                    "Safety", true, true));
        }
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private List<String> skus(String typed) {
        return services.products().search(clerk, typed, 15).stream().map(ProductHit::sku).toList();
    }

    @Test
    void wordMatchesInTheDescriptionComeFirstInSkuOrderAndNothingThatLacksTheWord() {
        // (GLV-NIT-L is the book's own "Nitrile gloves, large, box of 100")
        assertThat(skus("nitrile")).as("every glove holds the word; ties by SKU; no sanitizer, no shelving")
                .containsExactly("GLV-NIT-L", "SA200-01", "SA200-02", "SA200-03", "SA200-04", "SA201-01", "SA201-02");
        assertThat(skus("nitrile exam")).containsExactly("SA200-01", "SA200-02", "SA200-03", "SA200-04");
        // a word typed on the way to "nitrile": a SKU's start first, then the gloves (a word's start), then the
        // products that hold it inside a word only
        assertThat(skus("nit")).containsExactly("NIT-5", "GLV-NIT-L", "SA200-01", "SA200-02", "SA200-03", "SA200-04", "SA201-01",
                "SA201-02", "JA122-01", "JA122-02", "MR550");
        assertThat(skus("large")).as("X-Large is a word of its own after the hyphen")
                .containsExactly("GLV-NIT-L", "SA200-03", "SA200-04", "SA201-02");
        assertThat(skus("sa200")).as("a SKU's start still lists by SKU")
                .containsExactly("SA200-01", "SA200-02", "SA200-03", "SA200-04");
        assertThat(skus("large nitrile")).containsExactly("GLV-NIT-L", "SA200-03", "SA200-04", "SA201-02");
    }
}
