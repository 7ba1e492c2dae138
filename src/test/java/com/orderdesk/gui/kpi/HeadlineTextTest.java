package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a dashboard tile shows: amounts that fit a tile at 1366 px, the whole amount elsewhere. */
class HeadlineTextTest {
    private final HeadlineText text = new HeadlineText(Locale.US);

    @Test
    void aMillionOrMoreReadsInMillionsOnATileAndWhollyElsewhere() {
        BigDecimal receivables = new BigDecimal("58979512.34");
        assertThat(text.tileValue(Headline.AR_TOTAL, receivables)).isEqualTo("$58.98M");
        assertThat(text.value(Headline.AR_TOTAL, receivables)).isEqualTo("$58,979,512.34");
        assertThat(text.tileValue(Headline.AR_TOTAL, new BigDecimal("1000000"))).isEqualTo("$1.00M");
        assertThat(text.tileValue(Headline.AR_TOTAL, new BigDecimal("-2500000"))).isEqualTo("-$2.50M");
    }

    @Test
    void aTileRoundsAmountsAsEveryOtherScreen() {
        // half up, through Formats, as the drill-down list below the tiles (the tile's own format rounded half even: "$17.36")
        assertThat(text.value(Headline.COST_PER_ORDER, new BigDecimal("17.365"))).isEqualTo("$17.37")
                .isEqualTo(com.orderdesk.gui.common.Formats.forLocale(Locale.US).moneyWithCurrency(new BigDecimal("17.365")));
        assertThat(text.change(Headline.COST_PER_ORDER, new BigDecimal("20.000"), new BigDecimal("17.635")))
                .startsWith("+$2.37,");
    }

    @Test
    void smallerAmountsAndOtherUnitsAreShownAsBefore() {
        assertThat(text.tileValue(Headline.COST_PER_ORDER, new BigDecimal("139.09"))).isEqualTo("$139.09");
        assertThat(text.tileValue(Headline.AR_TOTAL, new BigDecimal("999999.99"))).isEqualTo("$999,999.99");
        assertThat(text.tileValue(Headline.DSO, new BigDecimal("5000000"))).isEqualTo("5,000,000.0 days");
        assertThat(text.tileValue(Headline.AR_TOTAL, null)).isEqualTo("n/a");
    }

    @Test
    void thePdfPackWritesAmountsInTheDocumentsHouseForm() {
        // the pack is a report: "USD 1,289,122.41" as every PDF (ux.md, amounts on paper); it read "$1,289,122.41"
        HeadlineText paper = HeadlineText.forPaper(Locale.US);
        assertThat(paper.value(Headline.AR_TOTAL, new BigDecimal("1289122.41"))).isEqualTo("USD 1,289,122.41");
        assertThat(paper.shortChange(Headline.COST_PER_ORDER, new BigDecimal("20.000"), new BigDecimal("17.635")))
                .startsWith("USD +2.37, ");
        assertThat(paper.shortChange(Headline.COST_PER_ORDER, new BigDecimal("17.635"), new BigDecimal("20.000")))
                .startsWith("USD \u22122.37, ");
        assertThat(paper.value(Headline.DSO, new BigDecimal("51.2"))).isEqualTo("51.2 days");
    }

    /**
     * Tour of 7 December (newuser18, finance at 1366): a tile's tooltip repeated its figure and change, and
     * "DSO", "Countback DSO" and "Collection effectiveness" stayed abbreviations; "Cost per order" did not
     * say which orders or which costs. The tooltip says what each figure is, as the kpi contract defines it.
     */
    @Test
    void aTilesTooltipSaysWhatTheFigureIs() {
        String dso = text.tooltip(Headline.DSO, new BigDecimal("56.6"), new BigDecimal("49.2"));
        assertThat(dso).isEqualTo("DSO: 56.6 days; +7.4 days, worse than the previous period.\n"
                + "Days sales outstanding: the receivables at the period's end divided by the period's credit sales, times its days.\n"
                + "Space or a click lists the documents behind it.");
        assertThat(text.tooltip(Headline.COST_PER_ORDER, new BigDecimal("134.72"), new BigDecimal("138.07")))
                .contains("Shipping plus handling cost of the orders shipped in the period, divided by their number.");
        assertThat(text.tooltip(Headline.CEI, new BigDecimal("72.1"), null)).contains("Collection effectiveness index:");
        for (Headline h : Headline.all()) {
            assertThat(text.tooltip(h, BigDecimal.ONE, BigDecimal.ONE).split("\n")).as(h.name()).hasSize(3);
            assertThat(HeadlineText.meaning(h)).as(h.name()).endsWith(".").hasSizeGreaterThan(40);
        }
    }
}
