package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The run shared by the commands that read CSV files and write one CSV answer (match,
 * predict-payments): every input problem found in one pass and printed one per line on standard
 * error with exit status 2 and nothing written; otherwise the whole answer is made first and then
 * written to standard output or, through a temporary file and a rename, to {@code --out}, so a
 * failure never leaves a partial file.
 */
final class CsvFileRun {
    static final int DONE = 0;
    static final int CANNOT_WRITE = 1;
    static final int BAD_INPUT = 2;

    /** Computes the answer from valid input and writes it as CSV. */
    @FunctionalInterface
    interface Answer<T> {
        void writeTo(T input, Appendable csv) throws IOException;
    }

    private CsvFileRun() {
    }

    /**
     * Checks {@code out}'s folder, reads the input (null or problems: bad input), then answers.
     *
     * @param read reads and checks the input files, reporting into the problems it is given
     */
    static <T> int run(CommandSpec spec, Path out, String exampleName, Function<InputProblems, T> read, Answer<T> answer) {
        PrintWriter err = spec.commandLine().getErr();
        InputProblems problems = new InputProblems();
        String refusal = out == null ? null : FileTrouble.unwritable(out, exampleName);
        if (refusal != null) {
            // said with the input's problems, before the work: the rename at the end said "Is a directory"
            problems.addFile("--out", refusal);
        }
        T input = read.apply(problems);
        if (input == null || !problems.isEmpty()) {
            problems.printTo(err);
            return BAD_INPUT;
        }
        try {
            StringWriter csv = new StringWriter();
            answer.writeTo(input, csv);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(csv);
                stdout.flush();
            } else {
                writeWhole(out, csv.toString());
            }
        } catch (IOException e) {
            err.println((out == null ? "standard output" : out.toString()) + ": cannot write: " + FileTrouble.why(out, e));
            err.flush();
            return CANNOT_WRITE;
        }
        return DONE;
    }

    /** Writes through a temporary file and a rename, so a failure never leaves a partial file. */
    static void writeWhole(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".applications", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
