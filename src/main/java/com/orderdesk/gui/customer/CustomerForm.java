package com.orderdesk.gui.customer;

import com.orderdesk.logic.customer.CreditStanding;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.TaxExemption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer editor's edit buffer (mvvmFX style): what the form shows, as properties the fields
 * bind to, read from a stored customer or started empty, and turned back into a
 * {@link CustomerRecord} on save. It is never reset by a failed save, so what was typed stays.
 * Dirty means "differs from what was loaded", compared on content, so typing a change and typing it
 * back is not a change.
 */
public final class CustomerForm {
    /** A contact row of the form. */
    public static final class ContactRow {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty phone = new SimpleStringProperty("");
        final StringProperty email = new SimpleStringProperty("");

        CustomerRecord.Contact toContact() {
            return new CustomerRecord.Contact(name.get(), phone.get(), email.get());
        }
    }

    /** A part-number row: the customer's part number and our SKU. */
    public static final class PartRow {
        final StringProperty customerPart = new SimpleStringProperty("");
        final StringProperty sku = new SimpleStringProperty("");
    }

    /** One ship-to as the form edits it; {@code id} stays with the stored ship-to. */
    public static final class ShipToRow {
        Long id;
        final StringProperty code = new SimpleStringProperty("");
        final StringProperty label = new SimpleStringProperty("");
        final AddressFields address = new AddressFields();
        final BooleanProperty isDefault = new SimpleBooleanProperty(false);

        CustomerRecord.ShipTo toShipTo() {
            return new CustomerRecord.ShipTo(id, code.get(), label.get(), address.toAddress(), isDefault.get());
        }
    }

    /** The five fields of an address, and the gazetteer's verdict shown under them. */
    public static final class AddressFields {
        final StringProperty line1 = new SimpleStringProperty("");
        final StringProperty line2 = new SimpleStringProperty("");
        final StringProperty city = new SimpleStringProperty("");
        final StringProperty state = new SimpleStringProperty("");
        final StringProperty zip = new SimpleStringProperty("");
        /** The address check's sentence(s), empty when it passed or was not checked yet. */
        final StringProperty message = new SimpleStringProperty("");

        PostalAddress toAddress() {
            return new PostalAddress(line1.get(), line2.get(), city.get(), state.get(), zip.get());
        }

        void show(PostalAddress a) {
            line1.set(a.line1());
            line2.set(a.line2());
            city.set(a.city());
            state.set(a.state());
            zip.set(a.zip());
            message.set("");
        }
    }

    private Long id;
    private long version;
    private boolean active = true;
    private CustomerRecord loaded;
    private final ObjectProperty<CreditStanding> credit = new SimpleObjectProperty<>();
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final AddressFields billTo = new AddressFields();
    final StringProperty terms = new SimpleStringProperty("");
    final BooleanProperty taxExempt = new SimpleBooleanProperty(false);
    final StringProperty certificate = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> exemptUntil = new SimpleObjectProperty<>();
    final StringProperty orderEmails = new SimpleStringProperty("");
    final StringProperty ediSenderId = new SimpleStringProperty("");
    final StringProperty bankAccounts = new SimpleStringProperty("");
    final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
    final ObservableList<PartRow> parts = FXCollections.observableArrayList();
    final ObservableList<ShipToRow> shipTos = FXCollections.observableArrayList();

    /** Starts a new customer: one empty contact and one default ship-to, terms as most customers have them. */
    public void startNew(String defaultTerms) {
        id = null;
        version = 0;
        active = true;
        credit.set(null);
        show(new CustomerRecord(null, 0, "", "", true, "", "", List.of(), PostalAddress.EMPTY, defaultTerms, null,
                List.of(), "", List.of(), List.of(), List.of()));
        contacts.add(new ContactRow());
        ShipToRow main = new ShipToRow();
        main.code.set("MAIN");
        main.isDefault.set(true);
        shipTos.add(main);
        loaded = toRecord();
    }

    /** Shows a stored customer. */
    public void load(CustomerDetail detail) {
        CustomerRecord r = detail.record();
        id = r.id();
        version = r.version();
        active = r.active();
        credit.set(detail.credit());
        show(r);
        loaded = toRecord();
    }

