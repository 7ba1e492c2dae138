package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.CatalogServices;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.FileRow;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.stock.AdjustmentReason;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Products and prices are the administrators' (MAINTAIN_PRODUCTS), imports too (IMPORT_MASTER_DATA);
 * stock moves are for order clerks and administrators (MOVE_STOCK); everyone who sees orders may
 * read products, prices and stock. Each refusal leaves the book as it was.
 */
class CatalogPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;
    CatalogServices catalog;
    SignedInUser admin;
    long atl;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        AppServices services = book.services();
        catalog = services.catalog();
        admin = book.admin();
        atl = book.db.read(s -> s.createSelectionQuery("select n.id from FulfillmentNode n where n.code = 'DC-ATL'", Long.class)
                .getSingleResult());
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private static ProductData mop() {
        return new ProductData("MOP-24", "Wet mop head, 24 oz", "EA", 12, 540, null, Money.of("8.25"), Money.of("4.10"),
                "Janitorial", true, true);
    }

    @Test
    void onlyAnAdministratorAddsChangesOrDiscontinuesProducts() {
        var glove = catalog.products().load(book.clerk(), book.gloveId);
        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "add or change products and prices", () -> catalog.products().create(other, mop()));
            refusedAndNothingChanged(book, "add or change products and prices",
                    () -> catalog.products().edit(other, book.gloveId, glove.version(), mop()));
            refusedAndNothingChanged(book, "add or change products and prices",
                    () -> catalog.products().discontinue(other, book.gloveId, "old"));
            assertThat(catalog.products().list(other, "glv", false).rows()).hasSize(1); // reading is for everyone
        }
        assertThat(catalog.products().create(admin, mop()).sku()).isEqualTo("MOP-24");
    }

    @Test
    void onlyAnAdministratorAddsChangesOrRemovesContractPrices() {
        var data = new ContractPriceData("C-10001", "TWL-ROLL-8", LocalDate.of(2026, 12, 1), null, Money.of("39.00"));
        long existing = catalog.prices().forProduct(book.clerk(), book.gloveId).rows().get(0).id();
        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "add or change products and prices", () -> catalog.prices().add(other, book.towelId, data));
            refusedAndNothingChanged(book, "add or change products and prices",
                    () -> catalog.prices().change(other, existing, Money.of("1.00"), null, "why"));
            refusedAndNothingChanged(book, "add or change products and prices", () -> catalog.prices().remove(other, existing, "why"));
        }
        assertThat(catalog.prices().add(admin, book.towelId, data).price()).isEqualTo(Money.of("39.00"));
    }

    @Test
    void onlyAnAdministratorImportsProductsOrPrices() {
        FileRow row = new FileRow(2, Map.ofEntries(Map.entry("sku", "MOP-24"), Map.entry("description", "Wet mop head"),
                Map.entry("unit", "EA"), Map.entry("case_qty", "12"), Map.entry("weight_kg", "0.540"), Map.entry("gtin", ""),
                Map.entry("list_price", "8.25"), Map.entry("cost", "4.10"), Map.entry("category", ""),
                Map.entry("taxable", "yes"), Map.entry("status", "active")));
        FileRow price = new FileRow(2, Map.of("customer_no", "C-10001", "sku", "TWL-ROLL-8", "valid_from", "2026-12-01",
                "valid_to", "", "price", "39.00"));
        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "import customers, products or prices",
                    () -> catalog.files().importProducts(other, "p.csv", "0", List.of(row), List.of()));
            refusedAndNothingChanged(book, "import customers, products or prices",
                    () -> catalog.files().importPrices(other, "r.csv", "0", List.of(price), List.of()));
        }
        assertThat(catalog.files().importProducts(admin, "p.csv", "0", List.of(row), List.of()).added()).isEqualTo(1);
    }

    @Test
    void onlyOrderClerksAndAdministratorsMoveStock() {
        for (SignedInUser other : List.of(book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "receive, adjust or transfer stock",
                    () -> catalog.stock().receive(other, book.towelId, atl, 5, "DN-1", null));
            refusedAndNothingChanged(book, "receive, adjust or transfer stock",
                    () -> catalog.stock().adjust(other, book.towelId, atl, AdjustmentReason.FOUND, 1, null));
            refusedAndNothingChanged(book, "receive, adjust or transfer stock",
                    () -> catalog.stock().transfer(other, book.gloveId, atl, atl + 1, 1, null, null));
            assertThat(catalog.stock().view(other, book.towelId).onHand()).isEqualTo(12); // reading is for everyone
        }
        catalog.stock().receive(book.clerk(), book.towelId, atl, 5, "DN-1", null);
        catalog.stock().receive(admin, book.towelId, atl, 5, "DN-2", null);
        assertThat(catalog.stock().view(book.clerk(), book.towelId).onHand()).isEqualTo(22);
    }
}
