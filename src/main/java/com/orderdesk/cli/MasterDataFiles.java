package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.app.AppServices;
import com.orderdesk.application.catalog.CatalogFiles;
import com.orderdesk.logic.catalog.FileRow;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reading and writing the master-data files (products, contract prices): UTF-8 CSV (RFC 4180)
 * with a header row, read through {@link CsvTable} so each problem is located by line and column.
 */
final class MasterDataFiles {
    private static final Pattern LOCATED = Pattern.compile("^(.*):(\\d+): ([^:]+): (.*)$");

    /** A file read whole: its name, SHA-256, data rows and the problems its reader found. */
    record Read(String name, String digest, List<FileRow> rows, List<InputProblem> problems) {
    }

    private MasterDataFiles() {
    }

    /** What an import command hands the catalog's files: the signed-in user and the file read. */
    interface Importer {
        CatalogFiles.ImportResult run(CatalogFiles files, SignedInUser user, Read read);
    }

    /**
     * The whole of an import command (products, contract prices): signs in (IMPORT_MASTER_DATA),
     * reads {@code file} with its {@code columns}, imports it all or nothing and prints the outcome
     * ({@code what}: "products"); exit status 2 with every problem located when refused.
     */
    static int importFile(CommandSpec spec, DatabaseOptions database, SignInOptions signIn, Clock clock, Path file,
                          List<String> columns, String what, Importer importer) {
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.IMPORT_MASTER_DATA);
            Read read = read(file, columns, spec.commandLine().getErr());
            if (read == null) {
                return 2;
            }
            CatalogFiles.ImportResult result;
            try {
                result = importer.run(book.catalog().files(), user, read);
            } catch (InputRefusedException e) {
                print(read.name(), e, spec.commandLine().getErr());
                return 2;
            }
            spec.commandLine().getOut().printf("Imported %s: %s.%n", read.name(), result.summary(what));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** The whole of an export command: the catalog's {@code rows} in {@code columns} to {@code out} ({@code what}: "products"). */
    static int exportFile(CommandSpec spec, DatabaseOptions database, SignInOptions signIn, Clock clock, Path out,
                          List<String> columns, String what,
                          java.util.function.BiFunction<CatalogFiles, com.orderdesk.logic.security.SignedInUser, List<List<String>>> rows)
            throws IOException {
        requireFolder(out);
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            // signed in like the window: the use case checks the user's permission whoever calls it
            var user = signIn.signIn(book.signIn(), book.authorizer(), com.orderdesk.logic.security.Permission.VIEW_ORDERS);
            List<List<String>> written = rows.apply(book.catalog().files(), user);
            write(out, columns, written);
            spec.commandLine().getOut().printf("Wrote %,d %s to %s.%n", written.size(), what, out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /**
     * Reads {@code file}, or prints why it cannot be used at all (missing, not UTF-8, a missing or
     * unknown column, broken quoting) and returns null.
     */
    static Read read(Path file, List<String> columns, PrintWriter err) {
        InputProblems problems = new InputProblems();
        CsvTable table = CsvTable.read(file, columns, problems);
        if (table == null) {
            problems.printTo(err);
            return null;
        }
        if (!table.rows().isEmpty()) {
            List<String> unknown = new ArrayList<>(table.rows().get(0).record().toMap().keySet());
            unknown.removeAll(columns);
            if (!unknown.isEmpty()) {
                unknown.forEach(c -> problems.add(table.name(), 1, c, "not a column of this file (its columns: "
                        + String.join(",", columns) + ")"));
                problems.printTo(err);
                return null;
            }
        }
        List<InputProblem> found = new ArrayList<>();
        for (String m : problems.messages()) {
            Matcher located = LOCATED.matcher(m);
            found.add(located.matches() ? new InputProblem(Long.parseLong(located.group(2)), located.group(3), located.group(4))
                    : new InputProblem(0, "file", m));
        }
        List<FileRow> rows = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            rows.add(new FileRow(r.line(), r.record().toMap()));
        }
        return new Read(table.name(), digest(file), rows, found);
    }

    /** Prints every problem of a refused import as {@code FILE:LINE: column: what is wrong}. */
    static void print(String file, InputRefusedException e, PrintWriter err) {
        e.problems().forEach(p -> err.println(p.located(file)));
        err.println(file + ": nothing was imported (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                + ")");
        err.flush();
    }

    /** Writes the header and rows to {@code out} through a temporary file, so a failed export leaves no half file. */
    static void write(Path out, List<String> header, List<List<String>> rows) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, ".export-", ".csv");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (List<String> row : rows) {
                    csv.printRecord(row);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The folder an export writes to must exist, and --out must not be a folder (one located line otherwise). */
    static void requireFolder(Path out) {
        refuseFolder(out);
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CommandFailure(2, "--out: folder " + dir + " does not exist");
        }
        String refusal = FileTrouble.unwritable(out, "export.csv");
        if (refusal != null) {
            throw new CommandFailure(2, "--out: " + refusal);
        }
    }

    /**
     * --out naming a folder: said before any work, in words (the rename at the end said
     * ".export-123.csv -> folder: Is a directory" after the whole export).
     */
    static void refuseFolder(Path out) {
        if (Files.isDirectory(out)) {
            throw new CommandFailure(2, "--out " + out + " is a folder; name the file to write (for example "
                    + out.resolve("export.csv") + ")");
        }
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
