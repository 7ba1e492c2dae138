package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.customer.CustomerImport;
import com.orderdesk.application.customer.CustomerMaintenance;
import com.orderdesk.application.customer.Customers;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customers are kept by order clerks and administrators; credit managers and AR clerks may look but
 * not change; importing is the administrator's. Each refusal leaves the customer tables and the
 * audit trail as they were.
 */
class CustomerPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;
    CustomerMaintenance customers;
    CustomerImport imports;
    SignedInUser clerk;
    SignedInUser manager;
    SignedInUser arClerk;
    SignedInUser admin;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        customers = book.services().customerMaintenance();
        imports = book.services().customerImport();
        clerk = book.clerk();
        manager = book.manager();
        arClerk = book.arClerk();
        admin = book.admin();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    /** The customer tables as text, beside the book's fingerprint. */
    private String customerTables() {
        return book.db.read(s -> {
            StringBuilder sb = new StringBuilder();
            for (String table : new String[] {"customer", "ship_to", "customer_contact", "customer_order_address",
                    "customer_part_number", "customer_bank_account"}) {
                sb.append(table).append(s.createNativeQuery("SELECT * FROM " + table + " ORDER BY 1, 2", Object[].class)
                        .getResultList().stream().map(java.util.Arrays::toString).toList()).append('\n');
            }
            return sb.toString();
        });
    }

    private void refused(String phrase, org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        String before = customerTables();
        refusedAndNothingChanged(book, phrase, action);
        assertThat(customerTables()).isEqualTo(before);
    }

    @Test
    void onlyClerksAndAdministratorsAddOrChangeCustomers() {
        CustomerRecord acme = customers.open(clerk, book.acmeId).record();
        CustomerRecord changed = Customers.withTerms(acme, "NET 60");
        for (SignedInUser other : List.of(manager, arClerk)) {
            refused("add or change customers", () -> customers.save(other, Customers.dallas("", "New Co", ""), true));
            refused("add or change customers", () -> customers.save(other, changed, false));
            refused("add or change customers", () -> customers.setActive(other, book.acmeId, acme.version(), false, "x"));
            refused("add or change customers", () -> customers.lookalikes(other, changed));
        }
        assertThat(customers.save(admin, changed, false).version()).isEqualTo(acme.version() + 1);
    }

    @Test
    void everyoneWhoSeesOrdersMayLookUpCustomers() {
        for (SignedInUser u : List.of(clerk, manager, arClerk, admin)) {
            assertThat(customers.list(u, "acme", 10).rows()).hasSize(1);
            assertThat(customers.open(u, book.acmeId).record().number()).isEqualTo("C-10001");
        }
    }

    @Test
    void onlyAdministratorsImportCustomers() {
        List<CustomerRecord> file = List.of(Customers.dallas("C-50001", "Imported Co", ""));
        for (SignedInUser other : List.of(clerk, manager, arClerk)) {
            refused("import customers, products or prices", () -> imports.importAll(other, file, "x.csv"));
        }
        assertThat(imports.importAll(admin, file, "x.csv").added()).isEqualTo(1);
    }

    @Test
    void aSwitchedOffAccountMayNoLongerChangeCustomers() {
        SignedInUser clerk2 = book.user("clerk2", Role.ORDER_CLERK);
        book.services().users().setActive(admin, "clerk2", false, "left");
        refused("add or change customers", () -> customers.save(clerk2, Customers.dallas("", "New Co", ""), true));
    }
}
