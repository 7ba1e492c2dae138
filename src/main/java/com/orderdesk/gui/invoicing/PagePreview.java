package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.AllowedToUseAwt;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.reporting.DocumentRenderer;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import com.orderdesk.reporting.FilledDocument;

/**
 * The in-app preview: one filled document, one page at a time as an image drawn by
 * {@link DocumentRenderer#renderPage} off the FX thread, with zoom and next/previous page. A newer
 * request replaces one still drawing, so paging quickly never shows a stale page.
 */
@AllowedToUseAwt("shows the renderer's AWT page images as JavaFX images")
final class PagePreview {
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    private final ImageView view;
    private final UiTaskRunner tasks;
    private final Supplier<DocumentRenderer> renderer;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<FilledDocument> print = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    /** The chosen zoom; null means "fit the page to the width of the pane" (the default). */
    private Double chosenZoom;
    private final java.util.function.DoubleSupplier availableWidth;
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private Task<?> drawing;
    /** The zoom of the page drawn last (or being drawn). */
    private double drawnZoom;

    PagePreview(ImageView view, UiTaskRunner tasks, Supplier<DocumentRenderer> renderer, Consumer<Throwable> onError,
                java.util.function.DoubleSupplier availableWidth) {
        this.view = view;
        this.availableWidth = availableWidth;
        this.tasks = tasks;
        this.renderer = renderer;
        this.onError = onError;
        view.setPreserveRatio(true);
        view.setSmooth(true);
    }

    ObjectProperty<FilledDocument> printProperty() {
        return print;
    }

    IntegerProperty pageProperty() {
        return page;
    }

    ReadOnlyStringWrapper pageTextProperty() {
        return pageText;
    }

    void show(FilledDocument document) {
        print.set(document);
        page.set(0);
        draw();
    }

    void clear() {
        print.set(null);
        view.setImage(null);
        pageText.set("");
    }

    int pageCount() {
        return print.get() == null ? 0 : print.get().pageCount();
    }

    void next() {
        if (page.get() + 1 < pageCount()) {
            page.set(page.get() + 1);
            draw();
        }
    }

    void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            draw();
        }
    }

    void zoomIn() {
        double now = zoom();
        for (double z : ZOOMS) {
            if (z > now + 0.01) {
                chosenZoom = z;
                draw();
                return;
            }
        }
    }

    void zoomOut() {
        double now = zoom();
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < now - 0.01) {
                chosenZoom = ZOOMS[i];
                draw();
                return;
            }
        }
    }

    /** Back to fitting the page to the pane's width. */
    void fitWidth() {
        chosenZoom = null;
        draw();
    }

    /** Draws the page again where it is fitted to the pane's width and that width now asks another zoom. */
    void refit() {
        if (chosenZoom == null && print.get() != null && Math.abs(zoom() - drawnZoom) >= 0.01) {
            draw();
        }
    }

    double zoom() {
        if (chosenZoom != null) {
            return chosenZoom;
        }
        FilledDocument p = print.get();
        double width = availableWidth.getAsDouble();
        if (p == null || width <= 0) {
            return 1.0;
        }
        return Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], width / p.pageWidth()));
    }

    private void draw() {
        FilledDocument p = print.get();
        if (p == null || pageCount() == 0) {
            clear();
            return;
        }
        if (drawing != null) {
            drawing.cancel();
        }
        int index = page.get();
        float zoom = (float) zoom();
        drawnZoom = zoom;
        pageText.set((index + 1) + " / " + pageCount() + "  ·  " + Math.round(zoom * 100) + "%");
        Task<BufferedImage> task = UiTasks.of(() -> renderer.get().renderPage(p, index, zoom),
                image -> {
                    if (print.get() == p && page.get() == index) {
                        view.setImage(SwingFXUtils.toFXImage(image, null));
                    }
                }, onError::accept);
        drawing = task;
        tasks.run(task);
    }
}
