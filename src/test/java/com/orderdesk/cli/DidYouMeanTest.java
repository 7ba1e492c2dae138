package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A mistyped command is answered with the commands a few keystrokes away, and nothing else.
 * Before, picocli's suggestions offered "orderdesk products or orderdesk route or orderdesk
 * route-bench" for "prodcuts", and "demo-data or statements" for "demo".
 */
class DidYouMeanTest {
    private static String errorOf(String... args) {
        var cli = OrderDeskCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int status = cli.execute(args);
        assertThat(status).as("exit status").isEqualTo(2);
        return err.toString();
    }

    @Test
    void aTypoIsAnsweredWithTheCommandMeantOnly() {
        assertThat(errorOf("prodcuts")).contains("Did you mean: orderdesk products?").doesNotContain("route");
        assertThat(errorOf("invocies")).contains("Did you mean: orderdesk invoices?").doesNotContain("prices");
        assertThat(errorOf("demo")).contains("Did you mean: orderdesk demo-data?").doesNotContain("statements");
    }

    @Test
    void aWordNearNothingGetsTheUsageAndNoGuess() {
        assertThat(errorOf("stock-take")).doesNotContain("Did you mean").contains("Usage:");
    }
}
