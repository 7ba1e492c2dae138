package com.orderdesk.application.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerList;
import com.orderdesk.logic.customer.CustomerProblem;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerValidationException;
import com.orderdesk.logic.customer.LookalikesFound;
import com.orderdesk.logic.customer.SavedCustomer;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clerk adds, finds, changes and switches off customers on a real book; every change is audited. */
class CustomerMaintenanceTest {
    @TempDir
    Path dir;
    private TestBook book;
    private CustomerMaintenance customers;
    private SignedInUser clerk;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        customers = book.services().customerMaintenance();
        clerk = book.clerk();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void aNewCustomerTakesTheNextNumberAndIsFoundByAnyOfItsWords() {
        SavedCustomer saved = customers.save(clerk, Customers.dallas("", "Lone Star Plumbing Supply", "(214) 555-0100"), false);

        assertThat(saved.created()).isTrue();
        assertThat(saved.number()).isEqualTo("C-10000");
        for (String word : List.of("lone star", "plumbing", "C-10000", "10000", "dallas", "houston", "214 555 0100",
                "555-0177", "0100", "lonestar.example", "jo parker", "75201", "star dallas")) {
            CustomerList found = customers.list(clerk, word, 50);
            assertThat(found.rows()).as(word).extracting(r -> r.number()).containsExactly("C-10000");
        }
        assertThat(customers.list(clerk, "plumbing chicago", 50).rows()).isEmpty();
        assertThat(customers.list(clerk, "", 50).rows()).extracting(r -> r.name())
                .containsExactly("Acme Janitorial Supply", "Lone Star Plumbing Supply", "Portland Public Schools");
        assertThat(customers.list(clerk, "", 50).customersInBook()).isEqualTo(3);
    }

    @Test
    void customersStoredBeforeTheirWordsWereKeptAreFoundToo() {
        assertThat(customers.list(clerk, "acme", 10).rows()).extracting(r -> r.number()).containsExactly("C-10001");
        assertThat(customers.list(clerk, "portland", 10).rows()).extracting(r -> r.number()).containsExactly("C-10002");
        assertThat(customers.list(clerk, "312 555 0101", 10).rows()).extracting(r -> r.number()).containsExactly("C-10001");
    }

    @Test
    void whatWasSavedIsWhatOpensAndTheChangeIsAuditedWithTheFieldsThatChanged() {
        SavedCustomer saved = customers.save(clerk, Customers.dallas("LS-1", "Lone Star Plumbing", "(214) 555-0100"), false);
        CustomerDetail opened = customers.open(clerk, saved.id());
        CustomerRecord r = opened.record();
        assertThat(r.number()).isEqualTo("LS-1");
        assertThat(r.shipTos()).extracting(s -> s.code() + " " + s.label() + " " + s.isDefault())
                .containsExactly("DAL Dallas warehouse true", "HOU Houston store false");
        assertThat(r.sameContentAs(Customers.dallas("LS-1", "Lone Star Plumbing", "(214) 555-0100"))).isTrue();
        assertThat(opened.credit().creditLimit()).isNull();

        SavedCustomer changed = customers.save(clerk, Customers.withTerms(r, "2/10 net 30"), false);
        assertThat(changed.version()).isEqualTo(r.version() + 1);
        assertThat(customers.open(clerk, saved.id()).record().paymentTerms()).isEqualTo("2/10 NET 30");

        List<Object[]> trail = book.db.read(s -> s.createNativeQuery("SELECT action, doc_id, before_value, after_value FROM audit_entry"
                + " WHERE doc_type = 'CUSTOMER' ORDER BY seq", Object[].class).getResultList());
        assertThat(trail).extracting(e -> e[0] + " " + e[1]).containsExactly("CUSTOMER_ADD LS-1", "CUSTOMER_CHANGE LS-1");
        assertThat(AuditValues.parse((String) trail.get(1)[2])).containsExactly(java.util.Map.entry("paymentTerms", "NET 30"));
        assertThat(AuditValues.parse((String) trail.get(1)[3])).containsExactly(java.util.Map.entry("paymentTerms", "2/10 NET 30"));
    }

    @Test
    void aFailedSaveListsEveryProblemByFieldAndStoresNothing() {
        CustomerRecord bad = Customers.withBillTo(Customers.withTerms(Customers.dallas("", "", "12"), "sometime"),
                new com.orderdesk.logic.customer.PostalAddress("1 Main St", "", "Evanston", "TX", "60602"));
        assertThatThrownBy(() -> customers.save(clerk, bad, false))
                .isInstanceOfSatisfying(CustomerValidationException.class, e -> assertThat(e.problems())
                        .extracting(CustomerProblem::field)
                        .containsExactly("name", "phone", "billTo.state", "paymentTerms"));
        assertThat(customers.list(clerk, "", 10).customersInBook()).isEqualTo(2);
    }

