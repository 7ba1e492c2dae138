package com.orderdesk.bench.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PredictBenchCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void scoresBothGeneratorsAndWritesTheirBooks() {
        StringWriter out = new StringWriter();
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int status = cli.execute("predict-bench", "--open", "300", "--paid", "3000", "--write", dir.toString());
        assertThat(status).isZero();
        assertThat(out.toString()).contains("own (seed 1) book", "variant (seed 1) book", "MAE (days)", "Brier p_late_30",
                "weekly cash-in error");
        assertThat(dir.resolve("own/history.csv")).isNotEmptyFile();
        assertThat(dir.resolve("variant/truth.csv")).isNotEmptyFile();
    }

    @Test
    void generatorsAreDeterministicAndKnowEveryOpenInvoicesFate() {
        for (GeneratedBook book : new GeneratedBook[] {BookGenerator.generate(5, 400, 4000, AS_OF),
                VariantBookGenerator.generate(5, 400, 4000, AS_OF)}) {
            assertThat(book.open().size()).isBetween(400, 520);
            assertThat(book.history().size()).isLessThanOrEqualTo(4000);
            assertThat(book.history()).allSatisfy(p -> assertThat(p.paidDate()).isBeforeOrEqualTo(AS_OF)
                    .isAfterOrEqualTo(p.invoiceDate()));
            assertThat(book.open()).allSatisfy(o -> {
                assertThat(book.truePaidDates()).containsKey(o.invoiceNo());
                book.truePaidDate(o.invoiceNo()).ifPresent(d -> assertThat(d).isAfter(AS_OF));
            });
        }
        GeneratedBook again = BookGenerator.generate(5, 400, 4000, AS_OF);
        assertThat(again.history()).isEqualTo(BookGenerator.generate(5, 400, 4000, AS_OF).history());
        assertThat(again.truePaidDates()).isEqualTo(BookGenerator.generate(5, 400, 4000, AS_OF).truePaidDates());
    }

    @Test
    void weeklyErrorIsTheSumOfWeeklyMissesOverTheCashThatCame() {
        double error = PredictionScore.weeklyError(new double[] {100, 50, 0}, new double[] {80, 70, 50});
        assertThat(error).isEqualTo((20 + 20 + 50) / 200.0);
    }
}
