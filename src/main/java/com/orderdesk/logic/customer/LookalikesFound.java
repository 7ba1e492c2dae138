package com.orderdesk.logic.customer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A new customer not saved because it looks like customers already in the book; saving again
 * with the lookalikes acknowledged stores it.
 */
public class LookalikesFound extends RuntimeException {
    private final transient List<Lookalike> lookalikes;

    public LookalikesFound(List<Lookalike> lookalikes) {
        super("This looks like a customer already in the book: "
                + lookalikes.stream().map(Lookalike::toString).collect(Collectors.joining("; ")));
        this.lookalikes = List.copyOf(lookalikes);
    }

    public List<Lookalike> lookalikes() {
        return lookalikes;
    }
}
