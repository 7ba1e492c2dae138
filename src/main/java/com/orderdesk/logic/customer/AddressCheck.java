package com.orderdesk.logic.customer;

import com.orderdesk.logic.geo.Gazetteer;
import com.orderdesk.logic.geo.ZipPlace;
import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a US address against the shipped gazetteer: the ZIP code exists, and its state and postal
 * city are the ones typed. The ZIP's point is what the router measures distances from, so an
 * address that passes carries its coordinates.
 */
public final class AddressCheck {
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final Gazetteer gazetteer;

    public AddressCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The outcome: the problems (none when it passed) and the ZIP's point when the ZIP is known. */
    public record Checked(List<CustomerProblem> problems, GeoPoint point) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /**
     * @param prefix names the fields in the problems ("billTo" gives "billTo.zip")
     * @param index  the row of a list (ship-tos), 0 for a single address
     */
    public Checked check(PostalAddress a, String prefix, int index) {
        List<CustomerProblem> problems = new ArrayList<>();
        if (a.line1().isEmpty()) {
            problems.add(new CustomerProblem(prefix + ".line1", index, "Street: type the street and number, e.g. 120 W Madison St."));
        }
        Optional<ZipPlace> place = Optional.empty();
        if (a.zip().isEmpty()) {
            problems.add(new CustomerProblem(prefix + ".zip", index, "ZIP code: type the 5-digit ZIP code, e.g. 60602."));
        } else if (!ZIP.matcher(a.zip()).matches()) {
            problems.add(new CustomerProblem(prefix + ".zip", index, "ZIP code \"" + a.zip()
                    + "\" is not a ZIP code: 5 digits, or ZIP+4 such as 60602-2401."));
        } else {
            place = gazetteer.find(a.zip());
            if (place.isEmpty()) {
                problems.add(new CustomerProblem(prefix + ".zip", index, "ZIP code " + a.zip()
                        + " is not in the gazetteer (the 50 states and DC); check the digits."));
            }
        }
        if (a.state().isEmpty()) {
            problems.add(new CustomerProblem(prefix + ".state", index, "State: type the two-letter code, e.g. IL."));
        } else if (!STATE.matcher(a.state()).matches() || !gazetteer.states().contains(a.state())) {
            problems.add(new CustomerProblem(prefix + ".state", index, "State \"" + a.state()
                    + "\" is not a US state code: two letters such as IL or TX."));
        } else if (place.isPresent() && !place.get().state().equals(a.state())) {
            problems.add(new CustomerProblem(prefix + ".state", index, "ZIP code " + a.zip() + " is in "
                    + place.get().city() + ", " + place.get().state() + ", not in " + a.state() + ": correct the state or the ZIP code."));
        }
        if (a.city().isEmpty()) {
            problems.add(new CustomerProblem(prefix + ".city", index, place.map(p -> "City: ZIP code " + a.zip() + " is "
                    + p.city() + "; type the city.").orElse("City: type the city.")));
        } else if (place.isPresent() && place.get().state().equals(a.state()) && !sameCity(place.get().city(), a.city())) {
            problems.add(new CustomerProblem(prefix + ".city", index, "ZIP code " + a.zip() + " is " + place.get().city()
                    + ", " + place.get().state() + ", not " + a.city() + ": correct the city or the ZIP code."));
        }
        return new Checked(problems, place.map(ZipPlace::location).orElse(null));
    }

    /** The gazetteer's spelling of the city of a ZIP code, to offer while typing. */
    public Optional<ZipPlace> place(String zip) {
        return gazetteer.find(zip);
    }

    /** "St. Louis" is "Saint Louis", "Ft Worth" is "Fort Worth"; case, dots and hyphens do not count. */
    static boolean sameCity(String gazetteerCity, String typed) {
        return cityKey(gazetteerCity).equals(cityKey(typed));
    }

    static String cityKey(String city) {
        String s = " " + city.toUpperCase(Locale.ROOT).replaceAll("[.'\u2019]", "").replaceAll("[^A-Z0-9]+", " ").strip() + " ";
        s = s.replace(" ST ", " SAINT ").replace(" STE ", " SAINTE ").replace(" FT ", " FORT ").replace(" MT ", " MOUNT ");
        return s.strip();
    }
}
