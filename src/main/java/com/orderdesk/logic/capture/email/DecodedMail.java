package com.orderdesk.logic.capture.email;

import java.util.List;

/** A mail reduced to what the order reader needs: sender, subject, auto-reply marks, body text, CSV attachments. */
record DecodedMail(String fromAddress, String fromName, String subject, boolean autoReply, String body,
                   List<Attachment> attachments) {
    record Attachment(String name, String text) {
    }
}
