package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The product form's edit buffer without the toolkit: what it shows, reads, refuses and keeps. */
class ProductFormTest {
    private final ProductForm form = new ProductForm(Formats.forLocale(Locale.US));
    private final ProductRow gloves = new ProductRow(7, "GLV-NIT-L", "Nitrile gloves, large, box of 100", "BX", 10, 680,
            "00036000291452", Money.of("12.49"), Money.of("7.10"), "Safety", true, true, 3);

    @Test
    void aStoredProductIsShownAsTypedAndOnlyAnEditMakesItDirty() {
        form.show(gloves);
        assertThat(form.weightKg.get()).isEqualTo("0.68");
        assertThat(form.listPrice.get()).isEqualTo("12.49");
        assertThat(form.dirtyProperty().get()).isFalse();
        form.description.set("Nitrile gloves, large, 100/BX");
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.isNew()).isFalse();
    }

    @Test
    void whatWasTypedIsReadIntoAProductKeepingItsActiveState() {
        form.startNew();
        form.sku.set("mop-24");
        form.description.set("Wet mop head, cotton, 24 oz");
        form.caseQuantity.set("12");
        form.weightKg.set("0.54");
        form.gtin.set("036000291452");
        form.listPrice.set("8.25");
        form.cost.set("4.10");
        ProductData d = form.toData();
        assertThat(d.sku()).isEqualTo("MOP-24");
        assertThat(d.caseQuantity()).isEqualTo(12);
        assertThat(d.weightGrams()).isEqualTo(540);
        assertThat(d.listPrice()).isEqualTo(Money.of("8.25"));
        assertThat(d.active()).isTrue();
    }

    @Test
    void unreadableFieldsAreRefusedTogetherAndTheTextStays() {
        form.show(gloves);
        form.caseQuantity.set("1.5");
        form.listPrice.set("12,5O");
        assertThatThrownBy(form::toData).isInstanceOfSatisfying(InputRefusedException.class, e ->
                assertThat(e.problems()).extracting(InputProblem::column).containsExactly("case_qty", "list_price"));
        assertThat(form.listPrice.get()).isEqualTo("12,5O");

        form.refused(List.of(new InputProblem(0, "gtin", "the check digit of 036000291453 is wrong (it should be 2)")));
        assertThat(form.problemFor("gtin")).isEqualTo("the check digit of 036000291453 is wrong (it should be 2)");
        assertThat(ProductForm.sentence(form.problems().get(0))).startsWith("GTIN: the check digit");
        assertThat(form.problemFor("sku")).isNull();
    }
}