    @Test
    void aNewCustomerLikeAStoredOneIsPointedOutAndCanStillBeSaved() {
        CustomerRecord samePhone = Customers.dallas("", "Acme Janitorial (Dallas)", "312.555.0101");

        assertThatThrownBy(() -> customers.save(clerk, samePhone, false))
                .isInstanceOfSatisfying(LookalikesFound.class, e -> assertThat(e.lookalikes())
                        .extracting(Object::toString)
                        .containsExactly("C-10001 Acme Janitorial Supply (same phone 312.555.0101)"));
        assertThat(customers.lookalikes(clerk, samePhone)).hasSize(1);
        assertThat(customers.list(clerk, "", 10).customersInBook()).isEqualTo(2);

        SavedCustomer saved = customers.save(clerk, samePhone, true);
        assertThat(saved.created()).isTrue();
        assertThat(customers.list(clerk, "", 10).customersInBook()).isEqualTo(3);
    }

    @Test
    void sameNameAndZipIsPointedOutWhateverTheCaseAndSuffix() {
        CustomerRecord sameName = Customers.withBillTo(Customers.dallas("", "ACME JANITORIAL SUPPLY, INC.", ""),
                new com.orderdesk.logic.customer.PostalAddress("9 Other St", "", "Chicago", "IL", "60602"));

        assertThat(customers.lookalikes(clerk, sameName)).extracting(Object::toString)
                .containsExactly("C-10001 Acme Janitorial Supply (same name and ZIP 60602)");
    }

    @Test
    void aCustomerChangedAtAnotherDeskIsNotOverwritten() {
        SavedCustomer saved = customers.save(clerk, Customers.dallas("", "Lone Star Plumbing", ""), false);
        CustomerRecord mine = customers.open(clerk, saved.id()).record();
        customers.save(book.user("clerk2", com.orderdesk.model.security.Role.ORDER_CLERK), Customers.withTerms(mine, "NET 45"), false);

        assertThatThrownBy(() -> customers.save(clerk, Customers.withTerms(mine, "NET 60"), false))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("changed at another desk");
        assertThat(customers.open(clerk, saved.id()).record().paymentTerms()).isEqualTo("NET 45");
    }

    @Test
    void aSwitchedOffCustomerIsListedAsSuchAndLeftOutOfOrderEntry() {
        CustomerDetail acme = customers.open(clerk, book.acmeId);
        customers.setActive(clerk, book.acmeId, acme.record().version(), false, "went out of business");

        assertThat(customers.list(clerk, "acme", 10).rows()).extracting(r -> r.number() + " " + r.active())
                .containsExactly("C-10001 false");
        assertThat(book.services().customers().search(clerk, "acme", 10)).isEmpty();
        assertThat(book.services().customers().search(clerk, "portland", 10)).hasSize(1);
    }

    @Test
    void aRemovedShipToIsSwitchedOffAndItsCodeCanBeUsedAgain() {
        CustomerRecord acme = customers.open(clerk, book.acmeId).record();
        assertThat(acme.shipTos()).extracting(CustomerRecord.ShipTo::code).containsExactly("AUSTIN", "MAIN");
        CustomerRecord onlyMain = acme.withShipTos(acme.shipTos().stream().filter(s -> s.code().equals("MAIN")).toList());
        customers.save(clerk, onlyMain, false);

        CustomerRecord after = customers.open(clerk, book.acmeId).record();
        assertThat(after.shipTos()).extracting(CustomerRecord.ShipTo::code).containsExactly("MAIN");
        long stored = book.db.read(s -> s.createNativeQuery("SELECT COUNT(*) FROM ship_to WHERE customer_id = " + book.acmeId,
                Long.class).getSingleResult());
        assertThat(stored).isEqualTo(2);

        List<CustomerRecord.ShipTo> again = new java.util.ArrayList<>(after.shipTos());
        again.add(new CustomerRecord.ShipTo(null, "AUSTIN", "Austin branch (new)", Customers.HOUSTON.equals(null) ? null
                : new com.orderdesk.logic.customer.PostalAddress("500 Congress Ave", "", "Austin", "TX", "78701"), false));
        customers.save(clerk, after.withShipTos(again), false);
        assertThat(customers.open(clerk, book.acmeId).record().shipTos()).extracting(s -> s.code() + " " + s.label())
                .containsExactly("AUSTIN Austin branch (new)", "MAIN Main warehouse");
    }
}
