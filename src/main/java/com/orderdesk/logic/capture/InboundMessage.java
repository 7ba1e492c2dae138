package com.orderdesk.logic.capture;

/** One message as it arrived: its file name (which says its format) and its bytes. */
public record InboundMessage(String fileName, byte[] bytes) {
}
