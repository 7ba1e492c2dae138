package com.orderdesk.cli;

import com.orderdesk.logic.kpi.KpiFigures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code simulate} command writes for one run besides its ledgers ({@link KpiLedgerWriter}):
 * {@code kpis.json} exactly as the {@code kpi} command writes it, and the report's text.
 */
final class SimulationFiles {
    private SimulationFiles() {
    }

    static void writeKpis(KpiFigures figures, Path file) throws IOException {
        Files.writeString(file, KpiJson.write(figures), StandardCharsets.UTF_8);
    }

    static void writeText(List<String> lines, Path file) throws IOException {
        Files.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
