package com.orderdesk.logic.fulfillment.routing;

/** The kinds of place that can ship an order: a distribution centre, a store, a drop-shipping supplier. */
public enum NodeType {
    DC, STORE, SUPPLIER
}
