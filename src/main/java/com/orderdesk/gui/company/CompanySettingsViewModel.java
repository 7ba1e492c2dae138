package com.orderdesk.gui.company;

import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.application.company.LogoChange;
import com.orderdesk.logic.company.LogoReader;
import com.orderdesk.logic.company.CompanySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The company settings form without widgets: the settings as opened, the fields as typed, and the
 * logo the administrator chose (checked as the invoices will read it, stored in the book only on
 * save). A refused save keeps every field and the chosen logo, and says why.
 */
public final class CompanySettingsViewModel {
    /** A logo file read and checked: its bytes and what it is. */
    public record LogoPick(Path file, byte[] bytes, LogoReader.Facts facts) {
    }

    private final CompanyDesk desk;
    private CompanySettingsUseCases.Current opened;
    private LogoChange logoChange = LogoChange.KEEP;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty remitToName = new SimpleStringProperty("");
    private final StringProperty remitToAddress = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty taxId = new SimpleStringProperty("");
    private final StringProperty bank = new SimpleStringProperty("");
    private final StringProperty terms = new SimpleStringProperty("");
    private final StringProperty domains = new SimpleStringProperty("");
    private final StringProperty ediQualifier = new SimpleStringProperty("");
    private final StringProperty ediId = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> logoBytes = new SimpleObjectProperty<>();
    private final StringProperty logoText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public CompanySettingsViewModel(CompanyDesk desk) {
        this.desk = desk;
    }

    public Callable<CompanySettingsUseCases.Current> loadWork() {
        return desk::load;
    }

    /** Shows the settings as stored; what was typed and not saved is dropped. */
    public void loaded(CompanySettingsUseCases.Current current) {
        opened = current;
        CompanySettings s = current.settings();
        name.set(s.name());
        address.set(String.join("\n", s.address()));
        remitToName.set(s.remitToName());
        remitToAddress.set(String.join("\n", s.remitToAddress()));
        contact.set(s.contactLine());
        taxId.set(s.taxId());
        bank.set(s.bankLine());
        terms.set(s.defaultPaymentTerms());
        domains.set(String.join(", ", s.mailDomains()));
        ediQualifier.set(s.ediQualifier());
        ediId.set(s.ediId());
        reason.set("");
        logoChange = LogoChange.KEEP;
        if (current.logo() == null) {
            logoBytes.set(null);
            logoText.set("Order Desk's own logo (the book keeps none of yours).");
        } else {
            logoBytes.set(current.logo().bytes());
            logoText.set(describe(current.logoType(), current.logo().size()) + ", stored in the book.");
        }
    }

    public boolean isLoaded() {
        return opened != null;
    }

    /** Reads and checks a chosen file off the FX thread (the sentence why it cannot be used, when it cannot). */
    public Callable<LogoPick> readLogo(Path file) {
        return () -> {
            long size = Files.size(file);
            if (size > 4L * com.orderdesk.logic.company.LogoReader.MAX_BYTES) {
                throw new IllegalArgumentException("Logo: " + file.getFileName() + " has " + size / 1024 + " KB; a logo may have at most "
                        + com.orderdesk.logic.company.LogoReader.MAX_BYTES / 1024 + " KB.");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new LogoPick(file, bytes, desk.checkLogo(bytes));
        };
    }

    public void logoChosen(LogoPick pick) {
        logoChange = LogoChange.replace(pick.bytes());
        logoBytes.set(pick.bytes());
        logoText.set(pick.file().getFileName() + ": " + describe(pick.facts().type(), pick.bytes().length) + ", "
                + pick.facts().width() + " x " + pick.facts().height() + "; stored in the book when you save.");
        messageIsError.set(false);
        message.set("");
    }

    public void logoRefused(Throwable e) {
        messageIsError.set(true);
        message.set(text(e) + " The logo was not changed.");
    }

    /** Invoices print Order Desk's own logo again (after saving). */
    public void useDefaultLogo() {
        logoChange = opened != null && opened.logo() == null ? LogoChange.KEEP : LogoChange.USE_DEFAULT;
        logoBytes.set(null);
        logoText.set("Order Desk's own logo" + (logoChange == LogoChange.KEEP ? "." : " (after saving)."));
    }

    /** The settings as typed. */
    public CompanySettings typed() {
        return new CompanySettings(name.get(), lines(address.get()), remitToName.get(), lines(remitToAddress.get()),
                contact.get(), taxId.get(), bank.get(), terms.get(), CompanySettings.domains(domains.get()), ediQualifier.get(),
                ediId.get());
    }

    /** Ctrl+S: the save to run off the FX thread (true when something changed); empty when the form has problems. */
    public Optional<Callable<Boolean>> save() {
        if (opened == null) {
            return Optional.empty();
        }
        CompanySettings changed = typed();
        List<String> problems = changed.problems();
        if (!problems.isEmpty()) {
            messageIsError.set(true);
            message.set("Not saved: " + String.join(" ", problems));
            return Optional.empty();
        }
        CompanySettingsUseCases.Current was = opened;
        LogoChange logo = logoChange;
        String why = reason.get();
        busy.set(true);
        messageIsError.set(false);
        message.set("Saving…");
        return Optional.of(() -> desk.save(was, changed, logo, why));
    }

    public String saved(boolean changed) {
        busy.set(false);
        messageIsError.set(false);
        String text = changed ? "Company settings saved; the next invoice printed on any desk shows them."
                : "Nothing to save: the settings are as stored.";
        message.set(text);
        return text;
    }

    public void failed(Throwable e) {
        busy.set(false);
        messageIsError.set(true);
        message.set("Not saved: " + text(e) + (text(e).contains("still on the form") ? "" : " Your changes are still on the form."));
    }

    private static String text(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static List<String> lines(String block) {
        return block == null ? List.of() : Arrays.stream(block.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String describe(String type, long bytes) {
        return (type == null ? "image" : type.toUpperCase(java.util.Locale.ROOT)) + " image, "
                + (bytes < 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " KB");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty remitToNameProperty() {
        return remitToName;
    }

    public StringProperty remitToAddressProperty() {
        return remitToAddress;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty taxIdProperty() {
        return taxId;
    }

    public StringProperty bankProperty() {
        return bank;
    }

    public StringProperty termsProperty() {
        return terms;
    }

    public StringProperty domainsProperty() {
        return domains;
    }

    public StringProperty ediQualifierProperty() {
        return ediQualifier;
    }

    public StringProperty ediIdProperty() {
        return ediId;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<byte[]> logoBytesProperty() {
        return logoBytes;
    }

    public StringProperty logoTextProperty() {
        return logoText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
