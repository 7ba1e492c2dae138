package com.orderdesk.reporting;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The dashboard's PDF pack: the period's headline figures with their change, then every chart as
 * the person saw it on screen (the screen hands over the pixels; this adapter makes the images).
 */
public final class KpiPackReport {
    /** A chart's pixels (ARGB, row by row), drawn on screen. */
    public record ChartImage(String title, int width, int height, int[] argb) {
    }

    /** A headline figure as the dashboard words it. */
    public record Figure(String label, String value, String previous, String change) {
    }

    public record Pack(String title, String period, String basis, List<Figure> figures, List<ChartImage> charts) {
        public Pack {
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
        }
    }

    private final ReportCatalog catalog;

    public KpiPackReport(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    /** Fills the pack and writes it as a PDF (off the FX thread). */
    public void write(Path file, Pack pack) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Figure f : pack.figures()) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", "figure");
            row.put("label", f.label());
            row.put("value", f.value());
            row.put("previous", f.previous());
            row.put("change", f.change());
            rows.add(row);
        }
        for (ChartImage c : pack.charts()) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", "chart");
            row.put("label", c.title());
            row.put("image", image(c));
            rows.add(row);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", pack.title());
        parameters.put("PERIOD", pack.period());
        parameters.put("BASIS", pack.basis());
        try {
            JasperPrint print = JasperFillManager.fillReport(catalog.get(ReportCatalog.Template.KPI_PACK), parameters,
                    new JRMapCollectionDataSource(rows));
            JasperExportManager.exportReportToPdfFile(print, file.toString());
        } catch (JRException e) {
            throw new DocumentRenderException("the figures' PDF pack could not be written: " + e.getMessage(), e);
        }
    }

    private static BufferedImage image(ChartImage c) {
        BufferedImage img = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, c.width(), c.height(), c.argb(), 0, c.width());
        return img;
    }
}
