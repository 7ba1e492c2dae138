package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order inbox's words, without JavaFX. */
class InboxTextTest {
    private static InboxRow row(String source, InboxStatus status, String reasons, String orderNo) {
        return new InboxRow(source.hashCode(), 1, 0, Instant.parse("2026-11-26T09:00:00Z"), source, source, OrderChannel.EMAIL,
                status, "C-10001", "PO-1", Money.of("10"), reasons, orderNo == null ? null : 7L, orderNo);
    }

    @Test
    void countSaysHowManyAreLeftToReviewAndWhatWasLeftOut() {
        List<InboxRow> rows = List.of(row("a.eml", InboxStatus.TO_REVIEW, "No customer", null),
                row("b.edi", InboxStatus.SAVED_TOUCHLESS, "", "SO-1"), row("c.eml", InboxStatus.TO_REVIEW, null, null));

        assertThat(InboxText.count(rows, "")).isEqualTo("3 messages, 2 to review");
        assertThat(InboxText.count(List.of(), "1 row left out")).isEqualTo("0 messages, 0 to review (1 row left out)");
    }

    @Test
    void statusTitleAndReasonsOfARow() {
        InboxRow saved = row("b.edi", InboxStatus.SAVED_TOUCHLESS, " ", "SO-1");
        InboxRow open = row("a.eml", InboxStatus.TO_REVIEW, "No customer", null);

        assertThat(InboxText.status(saved)).isEqualTo("Saved touchless (SO-1)");
        assertThat(InboxText.status(open)).isEqualTo("To review");
        assertThat(InboxText.styleClass(InboxStatus.SAVED_AFTER_REVIEW)).isEqualTo("inbox-saved-after-review");
        assertThat(InboxText.title(open)).isEqualTo("a.eml \u2014 To review");
        assertThat(InboxText.reasons(open)).isEqualTo("Needs a person: No customer\nCorrect the order beside and save it with"
                + " Ctrl+S; Alt+N if the message holds no order.");
        assertThat(InboxText.reasons(saved)).isEmpty();
        assertThat(InboxText.reading(1)).isEqualTo("Reading 1 message...");
        assertThat(InboxText.reading(3)).isEqualTo("Reading 3 messages...");
        assertThat(InboxText.readingMessage(3, 12)).isEqualTo("Reading message 3 of 12");
    }

    @Test
    void aRejectedRowReadsInWordsAndKeepsTheReadersTextForDetails() {
        InboxRow rejected = row("broken.edi", InboxStatus.REJECTED, "segment 1: EDIE005 - Unexpected end of stream at offset 42", null);
        InboxRow open = row("a.eml", InboxStatus.TO_REVIEW, "No customer", null);
        String words = "The EDI file ends in the middle of segment 1 (ISA): it looks cut off. Ask the sender to send it again.";

        assertThat(InboxText.reasons(rejected)).isEqualTo(words);
        assertThat(InboxText.reasonsColumn(rejected)).isEqualTo(words);
        assertThat(InboxText.details(rejected)).isEqualTo("segment 1: EDIE005 - Unexpected end of stream at offset 42");
        assertThat(InboxText.reasonsColumn(open)).isEqualTo("No customer");
        assertThat(InboxText.details(open)).isEmpty();
    }

    /** Tour of 7 December (olivia): the order pane beside a rejected message was empty. */
    @Test
    void theOrderPaneSaysWhyAMessageHasNoOrderAndWhatToDo() {
        InboxRow rejected = row("broken.edi", InboxStatus.REJECTED, "segment 1: EDIE005 - Unexpected end of stream at offset 42", null);

        assertThat(InboxText.noOrder(rejected)).isEqualTo("No order was read from this message. The EDI file ends in the middle"
                + " of segment 1 (ISA): it looks cut off. Ask the sender to send it again. If the customer cannot wait, type the"
                + " order in Order entry from the message beside.");
        assertThat(InboxText.noOrder(row("x.eml", InboxStatus.REJECTED, " ", null))).startsWith(
                "No order was read from this message. Ask the sender to send it again. If");
        assertThat(InboxText.noOrder(row("q.eml", InboxStatus.NOT_AN_ORDER, "a quote", null))).isEqualTo(InboxText.NO_ORDER_IN_IT);
    }

    /**
     * Tour of 7 December (newuser18, olivia): "Needs a person: PO DEMO-C-10012-1 of C-10012 was already
     * received" said what was wrong, not what to do; one Ctrl+S saved a second order on the same PO.
     */
    @Test
    void aPoAlreadyReceivedSaysWhatToDoWithTheMessage() {
        InboxRow again = row("order-again.eml", InboxStatus.TO_REVIEW, "PO 7781 of C-10001 was already received", null);

        assertThat(InboxText.reasons(again)).isEqualTo("Needs a person: PO 7781 of C-10001 was already received\n"
                + "If it is the same order sent again, press Alt+N: not an order. If it is a new order, save it with Ctrl+S.");
        assertThat(InboxText.reasonsColumn(again)).as("the list's column stays short").isEqualTo("PO 7781 of C-10001 was already received");
    }
}
