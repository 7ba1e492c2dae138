package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.logic.invoicing.print.DocumentRenderer;
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
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The in-app preview: one filled document, one page at a time as an image drawn by
 * {@link DocumentRenderer#renderPage} off the FX thread, with zoom and next/previous page. A newer
 * request replaces one still drawing, so paging quickly never shows a stale page.
 */
final class PagePreview {
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    private final ImageView view;
    private final UiTaskRunner tasks;
    private final Supplier<DocumentRenderer> renderer;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<JasperPrint> print = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty zoomIndex = new SimpleIntegerProperty(2);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private Task<?> drawing;

    PagePreview(ImageView view, UiTaskRunner tasks, Supplier<DocumentRenderer> renderer, Consumer<Throwable> onError) {
        this.view = view;
        this.tasks = tasks;
        this.renderer = renderer;
        this.onError = onError;
        view.setPreserveRatio(true);
        view.setSmooth(true);
    }

    ObjectProperty<JasperPrint> printProperty() {
        return print;
    }

    IntegerProperty pageProperty() {
        return page;
    }

    ReadOnlyStringWrapper pageTextProperty() {
        return pageText;
    }

    void show(JasperPrint document) {
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
        return print.get() == null ? 0 : print.get().getPages().size();
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
        if (zoomIndex.get() + 1 < ZOOMS.length) {
            zoomIndex.set(zoomIndex.get() + 1);
            draw();
        }
    }

    void zoomOut() {
        if (zoomIndex.get() > 0) {
            zoomIndex.set(zoomIndex.get() - 1);
            draw();
        }
    }

    double zoom() {
        return ZOOMS[zoomIndex.get()];
    }

    private void draw() {
        JasperPrint p = print.get();
        if (p == null || pageCount() == 0) {
            clear();
            return;
        }
        if (drawing != null) {
            drawing.cancel();
        }
        int index = page.get();
        float zoom = (float) zoom();
        pageText.set("Page " + (index + 1) + " of " + pageCount() + " · " + Math.round(zoom * 100) + " %");
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
