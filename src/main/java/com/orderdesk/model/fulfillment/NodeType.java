package com.orderdesk.model.fulfillment;

/** Kinds of fulfillment node: distribution centre (warehouse), store, drop-ship supplier. */
public enum NodeType {
    DC, STORE, SUPPLIER
}
