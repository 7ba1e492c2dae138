package com.orderdesk.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles the templates under {@code reports/} to {@code .jasper} files at build time (Maven's
 * process-classes phase runs {@link #main}), so that no run of the program pays the second or so
 * per template that compiling a JRXML costs, and a runtime without the JDK compiler can print.
 * Each compiled template carries the SHA-256 of the JRXML it came from, so the catalog can refuse
 * a {@code .jasper} left over from an older template ({@link ReportCatalog}).
 */
public final class ReportPrecompiler {
    /** The report property holding the SHA-256 (hex) of the source JRXML. */
    public static final String SOURCE_HASH = "com.orderdesk.report.source.sha256";

    private ReportPrecompiler() {
    }

    /** {@code <folder of the JRXMLs> <folder for the .jasper files>}; compiles only what changed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReportPrecompiler <jrxml folder> <jasper folder>");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        int compiled = 0;
        for (ReportCatalog.Template template : ReportCatalog.Template.values()) {
            Path jrxml = sources.resolve(template.fileName());
            Path jasper = target.resolve(template.compiledFileName());
            if (!upToDate(jrxml, jasper)) {
                compile(jrxml, jasper);
                compiled++;
            }
        }
        System.out.println("Report templates: " + compiled + " compiled, "
                + (ReportCatalog.Template.values().length - compiled) + " up to date, in " + target);
    }

    /**
     * Compiles one JRXML to {@code jasper}, stamping it with the JRXML's hash; through a partial file,
     * so an interrupted build leaves no half-written .jasper for the next incremental build to keep.
     */
    static void compile(Path jrxml, Path jasper) throws IOException {
        byte[] source = Files.readAllBytes(jrxml);
        try {
            JasperDesign design = JRXmlLoader.load(new java.io.ByteArrayInputStream(source));
            design.setProperty(SOURCE_HASH, sha256(source));
            Path tmp = jasper.resolveSibling(jasper.getFileName() + ".partial");
            try {
                JasperCompileManager.compileReportToFile(design, tmp.toString());
                Files.move(tmp, jasper, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (JRException e) {
            throw new DocumentRenderException("report template " + jrxml + " does not compile: " + e.getMessage(), e);
        }
    }

    /** A .jasper written after its JRXML last changed (an incremental build compiles nothing). */
    private static boolean upToDate(Path jrxml, Path jasper) throws IOException {
        return Files.exists(jasper) && Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(jrxml)) > 0;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256(InputStream in) {
        try (in) {
            return sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
