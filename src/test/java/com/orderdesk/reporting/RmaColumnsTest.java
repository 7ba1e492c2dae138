package com.orderdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The RMA's receipts: the credited amount (right-aligned) and the credit memo's number (left-aligned)
 * beside it read as two columns. They sat 6 pt apart ("1,234.56CM-001001" at a glance, seen with
 * pdftoppm); now a gap of at least three characters of the table's type separates them.
 */
class RmaColumnsTest {
    private static final Pattern FIELD = Pattern.compile("<element kind=\"textField\" x=\"(\\d+)\" y=\"0\" width=\"(\\d+)\"[^\\n]*"
            + "<expression><!\\[CDATA\\[\\$F\\{(\\w+)\\}\\]\\]></expression><box (left|right)Padding=\"(\\d+)\"/>");

    @Test
    void creditedAndCreditMemoStandApart() throws Exception {
        String jrxml = Files.readString(Path.of("reports/rma.jrxml"));
        double creditedEnds = -1;
        double memoStarts = -1;
        Matcher m = FIELD.matcher(jrxml);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int width = Integer.parseInt(m.group(2));
            int padding = Integer.parseInt(m.group(5));
            if (m.group(3).equals("credit")) {
                creditedEnds = x + width - padding;
            } else if (m.group(3).equals("creditMemo")) {
                memoStarts = x + padding;
            }
        }
        assertThat(creditedEnds).as("the Credited cell").isPositive();
        assertThat(memoStarts).as("the Credit memo cell").isPositive();
        assertThat(memoStarts - creditedEnds).as("points between the amount and the memo's number").isGreaterThanOrEqualTo(18);
    }
}
