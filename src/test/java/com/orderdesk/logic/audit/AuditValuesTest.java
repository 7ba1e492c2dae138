package com.orderdesk.logic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditValuesTest {

    @Test
    void valuesAreWrittenAsTextWithSortedKeys() {
        Map<String, Object> m = new HashMap<>();
        m.put("riskClass", "MEDIUM");
        m.put("creditLimit", Money.of(50_000));
        m.put("reviewDate", LocalDate.of(2027, 3, 1));
        m.put("note", null);
        assertThat(AuditValues.json(m)).isEqualTo(
                "{\"creditLimit\":\"50000.00\",\"note\":null,\"reviewDate\":\"2027-03-01\",\"riskClass\":\"MEDIUM\"}");
    }

    @Test
    void parseReadsBackInOrderAndKeepsForeignTextWhole() {
        assertThat(AuditValues.parse("{\"b\":\"2\",\"a\":null}")).containsExactly(
                Map.entry("b", "2"), new java.util.AbstractMap.SimpleEntry<>("a", null));
        assertThat(AuditValues.parse("limit raised")).containsExactly(Map.entry("value", "limit raised"));
        assertThat(AuditValues.parse(null)).isEmpty();
    }
}