    private void show(CustomerRecord r) {
        number.set(r.number());
        name.set(r.name());
        phone.set(r.phone());
        email.set(r.email());
        billTo.show(r.billTo());
        terms.set(r.paymentTerms());
        taxExempt.set(r.taxExemption() != null);
        certificate.set(r.taxExemption() == null ? "" : r.taxExemption().certificate());
        exemptUntil.set(r.taxExemption() == null ? null : r.taxExemption().expires());
        orderEmails.set(String.join(", ", r.orderEmails()));
        ediSenderId.set(r.ediSenderId());
        bankAccounts.set(String.join(", ", r.bankAccounts().stream().map(CustomerRecord.BankAccount::key).toList()));
        List<ContactRow> cs = new ArrayList<>();
        for (CustomerRecord.Contact c : r.contacts()) {
            ContactRow row = new ContactRow();
            row.name.set(c.name());
            row.phone.set(c.phone());
            row.email.set(c.email());
            cs.add(row);
        }
        contacts.setAll(cs);
        List<PartRow> ps = new ArrayList<>();
        for (CustomerRecord.PartNumber p : r.partNumbers()) {
            PartRow row = new PartRow();
            row.customerPart.set(p.customerPart());
            row.sku.set(p.sku());
            ps.add(row);
        }
        parts.setAll(ps);
        List<ShipToRow> ss = new ArrayList<>();
        // the default first: it is the one a clerk looks for
        r.shipTos().stream().sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault())).forEach(s -> {
            ShipToRow row = new ShipToRow();
            row.id = s.id();
            row.code.set(s.code());
            row.label.set(s.label());
            row.address.show(s.address());
            row.isDefault.set(s.isDefault());
            ss.add(row);
        });
        shipTos.setAll(ss);
    }

    /** The form as a record to save (lists as typed, in the order shown, so problems point at the rows the user sees). */
    public CustomerRecord toRecord() {
        TaxExemption exemption = taxExempt.get() ? new TaxExemption(certificate.get(), exemptUntil.get()) : null;
        return new CustomerRecord(id, version, number.get(), name.get(), active, phone.get(), email.get(),
                contacts.stream().map(ContactRow::toContact).toList(), billTo.toAddress(), terms.get(), exemption,
                entries(orderEmails.get()), ediSenderId.get(),
                entries(bankAccounts.get()).stream().map(CustomerRecord.BankAccount::parse).toList(),
                parts.stream().map(p -> new CustomerRecord.PartNumber(p.customerPart.get(), p.sku.get())).toList(),
                shipTos.stream().map(ShipToRow::toShipTo).toList());
    }

    /** "a@x.com, @y.com" or one per line: the entries of a list field. */
    static List<String> entries(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A new customer nobody has typed into yet takes {@code defaultTerms} (the company's, read after it was started). */
    void offerTerms(String defaultTerms) {
        if (isNew() && !isDirty() && defaultTerms != null && !defaultTerms.isBlank() && !defaultTerms.equals(terms.get())) {
            terms.set(defaultTerms);
            loaded = toRecord();
        }
    }

    /** True when the form differs from what was loaded (or started). */
    public boolean isDirty() {
        return loaded != null && !toRecord().sameContentAs(loaded);
    }

    /** After a save: the stored identity, and the form as saved is the new "unchanged". */
    public void saved(long newId, String newNumber, long newVersion) {
        id = newId;
        version = newVersion;
        number.set(newNumber);
        loaded = toRecord();
    }

    /** After switching the customer off or on. */
    public void activeChanged(boolean nowActive, long newVersion) {
        active = nowActive;
        version = newVersion;
        // what was typed and not saved stays unsaved
        loaded = loaded == null ? null : loaded.withActive(nowActive);
    }

    /** The sentence to show under the tax exemption when its certificate has run out on {@code today}. */
    public String exemptionWarning(LocalDate today) {
        if (!taxExempt.get() || exemptUntil.get() == null) {
            return "";
        }
        return new TaxExemption(certificate.get().isBlank() ? "(no number)" : certificate.get(), exemptUntil.get())
                .warningOn(today).orElse("");
    }

    /** Adds a ship-to with a code not yet used; the first one is the default. */
    public ShipToRow addShipTo() {
        ShipToRow row = new ShipToRow();
        int n = shipTos.size() + 1;
        String code = "SITE" + n;
        while (codeTaken(code)) {
            code = "SITE" + ++n;
        }
        row.code.set(code);
        row.isDefault.set(shipTos.isEmpty());
        shipTos.add(row);
        return row;
    }

    private boolean codeTaken(String code) {
        return shipTos.stream().anyMatch(s -> s.code.get().equalsIgnoreCase(code));
    }

    /** Makes {@code row} the one default ship-to. */
    public void makeDefault(ShipToRow row) {
        shipTos.forEach(s -> s.isDefault.set(s == row));
    }

    /** Removes a ship-to; when it was the default, the first remaining one becomes the default. */
    public void removeShipTo(ShipToRow row) {
        boolean wasDefault = row.isDefault.get();
        shipTos.remove(row);
        if (wasDefault && !shipTos.isEmpty()) {
            makeDefault(shipTos.get(0));
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    public ObjectProperty<CreditStanding> creditProperty() {
        return credit;
    }

    /** The stored number, or null for a new customer. */
    public String storedNumber() {
        return id == null ? null : Objects.requireNonNullElse(loaded, toRecord()).number();
    }
}
