package com.orderdesk.gui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Inline validation for one form, over ControlsFX {@link ValidationSupport}: each control gets a
 * decoration next to it whose tooltip is a sentence saying what is wrong and what is allowed
 * ("Quantity must be a whole number above zero, e.g. 12."). The save button stays enabled:
 * on save, ask {@link #problems()} and list them (src/site/markdown/ux.md, "Feedback").
 *
 * <p>A rule is a {@code Supplier<String>}: {@code null} when fine, else the sentence. Rules run
 * when their control's value changes; call {@link #revalidate()} when a rule also depends on other
 * state (another field, the selected customer). Several rules on one control are checked in the
 * order they were added and the first problem is shown.
 *
 * <pre>{@code
 * Validation validation = new Validation();
 * validation.required(customerField, "Choose a customer: type a name, number or phone.");
 * validation.watch(quantity, q -> q > 0 ? null : "Quantity must be above zero.");
 * ...
 * List<String> problems = validation.problems();
 * }</pre>
 */
public final class Validation {
    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, List<Supplier<String>>> rules = new LinkedHashMap<>();

    /** Adds a rule to {@code control}; {@code check} returns {@code null} or the problem sentence. */
    public void rule(Control control, Supplier<String> check) {
        Objects.requireNonNull(check, "check");
        List<Supplier<String>> list = rules.computeIfAbsent(Objects.requireNonNull(control, "control"), c -> new ArrayList<>());
        list.add(check);
        // ValidationSupport keeps one validator per control, so register one that runs them all.
        Validator<Object> all = (c, value) -> ValidationResult.fromErrorIf(c, firstProblem(list), firstProblem(list) != null);
        support.registerValidator(control, false, all);
    }

    /** The control must not be left empty (blank text, no selection); marks it as required. */
    public void required(Control control, String message) {
        rule(control, () -> isEmpty(control) ? message : null);
        ValidationSupport.setRequired(control, true);
    }

    /** Shows the field's own reading problem ("12,5O" is not an amount...). */
    public void watch(ParsedField<?> field) {
        rule(field.field(), field::getError);
    }

    /**
     * Shows the field's reading problem, else {@code check}'s verdict on its value (skipped while
     * the field is blank; add {@link #required} for that).
     */
    public <T> void watch(ParsedField<T> field, Function<T, String> check) {
        rule(field.field(), () -> {
            if (field.getError() != null) {
                return field.getError();
            }
            return field.getValue() == null ? null : check.apply(field.getValue());
        });
    }

    /** Re-runs every rule (after a change the rules depend on that is not a control's value). */
    public void revalidate() {
        support.revalidate();
    }

    /** Every current problem, one sentence each, in the order the rules were added. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        rules.values().forEach(list -> {
            String problem = firstProblem(list);
            if (problem != null) {
                problems.add(problem);
            }
        });
        return problems;
    }

    /** The first control with a problem (to focus on save), or {@code null}. */
    public Control firstInvalidControl() {
        return rules.entrySet().stream().filter(e -> firstProblem(e.getValue()) != null)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** True while any registered control has a problem. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
    }

    /** The underlying ControlsFX support (decoration style, custom validators). */
    public ValidationSupport support() {
        return support;
    }

    private static String firstProblem(List<Supplier<String>> checks) {
        for (Supplier<String> check : checks) {
            String problem = check.get();
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean isEmpty(Control control) {
        if (control instanceof TextInputControl) {
            String text = ((TextInputControl) control).getText();
            return text == null || text.isBlank();
        }
        if (control instanceof ComboBoxBase) {
            return ((ComboBoxBase<?>) control).getValue() == null;
        }
        throw new IllegalArgumentException("required() supports text fields, combo boxes and date pickers, not "
                + control.getClass().getSimpleName() + "; use rule() instead.");
    }
}
