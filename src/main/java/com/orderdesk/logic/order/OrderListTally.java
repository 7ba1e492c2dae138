package com.orderdesk.logic.order;

import com.orderdesk.model.common.Money;

/**
 * Every order a filter matches, on every page: how many and their total, for the list's footer
 * ("1,000 of 3,004 orders shown", "Total 1,211,765.43"), so the total never depends on how many
 * pages the clerk has opened.
 */
public record OrderListTally(long count, Money total) {
}
