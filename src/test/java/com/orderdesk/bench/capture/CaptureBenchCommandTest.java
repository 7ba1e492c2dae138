package com.orderdesk.bench.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaptureBenchCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static CaptureScore run(String style, long seed, int messages) {
        CaptureSetGenerator.CaptureSet set = CaptureSetGenerator.generate(messages, seed, TODAY, style);
        CaptureEngine engine = new CaptureEngine(set.data());
        PoRegister register = PoRegister.empty();
        List<Draft> drafts = new ArrayList<>();
        set.messages().forEach(m -> drafts.addAll(engine.capture(new InboundMessage(m.fileName(), m.bytes()), TODAY, register)));
        return CaptureScore.score(set.expected(), drafts);
    }

    @Test
    void theTargetsHoldForEachWritingStyleOnItsOwn() {
        for (String style : List.of("friendly", "terse")) {
            CaptureScore score = run(style, 11, 300);
            assertThat(score.touchlessHitRate()).as(style + " touchless hits").isGreaterThanOrEqualTo(0.90);
            assertThat(score.falseTouchless()).as(style + " false touchless " + score.falseTouchlessSources).isLessThanOrEqualTo(1);
            assertThat(score.brokenRejectedWithLocation()).as(style + " broken files").isEqualTo(score.broken());
            assertThat(score.broken()).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameSet() {
        CaptureSetGenerator.CaptureSet a = CaptureSetGenerator.generate(40, 5, TODAY, "mixed");
        CaptureSetGenerator.CaptureSet b = CaptureSetGenerator.generate(40, 5, TODAY, "mixed");
        assertThat(a.expected()).isEqualTo(b.expected());
        assertThat(a.messages().get(7).fileName()).isEqualTo(b.messages().get(7).fileName());
    }

    @Test
    void reportsBesideTheBaselineAndWritesASetTheCaptureCommandReads(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("capture-bench", "--messages", "60", "--seed", "3", "--write", dir.toString())).isZero();
        assertThat(out.toString()).contains("touchless hits / touchless-able orders").contains("exact-SKU baseline")
                .contains("broken files rejected with location");
        assertThat(dir.resolve("expected.csv")).exists();
        assertThat(Files.list(dir.resolve("messages")).count()).isEqualTo(60);
        Path drafts = dir.resolve("drafts.json");
        StringWriter err = new StringWriter();
        CommandLine capture = OrderDeskCommand.commandLine();
        capture.setErr(new PrintWriter(err, true));
        int status = capture.execute("capture", "--customers", dir.resolve("customers.csv").toString(),
                "--ship-tos", dir.resolve("ship_tos.csv").toString(), "--products", dir.resolve("products.csv").toString(),
                "--prices", dir.resolve("prices.csv").toString(), "--part-numbers", dir.resolve("part_numbers.csv").toString(),
                "--in", dir.resolve("messages").toString(), "--internal-domains", World.INTERNAL_DOMAIN,
                "--today", TODAY.toString(), "--out", drafts.toString());
        assertThat(status).as(err.toString()).isZero();
        long expectedEntries = Files.readAllLines(dir.resolve("expected.csv")).size() - 1;
        long written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(drafts.toFile()).get("orders").size();
        assertThat(written).isEqualTo(expectedEntries);
    }
}
