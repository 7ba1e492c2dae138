package com.orderdesk.gui.order;

import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.ParsedField;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.model.order.OrderChannel;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Order entry's header fields bound to the view model (customer and lines have their own helpers). */
final class OrderHeaderFields {
    private OrderHeaderFields() {
    }

    static void bind(OrderEntryViewModel vm, Formats formats, ComboBox<OrderChannel> channelBox, ComboBox<ShipToView> shipToBox,
                     TextField poField, TextField notesField, DatePicker requestedDatePicker) {
        // a clerk keys phone and e-mail orders; an order captured by EDI or from a file still shows its channel
        // (the view model offers it before it sets it: see OrderEntryViewModel.showChannel)
        channelBox.setItems(vm.channelChoices());
        channelBox.setConverter(Formats.display(OrderChannel::label, ""));
        channelBox.valueProperty().bindBidirectional(vm.channelProperty());
        shipToBox.setItems(vm.shipTos());
        shipToBox.valueProperty().bindBidirectional(vm.shipToProperty());
        poField.textProperty().bindBidirectional(vm.customerPoProperty());
        notesField.textProperty().bindBidirectional(vm.notesProperty());
        StringConverter<LocalDate> dates = formats.dateConverter();
        requestedDatePicker.setConverter(DateEntry.keepingTheLastDate(requestedDatePicker, dates));
        requestedDatePicker.valueProperty().bindBidirectional(vm.requestedDateProperty());
        // the picker keeps its last date under text it cannot read: the save must know the difference
        vm.unreadableRequestedDateProperty().bind(ParsedField.attach(requestedDatePicker.getEditor(), dates).errorProperty());
    }
}
