package com.orderdesk.logic.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.geo.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Addresses are checked against the shipped gazetteer: the ZIP exists and agrees with the city and state. */
class AddressCheckTest {
    private static AddressCheck check;

    @BeforeAll
    static void gazetteer() {
        check = new AddressCheck(Gazetteer.loadDefault());
    }

    private static AddressCheck.Checked of(String city, String state, String zip) {
        return check.check(new PostalAddress("120 W Madison St", "", city, state, zip), "billTo", 0);
    }

    @Test
    void aZipThatAgreesWithItsCityAndStatePassesWithTheGazetteersPoint() {
        AddressCheck.Checked c = of("Chicago", "IL", "60602");
        assertThat(c.passed()).isTrue();
        assertThat(c.point().lat()).isBetween(41.8, 42.0);
        assertThat(c.point().lon()).isBetween(-87.8, -87.5);
        assertThat(of("chicago", "il", "60602-2401").passed()).isTrue();
    }

    @Test
    void abbreviationsAndPunctuationOfTheCityDoNotCount() {
        assertThat(of("St. Louis", "MO", "63101").passed()).isTrue();
        assertThat(of("Saint Louis", "MO", "63101").passed()).isTrue();
        assertThat(of("Ft Worth", "TX", "76102").passed()).isTrue();
        assertThat(AddressCheck.sameCity("Winston Salem", "Winston-Salem")).isTrue();
    }

    @Test
    void aCityThatIsNotTheZipsIsRefusedNamingTheZipsCity() {
        assertThat(of("Evanston", "IL", "60602").problems()).extracting(CustomerProblem::field, CustomerProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("billTo.city",
                        "ZIP code 60602 is Chicago, IL, not Evanston: correct the city or the ZIP code."));
    }

    @Test
    void aStateThatIsNotTheZipsIsRefused() {
        assertThat(of("Chicago", "IN", "60602").problems()).extracting(CustomerProblem::message)
                .containsExactly("ZIP code 60602 is in Chicago, IL, not in IN: correct the state or the ZIP code.");
    }

    @Test
    void unknownMalformedAndMissingPartsAreEachNamed() {
        assertThat(of("Chicago", "IL", "99999").problems()).extracting(CustomerProblem::field).containsExactly("billTo.zip");
        assertThat(of("Chicago", "IL", "6060").problems()).extracting(CustomerProblem::message)
                .containsExactly("ZIP code \"6060\" is not a ZIP code: 5 digits, or ZIP+4 such as 60602-2401.");
        assertThat(of("Chicago", "XX", "60602").problems()).extracting(CustomerProblem::message)
                .containsExactly("State \"XX\" is not a US state code: two letters such as IL or TX.");
        assertThat(check.check(PostalAddress.EMPTY, "shipTos", 2).problems())
                .extracting(p -> p.field() + "#" + p.index())
                .containsExactly("shipTos.line1#2", "shipTos.zip#2", "shipTos.state#2", "shipTos.city#2");
        assertThat(of("", "IL", "60602").problems()).extracting(CustomerProblem::message)
                .containsExactly("City: ZIP code 60602 is Chicago; type the city.");
    }
}
