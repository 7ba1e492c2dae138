package com.orderdesk.logic.customer;

import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a customer must be to be stored, each rule a sentence that says what is wrong and what is
 * allowed. The lists are checked in the order given, so a problem's index is the row the user sees.
 * What needs the book (a known SKU, a bank account or EDI ID not someone else's, a free number) is
 * checked by the use case.
 */
public final class CustomerRules {
    static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;|,<>]+@[^@\\s;|,<>]+\\.[^@\\s;|,<>]+");
    private static final Pattern DOMAIN = Pattern.compile("@[^@\\s;|,<>]+\\.[^@\\s;|,<>]+");
    private static final Pattern EDI_ID = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,14}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final Pattern ROUTING = Pattern.compile("[A-Z0-9]{0,20}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9]{1,40}");
    /** Characters that separate entries and fields in the customers file's list columns. */
    private static final Pattern PHONE = Pattern.compile("[0-9 ()+./-]+(\\s*(x|ext\\.?)\\s*\\d{1,6})?");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;|=]");

    private final AddressCheck addresses;

    public CustomerRules(AddressCheck addresses) {
        this.addresses = addresses;
    }

    /** The problems and, for the addresses that passed, the gazetteer's points (bill-to, then ship-tos in order). */
    public record Checked(List<CustomerProblem> problems, GeoPoint billToPoint, List<GeoPoint> shipToPoints) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** The gazetteer check the rules apply to every address (the customer screen runs it as a field is left). */
    public AddressCheck addresses() {
        return addresses;
    }

    public Checked check(CustomerRecord c) {
        List<CustomerProblem> p = new ArrayList<>();
        if (!c.number().isEmpty() && !NUMBER.matcher(c.number()).matches()) {
            p.add(new CustomerProblem("number", 0, "Customer number \"" + c.number() + "\": up to 20 letters, digits, dots,"
                    + " slashes or dashes, starting with a letter or digit (e.g. C-10042); leave it empty for the next number."));
        }
        if (c.name().isEmpty()) {
            p.add(new CustomerProblem("name", 0, "Name: type the customer's name, e.g. Acme Janitorial Supply."));
        } else if (c.name().length() > 255) {
            p.add(new CustomerProblem("name", 0, "Name: at most 255 characters (" + c.name().length() + " typed)."));
        }
        phone(p, "phone", 0, "Phone", c.phone());
        email(p, "email", 0, "E-mail", c.email());
        contacts(p, c.contacts());
        AddressCheck.Checked bill = addresses.check(c.billTo(), "billTo", 0);
        p.addAll(bill.problems());
        if (c.paymentTerms().isEmpty()) {
            p.add(new CustomerProblem("paymentTerms", 0, "Payment terms: e.g. NET 30, 2/10 NET 30 or DUE ON RECEIPT."));
        } else {
            try {
                PaymentTerms.parse(c.paymentTerms());
            } catch (IllegalArgumentException e) {
                p.add(new CustomerProblem("paymentTerms", 0, "Payment terms: " + e.getMessage() + "."));
            }
        }
        if (c.taxExemption() != null) {
            String cert = c.taxExemption().certificate();
            if (cert.isEmpty()) {
                p.add(new CustomerProblem("taxExemption.certificate", 0, "Tax exemption: type the certificate number;"
                        + " without one the customer pays sales tax."));
            } else if (cert.length() > 40 || LIST_SEPARATORS.matcher(cert).find()) {
                p.add(new CustomerProblem("taxExemption.certificate", 0, "Certificate number: at most 40 characters, without ; | or =."));
            }
        }
        orderEmails(p, c.orderEmails());
        if (!c.ediSenderId().isEmpty() && !EDI_ID.matcher(c.ediSenderId()).matches()) {
            p.add(new CustomerProblem("ediSenderId", 0, "EDI sender ID \"" + c.ediSenderId() + "\": the interchange"
                    + " sender ID (ISA06), up to 15 letters, digits, dots, dashes or underscores."));
        }
        bankAccounts(p, c.bankAccounts());
        partNumbers(p, c.partNumbers());
        List<GeoPoint> points = shipTos(p, c.shipTos());
        return new Checked(p, bill.point(), points);
    }

    private static void phone(List<CustomerProblem> p, String field, int index, String label, String phone) {
        if (phone.isEmpty()) {
            return;
        }
        int digits = (int) phone.chars().filter(ch -> ch >= '0' && ch <= '9').count();
        if (digits < 7 || digits > 15 || !PHONE.matcher(phone).matches()) {
            p.add(new CustomerProblem(field, index, label + " \"" + phone + "\": 7 to 15 digits, with spaces, dashes or"
                    + " brackets if you like, e.g. (312) 555-0101."));
        }
    }

    private static void email(List<CustomerProblem> p, String field, int index, String label, String email) {
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 255)) {
            p.add(new CustomerProblem(field, index, label + " \"" + email + "\" is not an e-mail address (name@example.com)."));
        }
    }

    private static void contacts(List<CustomerProblem> p, List<CustomerRecord.Contact> contacts) {
        for (int i = 0; i < contacts.size(); i++) {
            CustomerRecord.Contact c = contacts.get(i);
            if (c.isBlank()) {
                continue;
            }
            if (c.name().isEmpty()) {
                p.add(new CustomerProblem("contacts.name", i + 1, "Contact " + (i + 1) + ": type the person's name."));
            } else if (LIST_SEPARATORS.matcher(c.name()).find() || c.name().length() > 255) {
                p.add(new CustomerProblem("contacts.name", i + 1, "Contact " + (i + 1) + ": a name of at most 255 characters, without ; | or =."));
            }
            phone(p, "contacts.phone", i + 1, "Contact " + (i + 1) + " phone", c.phone());
            email(p, "contacts.email", i + 1, "Contact " + (i + 1) + " e-mail", c.email());
        }
    }

    private static void orderEmails(List<CustomerProblem> p, List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i).strip();
            if (!e.isEmpty() && !(EMAIL.matcher(e).matches() || DOMAIN.matcher(e).matches()) || e.length() > 255) {
                p.add(new CustomerProblem("orderEmails", i + 1, "Order e-mail \"" + e + "\": a sender address"
                        + " (buyer@acme.com) or a whole domain written with its @ (@acme.com)."));
            }
        }
    }

    private static void bankAccounts(List<CustomerProblem> p, List<CustomerRecord.BankAccount> accounts) {
        for (int i = 0; i < accounts.size(); i++) {
            CustomerRecord.BankAccount a = accounts.get(i);
            String shown = a.key();
            if (!ROUTING.matcher(a.routing().toUpperCase(java.util.Locale.ROOT)).matches()
                    || !ACCOUNT.matcher(a.account().toUpperCase(java.util.Locale.ROOT)).matches()) {
                p.add(new CustomerProblem("bankAccounts", i + 1, "Bank account \"" + shown + "\": routing:account as on"
                        + " the cheque, e.g. 021000021:7004411 (letters and digits only; an IBAN alone is fine)."));
            } else if (a.routing().matches("\\d{9}") && !abaCheckDigitOk(a.routing())) {
                p.add(new CustomerProblem("bankAccounts", i + 1, "Bank account \"" + shown + "\": " + a.routing()
                        + " is not an ABA routing number (its check digit does not match); copy it again from the cheque."));
            }
        }
    }

    /** ABA routing numbers: 3, 7, 1 weights over the nine digits give a multiple of 10. */
    static boolean abaCheckDigitOk(String routing) {
        int[] w = {3, 7, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += w[i % 3] * (routing.charAt(i) - '0');
        }
        return sum % 10 == 0;
    }

    private static void partNumbers(List<CustomerProblem> p, List<CustomerRecord.PartNumber> parts) {
        Map<String, String> skuByPart = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            CustomerRecord.PartNumber n = parts.get(i);
            if (n.customerPart().isEmpty() && n.sku().isEmpty()) {
                continue;
            }
            if (n.customerPart().isEmpty() || n.customerPart().length() > 60 || LIST_SEPARATORS.matcher(n.customerPart()).find()) {
                p.add(new CustomerProblem("partNumbers.customerPart", i + 1, "Part number " + (i + 1)
                        + ": the customer's part number, up to 60 characters, without ; | or =."));
            } else if (n.sku().isEmpty()) {
                p.add(new CustomerProblem("partNumbers.sku", i + 1, "Part number " + n.customerPart() + ": name our SKU it stands for."));
            } else {
                String before = skuByPart.putIfAbsent(n.customerPart(), n.sku());
                if (before != null && !before.equals(n.sku())) {
                    p.add(new CustomerProblem("partNumbers.customerPart", i + 1, "Part number " + n.customerPart()
                            + " is given for both " + before + " and " + n.sku() + "; one part number names one SKU."));
                }
            }
        }
    }

    private List<GeoPoint> shipTos(List<CustomerProblem> p, List<CustomerRecord.ShipTo> shipTos) {
        List<GeoPoint> points = new ArrayList<>();
        if (shipTos.isEmpty()) {
            p.add(new CustomerProblem("shipTos", 0, "Add at least one ship-to address: orders need somewhere to go."));
            return points;
        }
        Set<String> codes = new HashSet<>();
        int defaults = 0;
        int secondDefault = 0;
        for (int i = 0; i < shipTos.size(); i++) {
            CustomerRecord.ShipTo s = shipTos.get(i);
            int row = i + 1;
            if (!CODE.matcher(s.code()).matches()) {
                p.add(new CustomerProblem("shipTos.code", row, "Ship-to " + row + ": a code of up to 20 letters, digits,"
                        + " dashes or underscores (e.g. DAL); EDI and order files name the ship-to by it."));
            } else if (!codes.add(s.code())) {
                p.add(new CustomerProblem("shipTos.code", row, "Ship-to code " + s.code() + " is used twice; each ship-to needs its own."));
            }
            if (s.label().isEmpty()) {
                p.add(new CustomerProblem("shipTos.label", row, "Ship-to " + row + ": give it a name, e.g. Dallas warehouse."));
            }
            AddressCheck.Checked a = addresses.check(s.address(), "shipTos", row);
            p.addAll(a.problems());
            points.add(a.point());
            if (s.isDefault() && ++defaults == 2) {
                secondDefault = row;
            }
        }
        if (defaults != 1) {
            p.add(new CustomerProblem("shipTos.default", defaults == 0 ? 1 : secondDefault, defaults == 0
                    ? "Mark one ship-to as the default (new orders go there)."
                    : "Only one ship-to can be the default; " + defaults + " are marked."));
        }
        return points;
    }
}
