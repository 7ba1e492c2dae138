package com.orderdesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.OrderListTally;
import com.orderdesk.model.common.Money;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.SearchText;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects: searches with % and _ or a pasted page of text, and orders past the first page of the list. */
class OrdersListSearchTest {
    @TempDir
    Path dir;
    TestBook book;
    OrderUseCases orders;
    SignedInUser clerk;

    @BeforeEach
    void setUp() {
        book = TestBook.create(dir);
        orders = book.services().orders();
        clerk = book.clerk();
    }

    @AfterEach
    void tearDown() {
        book.db.close();
    }

    private void order(String po) {
        orders.save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, po, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO))));
    }

    private List<String> pos(String text) {
        return orders.list(clerk, new OrderFilter(text, null, null, null, null, 100)).rows().stream()
                .map(OrderListRow::customerPo).toList();
    }

    @Test
    void percentAndUnderscoreAreMatchedAsTheCharactersTheyAre() {
        order("50%OFF");
        order("A_B");
        order("AXB");
        order("PLAIN");

        assertThat(pos("%")).containsExactly("50%OFF");
        assertThat(pos("_")).containsExactly("A_B");
        assertThat(pos("A_B")).containsExactly("A_B");
        assertThat(orders.tally(clerk, new OrderFilter("%", null, null, null, null, 100)).count()).isEqualTo(1);
    }

    @Test
    void aPastedPageOfTextIsRefusedWithASentenceNotADatabaseError() {
        order("PO-1");
        String page = "x".repeat(100_000);

        assertThatThrownBy(() -> orders.list(clerk, new OrderFilter(page, null, null, null, null, 100)))
                .isInstanceOf(SearchText.SearchTooLongException.class)
                .hasMessage("The search text is 100,000 characters long; a search takes at most 200. Type a few words of"
                        + " the number, name or PO instead.");
        assertThatThrownBy(() -> orders.tally(clerk, new OrderFilter(page, null, null, null, null, 100)))
                .isInstanceOf(SearchText.SearchTooLongException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, null, page, 10))
                .isInstanceOf(SearchText.SearchTooLongException.class);
        assertThatThrownBy(() -> book.services().customers().search(clerk, page, 10))
                .hasMessageContaining("a search takes at most 200");
        // the longest allowed search still runs, and finds nothing
        assertThat(pos("x".repeat(SearchText.MAX_LENGTH))).isEmpty();
    }

    @Test
    void theCountAndTotalAreRefusedToAUserWhoMayNotViewOrders() {
        order("SECRET");
        SignedInUser switchedOff = book.user("leaver", com.orderdesk.model.security.Role.ORDER_CLERK);
        assertThat(orders.tally(switchedOff, OrderFilter.all(10)).count()).isEqualTo(1);
        book.services().users().setActive(book.admin(), "leaver", false, "left the company");
        SignedInUser noRoles = new SignedInUser(9, "guest", "Guest", java.util.Set.of());

        assertThatThrownBy(() -> orders.tally(noRoles, OrderFilter.all(10)))
                .isInstanceOf(com.orderdesk.logic.security.NotAuthorizedException.class)
                .hasMessageContaining("may not view orders");
        assertThatThrownBy(() -> orders.tally(switchedOff, OrderFilter.all(10)))
                .hasMessageContaining("view orders");
    }

    @Test
    void aDamagedTotalIsCountedButAddsNothingToTheListsTotal() {
        order("GOOD");
        order("BAD");
        Money good = orders.list(clerk, new OrderFilter("GOOD", null, null, null, null, 10)).rows().get(0).total();
        book.db.write(s -> s.createNativeMutationQuery("UPDATE sales_order SET total_cents = 1234.5 WHERE customer_po = 'BAD'")
                .executeUpdate());

        OrderListTally tally = orders.tally(clerk, new OrderFilter(null, null, null, null, null, 10));
        assertThat(tally.count()).isEqualTo(2);
        assertThat(tally.total()).isEqualTo(good);
    }

    @Test
    void everyOrderIsReachedPageByPageNewestFirst() {
        for (int i = 1; i <= 7; i++) {
            order("PO-" + i);
        }
        OrderFilter page = new OrderFilter(null, null, null, null, null, 3);
        OrderListTally all = orders.tally(clerk, page);
        assertThat(all.count()).isEqualTo(7);
        Money sumOfRows = Money.ZERO;

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            List<OrderListRow> rows = orders.list(clerk, page).rows();
            if (rows.isEmpty()) {
                break;
            }
            sizes.add(rows.size());
            rows.forEach(r -> seen.add(r.customerPo()));
            sumOfRows = rows.stream().map(OrderListRow::total).reduce(sumOfRows, Money::plus);
            page = page.after(rows.get(rows.size() - 1));
            // the count and the total are of every match, whichever page is asked for
            assertThat(orders.tally(clerk, page)).isEqualTo(all);
        }
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(all.total()).isEqualTo(sumOfRows).isNotEqualTo(Money.ZERO);
        assertThat(seen).containsExactly("PO-7", "PO-6", "PO-5", "PO-4", "PO-3", "PO-2", "PO-1");
    }
}
