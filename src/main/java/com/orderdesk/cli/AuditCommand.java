package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.audit.AuditProblem;
import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.logic.audit.ChainHead;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.common.FileTrouble;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify}: checks the audit trail's chain and, with the key the user's password
 * opens, every seal (exit 0 when intact, 1 with one line per finding); {@code audit head}: writes
 * the trail's head, to keep elsewhere as a witness against a later roll-back of the whole book.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verify the audit trail, or export its head as a witness. Signed in: --user NAME (password from"
                + " $ORDERDESK_PASSWORD): the seals are checked with the key a password opens.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "audit: name a command: verify or head (see --help)");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the chain and every seal; exit 0 when intact, 1 with one line per finding.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions database;
        @Mixin
        SignInOptions signIn;
        @Option(names = "--witness", paramLabel = "FILE", description = "A head written earlier by 'audit head': the trail must still hold it.")
        Path witness;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ChainHead expected = witness == null ? null : Witness.read(witness);
            try (AppServices book = BookAccess.openExisting(database, Clock.systemDefaultZone())) {
                SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.VIEW_AUDIT);
                AuditVerification result = book.auditTrail().verify(user, p -> { }, () -> false);
                List<AuditProblem> problems = new ArrayList<>(result.problems());
                if (expected != null) {
                    problems.addAll(book.auditTrail().checkWitness(user, expected));
                }
                if (problems.isEmpty()) {
                    out.printf("The audit trail is intact: %,d entries, every seal checked.%n", result.entriesChecked());
                    out.flush();
                    return 0;
                }
                problems.forEach(p -> out.println(p.message()));
                out.flush();
                return 1;
            }
        }
    }

    @Command(name = "head", mixinStandardHelpOptions = true,
            description = "Write the trail's head (sequence and hash) to a file to keep elsewhere, or to standard output.")
    static final class Head implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions database;
        @Mixin
        SignInOptions signIn;
        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the witness (default: standard output).")
        Path outFile;

        @Override
        public Integer call() {
            String refusal = outFile == null ? null : FileTrouble.unwritable(outFile, "head.txt");
            if (refusal != null) {
                throw new CommandFailure(2, "--out " + outFile + ": " + refusal);
            }
            try (AppServices book = BookAccess.openExisting(database, Clock.systemDefaultZone())) {
                SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.VIEW_AUDIT);
                String text = Witness.format(book.auditTrail().head(user));
                if (outFile == null) {
                    spec.commandLine().getOut().print(text);
                    spec.commandLine().getOut().flush();
                } else {
                    try {
                        Files.writeString(outFile, text);
                    } catch (IOException e) {
                        throw new CommandFailure(2, "--out " + outFile + ": cannot write: " + FileTrouble.why(outFile, e));
                    }
                }
                return 0;
            }
        }
    }

    /** The witness file: "orderdesk-audit-head SEQUENCE HASH", one line. */
    static final class Witness {
        private static final String TAG = "orderdesk-audit-head";

        private Witness() {
        }

        static String format(ChainHead head) {
            return TAG + " " + head.sequence() + " " + head.hash() + System.lineSeparator();
        }

        static ChainHead read(Path file) {
            String text;
            try {
                text = Files.readString(file).strip();
            } catch (CharacterCodingException e) {
                // Files.readString's own text for this is "Input length = 1"
                throw new CommandFailure(2, "--witness " + file + " is not a witness file: it is not UTF-8 text (give a file written"
                        + " by 'audit head').");
            } catch (IOException e) {
                throw new CommandFailure(2, "--witness " + file + ": cannot be read: " + FileTrouble.why(file, e));
            }
            String[] parts = text.split("\\s+");
            if (parts.length != 3 || !parts[0].equals(TAG) || !parts[1].matches("\\d{1,18}") || !parts[2].matches("[0-9a-f]{64}")) {
                throw new CommandFailure(2, "--witness " + file + ": not a head written by 'audit head' (expected \""
                        + TAG + " SEQUENCE HASH\").");
            }
            return new ChainHead(Long.parseLong(parts[1]), parts[2]);
        }
    }
}
