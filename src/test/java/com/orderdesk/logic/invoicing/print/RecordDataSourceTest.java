package com.orderdesk.logic.invoicing.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.reporting.RecordDataSource;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

class RecordDataSourceTest {
    record Row(String sku, Money amount) {
    }

    private static JRDesignField field(String name) {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        return f;
    }

    @Test
    void readsRecordComponentsAndHandsMoneyOverAsBigDecimal() throws JRException {
        RecordDataSource ds = new RecordDataSource(List.of(new Row("A-1", Money.of("1.50")), new Row("B-2", Money.of("2"))));
        assertThat(ds.next()).isTrue();
        assertThat(ds.getFieldValue(field("sku"))).isEqualTo("A-1");
        assertThat(ds.getFieldValue(field("amount"))).isEqualTo(new BigDecimal("1.50"));
        assertThat(ds.next()).isTrue();
        assertThat(ds.getFieldValue(field("sku"))).isEqualTo("B-2");
        assertThat(ds.next()).isFalse();
        ds.moveFirst();
        assertThat(ds.next()).isTrue();
        assertThat(ds.getFieldValue(field("sku"))).isEqualTo("A-1");
    }

    @Test
    void anUnknownFieldNamesTheRecordAndItsComponents() {
        RecordDataSource ds = new RecordDataSource(List.of(new Row("A-1", Money.ZERO)));
        ds.next();
        assertThatThrownBy(() -> ds.getFieldValue(field("price")))
                .hasMessageStartingWith("report field \"price\" is not a component of Row")
                .hasMessageContaining("sku").hasMessageContaining("amount");
    }
}
