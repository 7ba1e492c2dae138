package com.orderdesk.application.company;

import java.util.Optional;
import java.util.Properties;

/** The company's settings rows and its logo, in the open unit of work (a port: persistence implements it). */
public interface CompanySettingsRepository {
    /** Every stored setting (key to value); empty when none. */
    Properties settings();

    /** Stores {@code value} under {@code key}, replacing what was there. */
    void put(String key, String value);

    /** Removes the setting; nothing when there is none. */
    void remove(String key);

    /** The logo's bytes as stored in the book, when it keeps one. */
    Optional<byte[]> logo();

    /** Stores the logo, replacing any earlier one. */
    void saveLogo(byte[] bytes, String type);

    /** Removes the stored logo (documents print Order Desk's own again). */
    void removeLogo();
}
