package com.orderdesk.application.customer;

import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.TaxExemption;
import java.time.LocalDate;
import java.util.List;

/** Customer records for tests: a valid new customer in Dallas, changed one piece at a time. */
public final class Customers {
    private Customers() {
    }

    public static final PostalAddress DALLAS = new PostalAddress("1200 Commerce St", "", "Dallas", "TX", "75201");
    public static final PostalAddress HOUSTON = new PostalAddress("88 Westheimer Rd", "Suite 4", "Houston", "TX", "77006");

    public static CustomerRecord dallas(String number, String name, String phone) {
        return new CustomerRecord(null, 0, number, name, true, phone, "orders@lonestar.example",
                List.of(new CustomerRecord.Contact("Jo Parker", "(214) 555-0177", "jo@lonestar.example")), DALLAS, "NET 30",
                null, List.of("@lonestar.example"), "", List.of(), List.of(),
                List.of(new CustomerRecord.ShipTo(null, "DAL", "Dallas warehouse", DALLAS, true),
                        new CustomerRecord.ShipTo(null, "HOU", "Houston store", HOUSTON, false)));
    }

    public static CustomerRecord withExemption(CustomerRecord r, String certificate, LocalDate expires) {
        return new CustomerRecord(r.id(), r.version(), r.number(), r.name(), r.active(), r.phone(), r.email(), r.contacts(),
                r.billTo(), r.paymentTerms(), new TaxExemption(certificate, expires), r.orderEmails(), r.ediSenderId(),
                r.bankAccounts(), r.partNumbers(), r.shipTos());
    }

    public static CustomerRecord withLists(CustomerRecord r, String edi, List<CustomerRecord.BankAccount> accounts,
                                           List<CustomerRecord.PartNumber> parts) {
        return new CustomerRecord(r.id(), r.version(), r.number(), r.name(), r.active(), r.phone(), r.email(), r.contacts(),
                r.billTo(), r.paymentTerms(), r.taxExemption(), r.orderEmails(), edi, accounts, parts, r.shipTos());
    }

    public static CustomerRecord withTerms(CustomerRecord r, String terms) {
        return new CustomerRecord(r.id(), r.version(), r.number(), r.name(), r.active(), r.phone(), r.email(), r.contacts(),
                r.billTo(), terms, r.taxExemption(), r.orderEmails(), r.ediSenderId(), r.bankAccounts(), r.partNumbers(),
                r.shipTos());
    }

    public static CustomerRecord withBillTo(CustomerRecord r, PostalAddress billTo) {
        return new CustomerRecord(r.id(), r.version(), r.number(), r.name(), r.active(), r.phone(), r.email(), r.contacts(),
                billTo, r.paymentTerms(), r.taxExemption(), r.orderEmails(), r.ediSenderId(), r.bankAccounts(), r.partNumbers(),
                r.shipTos());
    }
}
