package com.orderdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.common.PaperMoney;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One form for an amount with its currency on every PDF (ux.md, "Amounts on paper"). */
class PaperMoneyTest {
    /** Figures in columns, quantities, unit prices (up to four decimals), discount percents. */
    private static final Set<String> ALLOWED = Set.of(PaperMoney.PATTERN, PaperMoney.WITH_CODE_PATTERN, "#,##0.###",
            "#,##0.00##", "0.##");

    @Test
    void anAmountOnItsOwnIsTheCodeASpaceAndTheFigure() {
        assertThat(PaperMoney.withCode(new BigDecimal("1289122.41"))).isEqualTo("USD 1,289,122.41");
        assertThat(PaperMoney.withCode(new BigDecimal("-40"))).isEqualTo("USD -40.00");
        assertThat(PaperMoney.withCode(new BigDecimal("0.005"))).isEqualTo("USD 0.01");
        DecimalFormat template = new DecimalFormat(PaperMoney.WITH_CODE_PATTERN, DecimalFormatSymbols.getInstance(Locale.US));
        assertThat(template.format(new BigDecimal("8015"))).as("the templates' pattern writes the same").isEqualTo("USD 8,015.00");
        assertThat(template.format(new BigDecimal("-40"))).isEqualTo("USD -40.00");
    }

    @Test
    void everyTemplateWritesAmountsInTheHouseForm() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("reports"))) {
            templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThanOrEqualTo(7);
        for (Path t : templates) {
            String xml = Files.readString(t);
            Matcher m = Pattern.compile("pattern=\"([^\"]*)\"").matcher(xml);
            while (m.find()) {
                if (!ALLOWED.contains(m.group(1))) {
                    wrong.add(t.getFileName() + ": pattern " + m.group(1));
                }
            }
            // an amount formatted inside an expression (bare, in the JVM's locale) instead of by the inputs
            Matcher f = Pattern.compile("DecimalFormat\\(\"([^\"]*\\.00[^\"]*)\"").matcher(xml);
            while (f.find()) {
                wrong.add(t.getFileName() + ": amount formatted in the template " + f.group(1));
            }
            Matcher dollar = Pattern.compile("\\$\\s?\\d|\\d\\s?USD").matcher(xml.replaceAll("\\$[PFVR]\\{", ""));
            while (dollar.find()) {
                wrong.add(t.getFileName() + ": " + dollar.group());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
