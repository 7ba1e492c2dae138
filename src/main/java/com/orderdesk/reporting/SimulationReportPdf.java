package com.orderdesk.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * The simulator's one-page report as PDF: the same fixed-width lines as its text file, one per
 * row in a monospaced font, so the columns line up as they do on a terminal. The design is built
 * in code (one field, one band): there is nothing to lay out that a template would make clearer.
 * {@link com.orderdesk.logic.simulation.SimulationReport#WIDTH} characters fit the page's width.
 * US Letter in portrait and 8 pt type like every other report (it was A4 at 6.5 pt): the widest
 * line, 110 characters of 4.8 pt, takes 530 of the 540 pt between the margins, so no landscape.
 */
public final class SimulationReportPdf {
    private static final int PAGE_WIDTH = 612;
    private static final int PAGE_HEIGHT = 792;
    private static final int MARGIN = 36;
    static final float FONT_SIZE = 8f;
    private static final int LINE_HEIGHT = 11;

    private SimulationReportPdf() {
    }

    public static void write(List<String> lines, Path pdf) {
        try {
            JasperReport report = JasperCompileManager.compileReport(design());
            List<Map<String, ?>> rows = lines.stream().<Map<String, ?>>map(l -> Map.of("line", l)).toList();
            JasperPrint print = JasperFillManager.fillReport(report, new java.util.HashMap<>(), new JRMapCollectionDataSource(rows));
            JasperExportManager.exportReportToPdfFile(print, pdf.toString());
        } catch (JRException e) {
            throw new DocumentRenderException("the simulation report cannot be printed: " + e.getMessage(), e);
        }
    }

    private static JasperDesign design() throws JRException {
        JasperDesign d = new JasperDesign();
        d.setName("simulation_report");
        d.setPageWidth(PAGE_WIDTH);
        d.setPageHeight(PAGE_HEIGHT);
        d.setLeftMargin(MARGIN);
        d.setRightMargin(MARGIN);
        d.setTopMargin(MARGIN);
        d.setBottomMargin(MARGIN);
        d.setColumnWidth(PAGE_WIDTH - 2 * MARGIN);
        JRDesignField field = new JRDesignField();
        field.setName("line");
        field.setValueClass(String.class);
        d.addField(field);
        JRDesignBand band = new JRDesignBand();
        band.setHeight(LINE_HEIGHT);
        JRDesignTextField text = new JRDesignTextField();
        text.setX(0);
        text.setY(0);
        text.setWidth(PAGE_WIDTH - 2 * MARGIN);
        text.setHeight(LINE_HEIGHT);
        text.setFontName("DejaVu Sans Mono");
        text.setFontSize(FONT_SIZE);
        text.setExpression(new JRDesignExpression("$F{line}"));
        // the report wraps its lines to fit; should one still be too wide, it grows down rather than being cut off
        text.setTextAdjust(net.sf.jasperreports.engine.type.TextAdjustEnum.STRETCH_HEIGHT);
        band.addElement(text);
        ((JRDesignSection) d.getDetailSection()).addBand(band);
        return d;
    }
}
