package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong kind on any command's option is refused, before any work, in the words of
 * the option's parameter and never in Java's: a date read "cannot convert '2026-13-45' to class
 * java.time.LocalDate (java.time.format.DateTimeParseException: Text '2026-13-45' could not be
 * parsed: ...)", a count "'abc' is not an int".
 */
class ArgumentValuesTest {
    private static String firstErrorLine(String... args) {
        var cli = OrderDeskCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int status = cli.execute(args);
        assertThat(status).as("exit status").isEqualTo(2);
        return err.toString().lines().findFirst().orElse("");
    }

    @Test
    void aDateThatIsNoDateIsToldAsADate() {
        for (String[] args : new String[][] {
                {"statements", "--as-of", "2026-13-45", "--out", "x"},
                {"predict-payments", "--history", "h.csv", "--open", "o.csv", "--as-of", "2026-02-30"},
                {"kpi-bench", "--as-of", "27.11.2026"}}) {
            String line = firstErrorLine(args);
            assertThat(line).as(String.join(" ", args))
                    .contains("--as-of", "'" + args[java.util.Arrays.asList(args).indexOf("--as-of") + 1] + "' is not a date",
                            "YYYY-MM-DD")
                    .doesNotContain("java.", "Exception", "class");
        }
    }

    @Test
    void aCountThatIsNoNumberSaysWhatNumberIsWanted() {
        assertThat(firstErrorLine("demo-data", "--orders", "abc")).contains("--orders", "'abc' is not a whole number")
                .doesNotContain("int");
        assertThat(firstErrorLine("route-bench", "--seed", "1.5")).contains("--seed", "'1.5' is not a whole number");
        assertThat(firstErrorLine("route-bench", "--stock-factor", "lots")).contains("--stock-factor", "'lots' is not a number");
    }
}
