package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.company.LogoChange;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.RejectionWords;
import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox answers an interchange that is not for this desk (TA1 note code 009) or that came
 * before (025, X12's duplicate interchange control number) with a TA1, and takes none of its orders.
 */
class InboxInterchangeAdmissionTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    Path outbox;

    @BeforeEach
    void book() {
        book = TestBook.create(dir);
        services = book.services();
        outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);
    }

    private void take(InboundMessage... messages) {
        services.inbox().take(book.clerk(), List.of(messages), BatchProgress.NONE);
    }

    private InboxRow row(String source) {
        return services.inbox().list(book.clerk()).rows().stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }

    private long orders(String customerPo) {
        return book.db.read(s -> ((Number) s.createNativeQuery("SELECT COUNT(*) FROM sales_order WHERE customer_po = ?1")
                .setParameter(1, customerPo).getSingleResult()).longValue());
    }

    private List<String> outboxText(String prefix) {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The administrator sets the desk's EDI ID in the company settings. */
    private void ediId(String qualifier, String id) {
        var company = services.companySettings();
        var opened = company.load(book.admin());
        CompanySettings s = opened.settings();
        company.save(book.admin(), opened, new CompanySettings(s.name(), s.address(), s.remitToName(), s.remitToAddress(),
                s.contactLine(), s.taxId(), s.bankLine(), s.defaultPaymentTerms(), s.mailDomains(), qualifier, id),
                LogoChange.KEEP, "partners send to our new ID");
    }

    /**
     * The partner sends the same interchange again under another file name (the inbox already
     * skipped the same name with the same bytes). Before, it was read again: a second 997 accepted
     * it and the order waited to review as a duplicate PO, where a clerk could save it a second time.
     */
    @Test
    void theSecondDropOfTheSameInterchangeCreatesNoOrderAndIsAnsweredWithTa1Note025() {
        take(InboxMessages.edi850());
        assertThat(row("acme-850.edi").status()).isEqualTo(InboxStatus.SAVED_TOUCHLESS);
        take(new InboundMessage("acme-850-resent.edi", InboxMessages.edi850().bytes()));

        InboxRow again = row("acme-850-resent.edi");
        assertThat(again.status()).isEqualTo(InboxStatus.REJECTED);
        assertThat(again.reasons()).contains("interchange 000000555 from ZZ ACMEJAN was taken in before (", " in acme-850.edi)",
                "note code 025");
        assertThat(RejectionWords.sentence(again.reasons())).startsWith("The EDI interchange 000000555 from ZZ ACMEJAN came before")
                .contains("acme-850.edi");
        OrderDraft same = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.EDI, "4500077001", null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 10, null, null)));
        assertThatThrownBy(() -> services.inbox().review().save(book.clerk(), again.itemId(), same, false))
                .as("a rejected row is not saved as an order").isInstanceOf(RuntimeException.class);
        assertThat(orders("4500077001")).as("one order for the two drops").isEqualTo(1);

        assertThat(outboxText("997-")).as("the first drop's 997 only").hasSize(1);
        assertThat(outboxText("TA1-")).singleElement().asString()
                .contains("*ZZ*ACMEJAN        *", "TA1*000000555*261126*0912*R*025~", "IEA*0*");
    }

    /** A file of two interchanges with the same sender and control number (node-x12's 850_fat sample): the second is the repeat. */
    @Test
    void theSecondInterchangeOfAFileWithTheSameControlNumberIsRefused() {
        String one = new String(InboxMessages.edi850().bytes(), StandardCharsets.US_ASCII);
        String other = one.replace("4500077001", "4500077002");
        take(new InboundMessage("twice.edi", (one + other).getBytes(StandardCharsets.US_ASCII)));

        assertThat(row("twice.edi#1").status()).isEqualTo(InboxStatus.SAVED_TOUCHLESS);
        assertThat(row("twice.edi#2").status()).isEqualTo(InboxStatus.REJECTED);
        assertThat(row("twice.edi#2").reasons()).contains("(earlier in this file)");
        assertThat(orders("4500077002")).isZero();
        assertThat(outboxText("997-")).hasSize(1);
        assertThat(outboxText("TA1-")).singleElement().asString().contains("TA1*000000555*261126*0912*R*025~");
    }

    /** The public node-x12 850 twice, under two names: its interchange 000003438 from 12 4405197800 is taken once. */
    @Test
    void aPublicSampleDroppedTwiceIsTakenOnce() throws IOException {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/samples/capture/x12/nodex12-850.edi")) {
            sample = in.readAllBytes();
        }
        take(new InboundMessage("nodex12-850.edi", sample));
        take(new InboundMessage("nodex12-850-copy.edi", sample));
        assertThat(row("nodex12-850.edi").status()).as("an unknown sender: to review").isEqualTo(InboxStatus.TO_REVIEW);
        assertThat(row("nodex12-850-copy.edi").status()).isEqualTo(InboxStatus.REJECTED);
        assertThat(outboxText("TA1-")).singleElement().asString()
                .contains("*12*4405197800     *", "TA1*000003438*101127*1719*R*025~");
    }

    /**
     * With the desk's EDI ID set, an interchange addressed to another receiver is answered with a
     * TA1 009 and none of its orders is taken; one addressed to the desk is taken as before.
     */
    @Test
    void anInterchangeForAnotherReceiverIsAnsweredWithTa1Note009AndItsOrdersAreNotTaken() {
        ediId("ZZ", "NORTHWIND");
        String text = new String(InboxMessages.edi850().bytes(), StandardCharsets.US_ASCII);
        take(new InboundMessage("to-old-id.edi", text.getBytes(StandardCharsets.US_ASCII)));
        InboxRow refused = row("to-old-id.edi");
        assertThat(refused.status()).isEqualTo(InboxStatus.REJECTED);
        assertThat(refused.reasons()).contains("is addressed to ZZ ORDERDESK, not to this desk's EDI ID ZZ NORTHWIND", "note code 009");
        assertThat(RejectionWords.sentence(refused.reasons())).contains("ZZ ORDERDESK", "ZZ NORTHWIND", "company settings");
        assertThat(orders("4500077001")).isZero();
        assertThat(outboxText("TA1-")).singleElement().asString()
                .contains("*ZZ*NORTHWIND      *ZZ*ACMEJAN        *", "TA1*000000555*261126*0912*R*009~");

        // the same interchange sent again to the right ID is no repeat: a refused one was not taken
        take(new InboundMessage("to-new-id.edi", text.replace("*ZZ*ORDERDESK      *", "*ZZ*NORTHWIND      *")
                .getBytes(StandardCharsets.US_ASCII)));
        assertThat(row("to-new-id.edi").status()).isEqualTo(InboxStatus.SAVED_TOUCHLESS);
        assertThat(outboxText("997-")).singleElement().asString().contains("*ZZ*NORTHWIND      *ZZ*ACMEJAN        *");
    }

    /** The same ID under another qualifier is another receiver (X12: the qualifier says whose list the ID is from). */
    @Test
    void theDesksIdUnderAnotherQualifierIsAnotherReceiver() {
        ediId("01", "ORDERDESK");
        take(InboxMessages.edi850());
        assertThat(row("acme-850.edi").status()).isEqualTo(InboxStatus.REJECTED);
        assertThat(outboxText("TA1-")).singleElement().asString().contains("R*009~");
    }
}
