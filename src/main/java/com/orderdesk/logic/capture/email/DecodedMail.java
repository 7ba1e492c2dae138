package com.orderdesk.logic.capture.email;

import java.util.List;

/**
 * A mail reduced to what the order reader needs: sender, subject, auto-reply marks, body text, the
 * attachments read as tables (CSV, and spreadsheets turned into CSV), and the attachments that may
 * hold an order but are not read (PDF, word-processor files, spreadsheets that cannot be opened),
 * each with why.
 */
record DecodedMail(String fromAddress, String fromName, String subject, boolean autoReply, String body,
                   List<Attachment> attachments, List<Unread> unread) {
    record Attachment(String name, String text) {
    }

    /** An attachment not read: its name and the sentence why ("PDF attachments are not read"). */
    record Unread(String name, String why) {
    }
}
