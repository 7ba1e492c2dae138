package com.orderdesk.logic.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void aSlipOfTheKeyboardIsOneEdit() {
        assertThat(EditDistance.distance("prodcuts", "products", 5)).as("neighbours swapped").isEqualTo(1);
        assertThat(EditDistance.distance("104523", "104823", 5)).as("a wrong digit").isEqualTo(1);
        assertThat(EditDistance.distance("104523", "10453", 5)).as("a dropped digit").isEqualTo(1);
        assertThat(EditDistance.distance("104523", "1045523", 5)).as("a doubled digit").isEqualTo(1);
        assertThat(EditDistance.distance("route", "products", 8)).as("p, d, c put in, e for s").isEqualTo(4);
        assertThat(EditDistance.distance("abc", "abc", 0)).isZero();
    }

    @Test
    void aDistanceOverTheLimitIsReportedAsTheLimitPlusOne() {
        assertThat(EditDistance.distance("route", "products", 2)).isEqualTo(3);
        assertThat(EditDistance.distance("a", "abcdef", 3)).isEqualTo(4);
    }

    /** The linear scan the engines use must say what the dynamic programme says, on every kind of slip. */
    @Test
    void theLinearScanAgreesWithTheDynamicProgramme() {
        Random random = new Random(17);
        int near = 0;
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? word(random) : slip(a, random);
            int full = EditDistance.distance(a, b, Math.max(a.length(), b.length()));
            assertThat(EditDistance.atMostOne(a, b)).as("%s / %s at distance %d", a, b, full).isEqualTo(full <= 1);
            assertThat(EditDistance.distance(a, b, 1)).as("%s / %s with limit 1", a, b).isEqualTo(Math.min(full, 2));
            near += full == 1 ? 1 : 0;
        }
        assertThat(near).as("pairs one slip apart among the draws").isGreaterThan(5_000);
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(3)));
        }
        return w.toString();
    }

    /** One or two of: a change, an insertion, a deletion, two neighbours swapped. */
    private static String slip(String a, Random random) {
        StringBuilder w = new StringBuilder(a);
        int slips = 1 + random.nextInt(2);
        for (int s = 0; s < slips; s++) {
            int at = w.length() == 0 ? 0 : random.nextInt(w.length());
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (w.length() > 0) {
                        w.setCharAt(at, (char) ('a' + random.nextInt(3)));
                    }
                }
                case 1 -> w.insert(at, (char) ('a' + random.nextInt(3)));
                case 2 -> {
                    if (w.length() > 0) {
                        w.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at + 1 < w.length()) {
                        char c = w.charAt(at);
                        w.setCharAt(at, w.charAt(at + 1));
                        w.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return w.toString();
    }
}
