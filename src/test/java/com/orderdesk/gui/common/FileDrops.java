package com.orderdesk.gui.common;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Files dragged from the desktop onto a node, as the window system would deliver them: a drag
 * over, then the drop, both fired at {@code target} so they bubble up through the scene like a
 * real drop. Headless Monocle has no desktop to drag from, so the dragboard holding the files is
 * made here over JavaFX's own clipboard interface.
 */
public final class FileDrops {
    private FileDrops() {
    }

    /** Drags {@code files} over {@code target} and drops them; returns whether the drop was accepted and completed. */
    public static Result drop(Node target, List<Path> files) {
        Dragboard board = DragboardHelper.createDragboard(new FilesClipboard(files.stream().map(Path::toFile).toList()));
        DragEvent over = new DragEvent(target, target, DragEvent.DRAG_OVER, board, 10, 10, 10, 10, TransferMode.COPY, null,
                target, null);
        Event.fireEvent(target, over);
        DragEvent drop = new DragEvent(target, target, DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10, TransferMode.COPY, null,
                target, null);
        Event.fireEvent(target, drop);
        return new Result(over.isAccepted(), drop.isDropCompleted());
    }

    public record Result(boolean accepted, boolean completed) {
    }

    private static final class FilesClipboard implements TKClipboard {
        private final List<File> files;

        FilesClipboard(List<File> files) {
            this.files = files;
        }

        @Override
        public void setSecurityContext(AccessControlContext ctx) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat dataFormat) {
            return DataFormat.FILES.equals(dataFormat) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat dataFormat) {
            return DataFormat.FILES.equals(dataFormat);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
