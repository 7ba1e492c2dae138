package com.orderdesk.application.customer;

import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.Lookalike;
import com.orderdesk.model.common.GeoPoint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Customers' master data in the book (a port: persistence implements it, in the open unit of
 * work). Writes take records already checked by the use case, with the gazetteer's points.
 */
public interface CustomerBook {
    /** A checked record to store, with the points of its bill-to and ship-tos (in the record's order). */
    record Checked(CustomerRecord record, GeoPoint billToPoint, List<GeoPoint> shipToPoints) {
    }

    Optional<CustomerDetail> detail(long id, LocalDate today);

    /** The stored customers with these numbers, by number. */
    Map<String, CustomerRecord> byNumbers(Collection<String> numbers);

    /** Every customer, by number, one at a time (exports of any size). */
    void forEach(Consumer<CustomerRecord> each);

    /** Customers matching every word (each word starts one of the customer's words), by name, at most {@code limit}. */
    List<CustomerRow> search(List<String> words, int limit);

    /** The first customers by name, at most {@code limit}. */
    List<CustomerRow> firstByName(int limit);

    long count();

    /** The next free number of the customer series (taken in this transaction). */
    String nextNumber();

    boolean numberTaken(String number);

    /** Stored customers other than {@code exceptId} with the same phone (main or a contact's), or the same name and ZIP. */
    List<Lookalike> lookalikes(CustomerRecord candidate, Long exceptId);

    /** Of these SKUs, the ones no product has. */
    Set<String> unknownSkus(Collection<String> skus);

    /** The customer number owning each of these bank accounts ("routing:account"), for accounts the book knows. */
    Map<String, String> bankAccountOwners(Collection<CustomerRecord.BankAccount> accounts);

    /** The customer number using each of these EDI sender IDs. */
    Map<String, String> ediOwners(Collection<String> ediIds);

    /** Stores a new customer (its number given) as of {@code since}; returns its id. */
    long insert(Checked customer, LocalDate since);

    /** Stores the changed customer if it is still at {@code record().version()}; false when another desk changed it. */
    boolean update(Checked customer);

    /** Many customers in one go (an import): new ones added as of {@code since}, changed ones updated (false if any version moved). */
    boolean saveAll(List<Checked> added, List<Checked> changed, LocalDate since);

    /** Switches a customer on or off, if still at {@code version}; false when another desk changed it. */
    boolean setActive(long id, long version, boolean active);

    /** True when some customer's search words were made by an older rule, or are missing. */
    boolean searchWordsStale();

    /** Customers whose search words were made by an older rule (or none yet): at most {@code max} of them rebuilt; how many. */
    int refreshSearchWords(int max);

    /** Writes pending work and forgets what the unit of work holds (between batches of a long import). */
    void checkpoint();

    /** Customers, ship-tos and part numbers as the capture engine reads them (active customers and ship-tos only). */
    CaptureCustomers captureCustomers();
}
