package com.orderdesk.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.catalog.ProductMaintenance;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductHit;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator adds, changes and discontinues products; each change audited; search finds words in any order. */
class ProductMaintenanceTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    ProductMaintenance products;
    SignedInUser admin;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        services = book.services();
        products = services.catalog().products();
        admin = book.admin();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    static ProductData liner(String gtin) {
        return new ProductData("ja100-02", "Can Liner Low Density 1.5 mil Black 33 gal 33x39, 100/CS", "cs", 1, 5440, gtin,
                Money.of("38.50"), Money.of("24.10"), "Janitorial", true, true);
    }

    private List<String> audit(String action) {
        return book.db.read(s -> s.createNativeQuery("SELECT doc_id || ' ' || COALESCE(before_value, '-') || ' ' || "
                        + "COALESCE(after_value, '-') FROM audit_entry WHERE action = :a ORDER BY seq", String.class)
                .setParameter("a", action).getResultList());
    }

    @Test
    void aNewProductIsStoredWithItsGtinAsFourteenDigitsAndAudited() {
        ProductRow row = products.create(admin, liner("036000291452"));
        assertThat(row.sku()).isEqualTo("JA100-02");
        assertThat(row.gtin()).isEqualTo("00036000291452");
        assertThat(row.caseQuantity()).isEqualTo(1);
        assertThat(row.weightGrams()).isEqualTo(5440);
        assertThat(products.load(book.clerk(), row.id())).isEqualTo(row);
        assertThat(audit("PRODUCT_ADD")).singleElement().asString().startsWith("JA100-02 - {").contains("\"gtin\":\"00036000291452\"");
    }

    @Test
    void aDuplicateSkuOrGtinOrAWrongCheckDigitIsRefusedNamingTheField() {
        products.create(admin, liner("036000291452"));
        assertThatThrownBy(() -> products.create(admin, liner(null))).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("sku: there is already a product JA100-02");
        ProductData sameGtin = new ProductData("JA100-03", "Can liner, clear", "CS", 1, 5000, "0036000291452", Money.of("30"),
                Money.of("20"), null, true, true);
        assertThatThrownBy(() -> products.create(admin, sameGtin)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("gtin: GTIN 00036000291452 is already JA100-02's");
        InputRefusedException wrong = org.junit.jupiter.api.Assertions.assertThrows(InputRefusedException.class,
                () -> products.create(admin, new ProductData("JA100-04", "", "CS", 0, 5000, "036000291453", Money.of("30"),
                        Money.of("20"), null, true, true)));
        assertThat(wrong.problems()).extracting(InputProblem::column).containsExactly("description", "case_qty", "gtin");
        assertThat(audit("PRODUCT_ADD")).hasSize(1);
    }

    @Test
    void anEditAuditsOnlyWhatChangedAndRefusesAStaleVersion() {
        ProductRow row = products.create(admin, liner(null));
        ProductData changed = new ProductData("JA100-02", row.description(), "CS", 6, 5440, null, Money.of("39.90"),
                Money.of("24.10"), "Janitorial", true, true);
        ProductRow after = products.edit(admin, row.id(), row.version(), changed);
        assertThat(after.listPrice()).isEqualTo(Money.of("39.90"));
        assertThat(after.caseQuantity()).isEqualTo(6);
        assertThat(after.version()).isGreaterThan(row.version());
        assertThat(audit("PRODUCT_CHANGE")).containsExactly(
                "JA100-02 {\"caseQty\":\"1\",\"listPrice\":\"38.50\"} {\"caseQty\":\"6\",\"listPrice\":\"39.90\"}");
        assertThatThrownBy(() -> products.edit(admin, row.id(), row.version(), changed))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("What you typed is still on screen");
        products.edit(admin, row.id(), after.version(), changed);
        assertThat(audit("PRODUCT_CHANGE")).as("saving the same values is no change").hasSize(1);
    }

    @Test
    void aDiscontinuedProductKeepsItsHistoryButTakesNoNewOrders() {
        SignedInUser clerk = book.clerk();
        OrderDraft gloves = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO)));
        var saved = services.orders().save(clerk, gloves);
        products.discontinue(admin, book.gloveId, "replaced by GLV-NIT-L2");

        assertThat(services.products().search(clerk, "glv", 10)).extracting(ProductHit::sku).doesNotContain("GLV-NIT-L");
        assertThat(products.list(clerk, "glv", true).rows()).extracting(ProductRow::sku).containsExactly("GLV-NIT-L");
        assertThat(products.list(clerk, "glv", false).rows()).isEmpty();
        assertThatThrownBy(() -> services.orders().save(clerk, gloves)).isInstanceOf(OrderValidationException.class)
                .hasMessageContaining("GLV-NIT-L is discontinued and takes no new orders");
        assertThat(services.orders().load(clerk, saved.id()).draft().lines()).extracting(OrderLineDraft::sku)
                .containsExactly("GLV-NIT-L");
        assertThat(audit("PRODUCT_DISCONTINUE")).containsExactly("GLV-NIT-L {\"active\":\"true\"} {\"active\":\"false\"}");

        products.reinstate(admin, book.gloveId, "supplier found");
        assertThat(services.orders().save(clerk, gloves).number()).isNotEqualTo(saved.number());
    }

    @Test
    void searchFindsTheWordsInAnyOrderInOrderEntryAndTheProductList() {
        products.create(admin, liner("036000291452"));
        products.create(admin, new ProductData("JA100-09", "Can Liner Low Density 1.5 mil Clear 60 gal 38x58, 100/CS", "CS", 1,
                7000, null, Money.of("52.00"), Money.of("33.00"), "Janitorial", true, true));
        SignedInUser clerk = book.clerk();
        for (String typed : List.of("liner black", "black liner", "liner 33 gal", "gal 33 liner", "LINER  BLACK")) {
            assertThat(services.products().search(clerk, typed, 15)).as(typed).extracting(ProductHit::sku)
                    .containsExactly("JA100-02");
            assertThat(products.list(clerk, typed, false).rows()).as(typed).extracting(ProductRow::sku)
                    .containsExactly("JA100-02");
        }
        assertThat(services.products().search(clerk, "liner", 15)).extracting(ProductHit::sku)
                .containsExactly("JA100-02", "JA100-09");
        assertThat(services.products().search(clerk, "036000291452", 15)).extracting(ProductHit::sku)
                .as("a scanned GTIN").containsExactly("JA100-02");
        assertThat(services.products().search(clerk, "liner purple", 15)).isEmpty();
        assertThat(services.products().search(clerk, "%", 15)).isEmpty();
        assertThat(services.products().search(clerk, "x".repeat(100_000), 15)).isEmpty();
    }
}
