package com.orderdesk.gui.common;

import impl.org.controlsfx.skin.AutoCompletePopup;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autocomplete on a text field (customers by name/number/phone, products by SKU/description),
 * over ControlsFX {@link TextFields#bindAutoCompletion}.
 *
 * <ul>
 *   <li>The {@link SuggestionProvider} runs off the FX thread (it may query the database); only
 *       the latest query's answer is shown.</li>
 *   <li>Enter or Tab accepts the first match, also when typed faster than the popup appears.</li>
 *   <li>{@link #selectedItemProperty()} is the accepted item; editing the text afterwards clears
 *       it, so the text on screen and the selection never disagree.</li>
 * </ul>
 *
 * <pre>{@code
 * AutoCompleteField<CustomerSummary> customer = AutoCompleteField.attach(customerField,
 *         query -> customerService.suggest(query, 12), CustomerSummary.displayConverter());
 * customer.selectedItemProperty().addListener((obs, old, c) -> viewModel.setCustomer(c));
 * }</pre>
 */
public final class AutoCompleteField<T> {
    private static final Logger LOG = LoggerFactory.getLogger(AutoCompleteField.class);
    private static final Executor SHARED_EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "orderdesk-autocomplete");
        t.setDaemon(true);
        return t;
    });

    /** The popup's own stylesheet: Modena's colour names for ControlsFX, in the AtlantaFX theme's colours. */
    static final String POPUP_CSS = Objects.requireNonNull(AutoCompleteField.class.getResource(
            "/com/orderdesk/gui/autocomplete.css"), "autocomplete.css").toExternalForm();

    /** Computes suggestions for what was typed. Called off the FX thread; must not touch nodes. */
    @FunctionalInterface
    public interface SuggestionProvider<T> {
        List<T> suggest(String query);
    }

    private final TextField field;
    private final SuggestionProvider<T> provider;
    private final StringConverter<T> converter;
    private final Executor executor;
    private final AutoCompletionBinding<T> binding;
    private final ReadOnlyObjectWrapper<T> selected = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    /** Bumped on every edit: an Enter-lookup applies only if nothing was typed since. */
    private final AtomicLong textVersion = new AtomicLong();
    /** The field's text, for the suggestion threads: a lookup whose text is no longer this shows nothing. */
    private volatile String typed = "";
    /** The last few lists the popup was given, by the text each answers (see {@link #listed}). */
    private final Map<String, List<T>> listedFor = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<T>> eldest) {
            return size() > 16;
        }
    };
    /** Told what was typed when Enter finds nothing, so the screen can say so (not silence). */
    private java.util.function.Consumer<String> onNoMatch = query -> { };

    private AutoCompleteField(TextField field, SuggestionProvider<T> provider, StringConverter<T> converter,
                              Executor executor) {
        this.field = Objects.requireNonNull(field, "field");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.converter = Objects.requireNonNull(converter, "converter");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.binding = TextFields.bindAutoCompletion(field, request -> {
            List<T> answer = request.isCancelled() ? List.of() : listed(request.getUserText());
            if (request.isCancelled() || !request.getUserText().equals(typed)) {
                // ControlsFX shows whatever a lookup answers, also one started for a text typed on the way ("nit")
                // that answers after the text's own ("nitrile"; a cold first query, a loaded machine): its list
                // replaced the right one. Failing the lookup shows nothing; the text's own lookup shows its list.
                throw new CancellationException("typed on since: '" + request.getUserText() + "'");
            }
            return answer;
        }, converter);
        binding.setOnAutoCompleted(e -> selected.set(e.getCompletion()));
        // ControlsFX styles the popup once before it has an owner (show() first sets its scene's
        // orientation): then app.css does not reach it, and ControlsFX's derive(-fx-color, ..) failed
        // with a CSS warning. A sheet on the popup's own root defines those colours at that moment.
        binding.getAutoCompletionPopup().getScene().getRoot().getStylesheets().add(POPUP_CSS);
        // The popup is as wide as the field, so long names are not cut off.
        binding.prefWidthProperty().bind(field.widthProperty());
        typed = field.getText() == null ? "" : field.getText();
        field.textProperty().addListener((obs, old, text) -> {
            typed = text == null ? "" : text;
            textVersion.incrementAndGet();
            T item = selected.get();
            if (item != null && !Objects.equals(text, converter.toString(item))) {
                selected.set(null);
            }
        });
        // A lookup started before the choice may answer after it: keep the popup closed then.
        binding.getAutoCompletionPopup().showingProperty().addListener((obs, was, showing) -> {
            if (showing && isAcceptedText()) {
                Platform.runLater(() -> binding.getAutoCompletionPopup().hide());
            }
        });
        // The popup handles Enter/Tab itself once it shows; this covers the keys pressed before.
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::acceptFirstMatchIfPending);
        // ... and the keys pressed while it still shows the list of an earlier text (typed on after it
        // opened; the new list waits for a pause in typing): its first item is not this text's match
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean accepting = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB;
            if (accepting && selected.get() == null && field.getText() != null && !field.getText().isBlank()
                    && !showsTheListFor(field.getText())) {
                e.consume();
                binding.getAutoCompletionPopup().hide();
                // the field takes the key as if no list were open: it looks the text up (Tab then moves on)
                field.fireEvent(e.copyFor(field, field));
            }
        });
    }

    /** Autocomplete with the shared suggestion thread. */
    public static <T> AutoCompleteField<T> attach(TextField field, SuggestionProvider<T> provider,
                                                  StringConverter<T> converter) {
        return new AutoCompleteField<>(field, provider, converter, SHARED_EXECUTOR);
    }

    /** Autocomplete whose Enter-before-popup lookups run on {@code executor}. */
    public static <T> AutoCompleteField<T> attach(TextField field, SuggestionProvider<T> provider,
                                                  StringConverter<T> converter, Executor executor) {
        return new AutoCompleteField<>(field, provider, converter, executor);
    }

    /** The accepted item, or {@code null} while nothing (or edited text) is accepted. */
    public ReadOnlyObjectProperty<T> selectedItemProperty() {
        return selected.getReadOnlyProperty();
    }

    public T getSelectedItem() {
        return selected.get();
    }

    /** Accepts {@code item} as if the user had chosen it: shows its text and selects it. */
    public void select(T item) {
        if (item == null) {
            clear();
        } else {
            // The same path as a click in the popup: sets the text without starting a new lookup.
            Event.fireEvent(binding.getAutoCompletionPopup(), new AutoCompletePopup.SuggestionEvent<>(item));
            if (selected.get() != item) {
                selected.set(item);
            }
        }
    }

    /** Empties the field and the selection. */
    public void clear() {
        field.clear();
        selected.set(null);
    }

    /** Called on the FX thread with the typed text when Enter finds no match. */
    public void setOnNoMatch(java.util.function.Consumer<String> handler) {
        this.onNoMatch = Objects.requireNonNull(handler, "handler");
    }

    /** How long typing must pause before suggestions are fetched (ControlsFX default: 250 ms). */
    public void setDelay(long millis) {
        binding.setDelay(millis);
    }

    /**
     * The list is at least {@code width} wide, wider than a short field: the product field at 1024 px
     * is 250 px, and its list cut "SA200-01  Nitrile Exam Gloves Powder-Free 4 mil Small" before the
     * size, so Small, Medium and Large read alike (newuser18, tour of 7 December).
     */
    public void setMinimumListWidth(double width) {
        binding.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(field.widthProperty(), width));
    }

    /** The suggestions the list holds (shown or last shown). */
    List<T> shownSuggestions() {
        return List.copyOf(binding.getAutoCompletionPopup().getSuggestions());
    }

    /** True while the suggestion list is open. */
    public boolean isPopupShowing() {
        return binding.getAutoCompletionPopup().isShowing();
    }

    public TextField field() {
        return field;
    }

    private void acceptFirstMatchIfPending(KeyEvent event) {
        boolean accepting = event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.TAB;
        String query = field.getText();
        if (!accepting || selected.get() != null || query == null || query.isBlank()) {
            return;
        }
        AutoCompletePopup<T> popup = binding.getAutoCompletionPopup();
        if (popup.isShowing() && !showsTheListFor(query)) {
            // typed on after the list opened, and its list for the new text has not come yet (it waits for a
            // pause in typing): the first of the list shown would be the match of an earlier text
            popup.hide();
        }
        if (popup.isShowing()) {
            // The open list normally takes the key; when it reaches the field instead (the popup has
            // just opened and has not got the keyboard yet), the list's first suggestion is the match.
            if (event.getCode() == KeyCode.ENTER && !popup.getSuggestions().isEmpty()) {
                event.consume();
                select(popup.getSuggestions().get(0));
                popup.hide();
            }
            return;
        }
        if (event.getCode() == KeyCode.ENTER) {
            event.consume(); // Enter here means "take the match", not the default button
        }
        long ticket = textVersion.get();
        executor.execute(() -> {
            Collection<T> matches = suggestSafely(query);
            Platform.runLater(() -> {
                boolean stillCurrent = textVersion.get() == ticket && query.equals(field.getText());
                if (stillCurrent && selected.get() == null) {
                    if (matches.isEmpty()) {
                        if (event.getCode() == KeyCode.ENTER) {
                            onNoMatch.accept(query);
                        }
                    } else {
                        select(matches.iterator().next());
                    }
                }
            });
        });
    }

    private boolean isAcceptedText() {
        T item = selected.get();
        return item != null && Objects.equals(field.getText(), converter.toString(item));
    }

    /** The popup's suggestions, kept by the text they answer, so that Enter can tell a list that is behind the typing. */
    private List<T> listed(String query) {
        List<T> suggestions = suggestSafely(query);
        synchronized (listedFor) {
            listedFor.put(query, List.copyOf(suggestions));
        }
        return suggestions;
    }

    private boolean showsTheListFor(String query) {
        List<T> answer;
        synchronized (listedFor) {
            answer = listedFor.get(query);
        }
        return answer != null && answer.equals(binding.getAutoCompletionPopup().getSuggestions());
    }

    private List<T> suggestSafely(String query) {
        try {
            List<T> suggestions = provider.suggest(query);
            return suggestions == null ? List.of() : suggestions;
        } catch (RuntimeException e) {
            LOG.warn("Suggestions for '{}' failed", query, e);
            return List.of();
        }
    }
}
