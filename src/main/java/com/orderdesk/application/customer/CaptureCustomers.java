package com.orderdesk.application.customer;

import com.orderdesk.logic.capture.MasterData;
import java.util.List;

/**
 * The customer half of the capture engine's {@link MasterData}, read from the book: who sends
 * which mails and EDI, where they ship and their own part numbers. The order inbox adds the
 * catalogue, contract prices and the company's own mail domains.
 */
public record CaptureCustomers(List<MasterData.Customer> customers, List<MasterData.ShipTo> shipTos,
                               List<MasterData.PartNumber> partNumbers) {
    public CaptureCustomers {
        customers = List.copyOf(customers);
        shipTos = List.copyOf(shipTos);
        partNumbers = List.copyOf(partNumbers);
    }

    public MasterData masterData(List<MasterData.Product> products, List<MasterData.Price> prices, List<String> internalDomains) {
        return new MasterData(customers, shipTos, products, prices, partNumbers, internalDomains);
    }
}
