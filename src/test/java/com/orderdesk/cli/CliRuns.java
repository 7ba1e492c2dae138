package com.orderdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs a command as a person at a terminal would, with the environment a test chooses ($ORDERDESK_PASSWORD). */
public final class CliRuns {
    public record Run(int status, String out, String err) {
    }

    private CliRuns() {
    }

    public static Run run(Object command, Map<String, String> env, String... args) {
        CommandLine cli = Commands.create(command);
        withEnvironment(cli, env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Every sign-in of the command tree reads the environment from {@code env}, and finds no terminal. */
    public static void withEnvironment(CommandLine cli, Map<String, String> env) {
        for (var mixin : cli.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof SignInOptions s) {
                s.env = env::get;
                s.terminal = prompt -> null;
            }
        }
        cli.getSubcommands().values().forEach(sub -> withEnvironment(sub, env));
    }
}
