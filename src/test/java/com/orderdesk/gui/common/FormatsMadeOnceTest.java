package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Money and quantities are formatted with formats made once (per locale, per thread), not a
 * {@code NumberFormat} made for every call, which every money cell did at every paint on the FX thread;
 * the text stays what it was.
 */
class FormatsMadeOnceTest {
    private static final String[] AMOUNTS = {"0", "-0.004", "0.005", "-0.005", "1.005", "2.675", "-1234.565", "999.995",
            "1234567.125", "12345678901234.5", "-98765432.1"};

    /** The text each amount had when every call made its own NumberFormat (taken from main's code at 6391d488). */
    @Test
    void moneyShowsTheSameTextAsBeforeInEveryLocale() {
        assertThat(texts(Locale.US)).containsExactly("0.00", "0.00", "0.01", "-0.01", "1.01", "2.68", "-1,234.57", "1,000.00",
                "1,234,567.13", "12,345,678,901,234.50", "-98,765,432.10");
        assertThat(texts(Locale.GERMANY)).containsExactly("0,00", "0,00", "0,01", "-0,01", "1,01", "2,68", "-1.234,57", "1.000,00",
                "1.234.567,13", "12.345.678.901.234,50", "-98.765.432,10");
        assertThat(texts(Locale.FRANCE)).containsExactly("0,00", "0,00", "0,01", "-0,01", "1,01", "2,68", "-1\u202f234,57",
                "1\u202f000,00", "1\u202f234\u202f567,13", "12\u202f345\u202f678\u202f901\u202f234,50", "-98\u202f765\u202f432,10");
        assertThat(texts(Locale.forLanguageTag("de-CH"))).containsExactly("0.00", "0.00", "0.01", "-0.01", "1.01", "2.68",
                "-1\u2019234.57", "1\u2019000.00", "1\u2019234\u2019567.13", "12\u2019345\u2019678\u2019901\u2019234.50",
                "-98\u2019765\u2019432.10");
        assertThat(Formats.forLocale(Locale.US).quantity(-1234567L)).isEqualTo("-1,234,567");
        assertThat(Formats.forLocale(Locale.FRANCE).quantity(-1234567L)).isEqualTo("-1\u202f234\u202f567");
        assertThat(Formats.forLocale(Locale.US).quantity(0L)).isEqualTo("0");
    }

    @Test
    void oneFormatsPerLocale() {
        assertThat(Formats.forLocale(Locale.US)).isSameAs(Formats.forLocale(Locale.US));
        assertThat(Formats.forLocale(Locale.GERMANY)).isSameAs(Formats.forLocale(Locale.GERMANY)).isNotSameAs(Formats.forLocale(Locale.US));
        assertThat(Formats.forLocale(Locale.GERMANY).money(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
    }

    /** The cached formats are not shared between threads: a DecimalFormat used by two at once mixes their digits. */
    @Test
    void manyThreadsFormattingAtOnceEachGetTheirOwnAmount() throws Exception {
        Formats us = Formats.forLocale(Locale.US);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        long cents = thread * 1_000_003L + i * 7919L;
                        BigDecimal amount = BigDecimal.valueOf(cents, 2);
                        String expected = String.format(Locale.US, "%,.2f", amount);
                        String shown = us.money(amount);
                        if (!shown.equals(expected)) {
                            wrong.add(amount + " showed as " + shown);
                        }
                        if (!us.quantity(cents).equals(String.format(Locale.US, "%,d", cents))) {
                            wrong.add(cents + " showed as " + us.quantity(cents));
                        }
                    }
                    return wrong;
                });
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(work)) {
                wrong.addAll(f.get());
            }
            assertThat(wrong).isEmpty();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static List<String> texts(Locale locale) {
        List<String> texts = new ArrayList<>();
        for (String a : AMOUNTS) {
            texts.add(Formats.forLocale(locale).money(new BigDecimal(a)));
        }
        return texts;
    }
}
