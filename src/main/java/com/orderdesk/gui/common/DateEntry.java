package com.orderdesk.gui.common;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * A date picker whose typed text is read strictly ({@link Formats#dateConverter}) and never lost.
 *
 * <p>Why: with the plain converter, text that is no date ("2026-02-30", "13/45/2026") threw out of
 * the picker's commit on the FX thread: a stack trace on the terminal, the text left standing and the
 * picker's date silently unchanged, so a filter ran on a date the user had not asked for and a form
 * saved without one. Here the picker keeps its last date, the text stays as typed, and the field is
 * marked red with the sentence that says what is wrong in its tooltip; a screen that must
 * refuse an action on such text reads {@link ParsedField#errorProperty()} of the returned field.
 */
public final class DateEntry {
    /** AtlantaFX's state of a field in error: a red ring. */
    static final PseudoClass UNREAD = PseudoClass.getPseudoClass("danger");
    /** Where the picker keeps its editor's reading, for {@link #entered}. */
    private static final Object READING = new Object();

    private DateEntry() {
    }

    /** Sets the picker's converter and marks unreadable text; returns the editor's reading. */
    public static ParsedField<LocalDate> attach(DatePicker picker, Formats formats) {
        StringConverter<LocalDate> dates = formats.dateConverter();
        picker.setConverter(keepingTheLastDate(picker, dates));
        ParsedField<LocalDate> typed = ParsedField.attach(picker.getEditor(), dates);
        picker.getProperties().put(READING, typed);
        // marked in place (AtlantaFX's red state and a tooltip), not by a ControlsFX decoration: a
        // decoration on a picker's editor kept the dashboard's Alt+T from reaching the To picker
        Tooltip why = new Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(420);
        Tooltip own = picker.getTooltip(); // put back once the text reads again
        typed.errorProperty().addListener((obs, old, error) -> {
            // the theme draws a picker's red ring from the picker's state (.combo-box-base:danger);
            // the editor's own state colours its text as a plain field's would
            picker.pseudoClassStateChanged(UNREAD, error != null);
            picker.getEditor().pseudoClassStateChanged(UNREAD, error != null);
            why.setText(error);
            picker.setTooltip(error == null ? own : why); // the editor's tooltip is bound to the picker's
        });
        return typed;
    }

    /**
     * The picker's date with the sentence of its unread text, for an action to refuse on
     * ({@link EnteredDate#date()}); text that reads counts even before the picker committed it (a
     * mnemonic's action does not move the focus out of the field). A picker not attached here reads
     * as its date.
     */
    public static EnteredDate entered(DatePicker picker) {
        // before its skin, a picker's field has not shown the date set on it yet (empty text, read as no date): a
        // screen the desk builds off the FX thread and counts as it goes in (Root causes, newuser16) read no From
        if (!(picker.getProperties().get(READING) instanceof ParsedField<?> typed) || picker.getSkin() == null) {
            return EnteredDate.of(picker.getValue());
        }
        return typed.getError() != null ? new EnteredDate(picker.getValue(), typed.getError())
                : EnteredDate.of((LocalDate) typed.getValue());
    }

    /**
     * Reads through {@code dates}; text that is no date leaves the picker's date as it was instead of
     * throwing, and stays in the field: the picker shows its date's text again right after a commit,
     * which would put the old date back over what was typed, so that one showing returns the text.
     */
    public static StringConverter<LocalDate> keepingTheLastDate(DatePicker picker, StringConverter<LocalDate> dates) {
        return new StringConverter<>() {
            private String unread; // the text a commit could not read, until the picker shows its date again
            private LocalDate keptFor;

            @Override
            public String toString(LocalDate date) {
                String text = unread != null && java.util.Objects.equals(date, keptFor) ? unread : dates.toString(date);
                unread = null;
                return text;
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    unread = null;
                    return dates.fromString(text);
                } catch (InputException e) {
                    unread = text;
                    keptFor = picker.getValue();
                    if (keptFor == null) {
                        // with no date, the skin empties the field whatever toString says
                        // (ComboBoxPopupControl.updateDisplayNode): put the text back after it
                        Platform.runLater(() -> {
                            if (picker.getValue() == null && picker.getEditor().getText().isEmpty()) {
                                picker.getEditor().setText(text);
                            }
                        });
                    }
                    return keptFor;
                }
            }
        };
    }
}
