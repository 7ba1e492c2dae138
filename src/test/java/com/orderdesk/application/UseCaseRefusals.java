package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.persistence.TestBook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What every refusal test checks: the use case throws NotAuthorizedException, and the book did not change. */
final class UseCaseRefusals {
    private UseCaseRefusals() {
    }

    /** The whole book as a fingerprint: rows in the tables a use case can change, and the audit trail. */
    static String fingerprint(TestBook book) {
        return book.db.read(s -> {
            StringBuilder sb = new StringBuilder();
            for (String table : new String[] {"sales_order", "sales_order_line", "shipment", "invoice", "credit_memo",
                    "cash_payment", "cash_application", "audit_entry", "document_print", "credit_release", "app_user"}) {
                Object n = s.createNativeQuery("SELECT count(*) FROM " + table, Object.class).getSingleResult();
                sb.append(table).append('=').append(n).append(' ');
            }
            sb.append(s.createNativeQuery("SELECT reserved, on_hand FROM inventory ORDER BY id", Object[].class).getResultList()
                    .stream().map(java.util.Arrays::toString).toList());
            sb.append(' ').append(s.createNativeQuery("SELECT status FROM sales_order ORDER BY id", Object.class).getResultList());
            sb.append(' ').append(s.createNativeQuery("SELECT credit_limit_cents FROM customer ORDER BY id", Object.class)
                    .getResultList());
            // products, contract prices and stock movements (issue 11)
            sb.append(' ').append(s.createNativeQuery("SELECT sku, description, list_price_cents, active, gtin FROM product "
                    + "ORDER BY id", Object[].class).getResultList().stream().map(java.util.Arrays::toString).toList());
            sb.append(' ').append(s.createNativeQuery("SELECT customer_id, product_id, price_cents, valid_from, valid_to "
                    + "FROM customer_price ORDER BY id", Object[].class).getResultList().stream().map(java.util.Arrays::toString)
                    .toList());
            sb.append(" stock_movement=").append(s.createNativeQuery("SELECT count(*) FROM stock_movement", Object.class)
                    .getSingleResult());
            return sb.toString();
        });
    }

    static void refusedAndNothingChanged(TestBook book, String permissionPhrase, ThrowingCallable action) {
        String before = fingerprint(book);
        assertThatThrownBy(action).isInstanceOf(NotAuthorizedException.class).hasMessageContaining("may not " + permissionPhrase);
        assertThat(fingerprint(book)).as("the book after the refusal").isEqualTo(before);
    }
}
