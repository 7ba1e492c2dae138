package com.orderdesk.application.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the customer screen keeps is what the order inbox's capture engine identifies customers and part numbers by. */
class CaptureCustomersTest {
    @TempDir
    Path dir;
    private TestBook book;
    private SignedInUser clerk;
    private String number;

    @BeforeEach
    void aCustomerWithMailDomainsEdiAndPartNumbers() {
        book = TestBook.create(dir);
        clerk = book.clerk();
        CustomerRecord r = Customers.withLists(Customers.dallas("", "Lone Star Plumbing", "(214) 555-0100"), "LONESTAR01",
                List.of(), List.of(new CustomerRecord.PartNumber("LS-GLOVE", "GLV-NIT-L")));
        number = book.services().customerMaintenance().save(clerk, r, true).number();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void theBookGivesTheCaptureEngineItsCustomersShipTosAndPartNumbers() {
        CaptureCustomers fromBook = book.services().customerMaintenance().captureCustomers(clerk);

        assertThat(fromBook.customers()).extracting(MasterData.Customer::customerNo).containsExactly("C-10000", "C-10001", "C-10002");
        MasterData.Customer lone = fromBook.customers().get(0);
        assertThat(lone.emails()).containsExactly("@lonestar.example");
        assertThat(lone.ediId()).isEqualTo("LONESTAR01");
        assertThat(fromBook.shipTos()).filteredOn(s -> s.customerNo().equals(number))
                .extracting(s -> s.code() + " " + s.name() + " " + s.city() + " " + s.isDefault())
                .containsExactly("DAL Dallas warehouse Dallas true", "HOU Houston store Houston false");
        assertThat(fromBook.partNumbers()).containsExactly(new MasterData.PartNumber(number, "LS-GLOVE", "GLV-NIT-L"));

        MasterData data = fromBook.masterData(List.of(new MasterData.Product("GLV-NIT-L", "Nitrile gloves, large, box of 100", "BX",
                1, "", new BigDecimal("12.49"))), List.of(), List.of("@orderdesk.example"));
        String mail = "From: Jo Parker <jo@lonestar.example>\r\nTo: orders@orderdesk.example\r\nSubject: PO 4471\r\n"
                + "Date: Thu, 26 Nov 2026 09:00:00 -0600\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Hello,\r\n\r\nplease send 10 boxes of LS-GLOVE.\r\n\r\nPO 4471\r\n\r\nThanks, Jo\r\n";
        List<Draft> drafts = new CaptureEngine(data).capture(new InboundMessage("lone.eml", mail.getBytes(StandardCharsets.UTF_8)),
                TestBook.TODAY, PoRegister.empty());

        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).customerNo()).isEqualTo(number);
        assertThat(drafts.get(0).lines()).extracting(l -> l.sku()).containsExactly("GLV-NIT-L");
    }

    @Test
    void switchedOffCustomersAreNotOffered() {
        var customers = book.services().customerMaintenance();
        customers.setActive(clerk, book.acmeId, customers.open(clerk, book.acmeId).record().version(), false, null);

        assertThat(customers.captureCustomers(clerk).customers()).extracting(MasterData.Customer::customerNo)
                .containsExactly("C-10000", "C-10002");
    }
}
