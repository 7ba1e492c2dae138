package com.orderdesk.gui.common;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * The AtlantaFX sampler's list pattern for a work list: {@code source -> FilteredList ->
 * SortedList -> table}, with the sorted list's comparator bound to the table's so clicking a
 * header sorts, and a predicate for the search field. The source stays the one list you
 * update (e.g. with {@code setAll} when a background load finishes).
 *
 * <pre>{@code
 * TableFilter<Order> filter = TableFilter.install(ordersTable, orders);
 * filter.filterByText(searchField.textProperty(),
 *         (order, text) -> order.number().contains(text) || order.customerName().toLowerCase().contains(text));
 * footer.textProperty().bind(filter.shownText("%,d order", "%,d orders"));
 * }</pre>
 */
public final class TableFilter<T> {
    private final FilteredList<T> filtered;
    private final SortedList<T> sorted;
    private Predicate<? super T> condition;
    private Predicate<T> textMatch;

    private TableFilter(TableView<T> table, ObservableList<T> source) {
        this.filtered = new FilteredList<>(Objects.requireNonNull(source, "source"));
        this.sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** Puts {@code source} into {@code table} through a filtered and sorted view. */
    public static <T> TableFilter<T> install(TableView<T> table, ObservableList<T> source) {
        return new TableFilter<>(table, source);
    }

    /**
     * Shows only the items {@code condition} accepts ({@code null}: all), e.g. a status filter.
     * It combines with the search text of {@link #filterByText}: an item must pass both.
     */
    public void setCondition(Predicate<? super T> condition) {
        this.condition = condition;
        refilter();
    }

    /**
     * Filters as {@code text} changes: blank shows all; otherwise {@code matches} gets each item
     * and the trimmed, lower-cased text.
     */
    public void filterByText(ObservableValue<String> text, BiPredicate<T, String> matches) {
        text.addListener((obs, old, now) -> applyText(now, matches));
        applyText(text.getValue(), matches);
    }

    /** How many items pass the filter (each call makes a new binding: hold the one you listen to). */
    public IntegerBinding shownCount() {
        return Bindings.size(filtered);
    }

    /**
     * The footer's count in words, {@code one} for a single item and {@code many} otherwise (format
     * strings with one {@code %d}): "1 user", not "1 users" (tours of 6 December, twice). The count's
     * binding is held here, so the text follows the filter: a fresh {@code Bindings.size} that nothing
     * reads reports no change.
     */
    public StringBinding shownText(String one, String many) {
        IntegerBinding shown = shownCount();
        return Bindings.createStringBinding(() -> String.format(shown.get() == 1 ? one : many, shown.get()), shown);
    }

    public FilteredList<T> filtered() {
        return filtered;
    }

    public SortedList<T> sorted() {
        return sorted;
    }

    private void applyText(String text, BiPredicate<T, String> matches) {
        if (text == null || text.isBlank()) {
            textMatch = null;
        } else {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            textMatch = item -> matches.test(item, needle);
        }
        refilter();
    }

    private void refilter() {
        Predicate<? super T> c = condition;
        Predicate<T> t = textMatch;
        if (c == null && t == null) {
            filtered.setPredicate(null);
        } else {
            filtered.setPredicate(item -> (c == null || c.test(item)) && (t == null || t.test(item)));
        }
    }
}
