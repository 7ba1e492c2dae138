package com.orderdesk.cli;

import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.NotSignedInException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.BadDatabaseException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * How every command ends when something goes wrong: one line on standard error, never a stack
 * trace (the log file keeps that), and an exit status a script can act on: 2 for what the user must
 * change (a bad database, credentials, a permission), 1 for work that failed.
 */
public final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private Commands() {
    }

    /** A command line for {@code command} with this way of failing. */
    public static CommandLine create(Object command) {
        return configure(new CommandLine(command));
    }

    public static CommandLine configure(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, commandLine));
        cli.setParameterExceptionHandler(Commands::refuseArguments);
        registerValueReaders(cli);
        return cli;
    }

    /**
     * Values of the wrong kind in the words a person uses: picocli's own said "cannot convert
     * '2026-13-45' to class java.time.LocalDate (java.time.format.DateTimeParseException: ...)" for a
     * date and "'abc' is not an int" for a count. Picocli puts "Invalid value for option '--as-of': "
     * in front; the rest of the line is ours.
     */
    private static void registerValueReaders(CommandLine cli) {
        cli.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + text + "' is not a date: write it as YYYY-MM-DD, for example 2026-11-27");
            }
        });
        CommandLine.ITypeConverter<Long> whole = text -> {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
            }
        };
        CommandLine.ITypeConverter<Integer> count = text -> {
            long value = whole.convert(text);
            if (value != (int) value) {
                throw new CommandLine.TypeConversionException("'" + text + "' is too large (at most " + Integer.MAX_VALUE + ")");
            }
            return (int) value;
        };
        CommandLine.ITypeConverter<Double> number = text -> {
            try {
                double value = Double.parseDouble(text.strip());
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException(text);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a number");
            }
        };
        cli.registerConverter(Long.class, whole);
        cli.registerConverter(Long.TYPE, whole);
        cli.registerConverter(Integer.class, count);
        cli.registerConverter(Integer.TYPE, count);
        cli.registerConverter(Double.class, number);
        cli.registerConverter(Double.TYPE, number);
    }

    /**
     * Arguments the command does not take: picocli's sentence, then the commands or options close to
     * the mistyped word ({@link NearNames}; picocli's own offered unrelated ones), else the usage.
     */
    static int refuseArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(e.getMessage());
        java.util.List<String> near = java.util.List.of();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            if (typed.startsWith("-")) {
                java.util.Set<String> options = new java.util.TreeSet<>(cli.getCommandSpec().optionsMap().keySet());
                near = NearNames.near(typed.replaceFirst("^-+", ""), options.stream().map(n -> n.replaceFirst("^-+", "")).toList())
                        .stream().map(n -> options.contains("--" + n) ? "--" + n : "-" + n).toList();
            } else {
                near = NearNames.near(typed, new java.util.TreeSet<>(cli.getSubcommands().keySet()));
            }
        }
        if (near.isEmpty()) {
            cli.usage(err);
        } else {
            String name = cli.getCommandSpec().qualifiedName();
            err.println("Did you mean: " + String.join(" or ", near.stream().map(n -> name + " " + n).toList()) + "?");
        }
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    static int fail(Exception e, CommandLine cli) {
        PrintWriter err = cli.getErr();
        String name = cli.getCommandSpec().qualifiedName();
        int status;
        String message;
        if (e instanceof CommandFailure f) {
            status = f.exitStatus();
            message = f.getMessage();
        } else if (e instanceof BadDatabaseException || e instanceof NotAuthorizedException || e instanceof NotSignedInException) {
            status = 2;
            message = e.getMessage();
        } else if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            status = 1;
            message = e.getMessage();
            LOG.warn("{} failed", name, e);
        } else {
            status = 1;
            message = firstLine(e) + " (the log file in the data folder has the details)";
            LOG.error("{} failed", name, e);
        }
        err.println(name + ": " + message);
        err.flush();
        return status;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
