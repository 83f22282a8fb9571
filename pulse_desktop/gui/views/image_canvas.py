"""A zoomable, pannable picture with four draggable corner handles (the paper outline).

Wheel zooms (around the cursor), dragging the background pans, double-click fits. The handles keep their
on-screen size at any zoom; moving one emits ``corners_changed`` with the four corners in image pixels
(top-left, top-right, bottom-right, bottom-left) when the drag ends.

Without a mouse: with the canvas focused, keys 1 to 4 choose a corner (top-left, top-right, bottom-right,
bottom-left; it is drawn yellow), the arrow keys move it by one screen pixel (with Shift by ten), and
``corners_changed`` is emitted once the keys have rested for :data:`KEY_SETTLE_MS` (one straightening for a
run of presses); Escape lets go of the corner, and the arrows scroll the picture again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from pulse_desktop.core.study.values import Corners

HANDLE_RADIUS = 9
MIN_ZOOM, MAX_ZOOM = 0.02, 16.0
HANDLE_MARGIN = 0.05  # fraction of the picture's size that the handles may go beyond its edges
KEY_SETTLE_MS = 400  # after the last arrow key, the corners are handed on


class _Handle(QGraphicsEllipseItem):
    def __init__(self, canvas: ImageCanvas, index: int) -> None:
        r = HANDLE_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self._canvas, self.index = canvas, index
        self.setBrush(QBrush(QColor(0, 120, 215, 170)))
        self.setPen(QPen(QColor("white"), 2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(10)
        self.setToolTip(QCoreApplication.translate("ImageCanvas", "Drag to the corner of the ECG paper"))

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            bounds = self._canvas.image_rect()
            value = QPointF(min(max(value.x(), bounds.left()), bounds.right()),
                            min(max(value.y(), bounds.top()), bounds.bottom()))
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._canvas._update_outline()
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        self._canvas._emit_corners()


class ImageCanvas(QGraphicsView):
    corners_changed = Signal(object)  # Corners

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCanvas")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#3a3a3a"))
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap)
        self._outline = QGraphicsPolygonItem()
        pen = QPen(QColor(0, 170, 255), 2)
        pen.setCosmetic(True)
        self._outline.setPen(pen)
        self._outline.setZValue(5)
        self._scene.addItem(self._outline)
        self._handles = [_Handle(self, i) for i in range(4)]
        for handle in self._handles:
            self._scene.addItem(handle)
        self._fit_pending = True
        self.chosen_corner: int | None = None
        self._key_settle = QTimer(self)
        self._key_settle.setSingleShot(True)
        self._key_settle.setInterval(KEY_SETTLE_MS)
        self._key_settle.timeout.connect(self._emit_corners)
        self.set_corners(None)

    def image_rect(self) -> QRectF:
        """Where the handles may go: the picture and a margin around it (a corner may lie just outside)."""
        rect = self._pixmap.boundingRect()
        mx, my = rect.width() * HANDLE_MARGIN, rect.height() * HANDLE_MARGIN
        return rect.adjusted(-mx, -my, mx, my)

    def set_image(self, image: QImage, keep_view: bool = False) -> None:
        self._pixmap.setPixmap(QPixmap.fromImage(image))
        visible = self._handles[0].isVisible()
        self._scene.setSceneRect(self.image_rect() if visible else self._pixmap.boundingRect())
        if not keep_view:
            self.fit()

    def set_corners(self, corners: Corners | None) -> None:
        """Show the handles at ``corners`` (image pixels), or hide them with None."""
        if getattr(self, "_shown_corners", "unset") == corners:
            return  # unchanged: leave the handles where the user has them
        self._shown_corners = corners
        visible = corners is not None
        if not visible:
            self.chosen_corner = None
        # room around the picture for the handles only while they are shown (no scroll bars otherwise)
        self._scene.setSceneRect(self.image_rect() if visible else self._pixmap.boundingRect())
        for handle, point in zip(self._handles, corners or ((0, 0),) * 4, strict=True):
            handle.setPos(QPointF(*point))
            handle.setVisible(visible)
        self._outline.setVisible(visible)
        self._update_outline()

    def corners(self) -> Corners | None:
        if not self._handles[0].isVisible():
            return None
        return tuple((float(h.pos().x()), float(h.pos().y())) for h in self._handles)  # type: ignore[return-value]

    def move_corner(self, index: int, x: float, y: float) -> None:
        """Move one handle as a drag would (used by keyboard nudges and tests), then emit."""
        self._handles[index].setPos(QPointF(x, y))
        self._emit_corners()

    def choose_corner(self, index: int | None) -> None:
        """The corner the arrow keys move (None: none, the arrows scroll)."""
        self.chosen_corner = index if index is not None and self._handles[0].isVisible() else None
        for i, handle in enumerate(self._handles):
            handle.setBrush(QBrush(QColor(255, 220, 0, 220) if i == self.chosen_corner else QColor(0, 120, 215, 170)))

    _ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key, visible = event.key(), self._handles[0].isVisible()
        if visible and Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.choose_corner(int(key) - int(Qt.Key.Key_1))
        elif key == Qt.Key.Key_Escape and self.chosen_corner is not None:
            self.choose_corner(None)
        elif key in self._ARROWS and self.chosen_corner is not None and visible:
            step = (10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1) / max(self.zoom, 1e-6)
            dx, dy = self._ARROWS[key]
            handle = self._handles[self.chosen_corner]
            handle.setPos(handle.pos() + QPointF(dx * step, dy * step))  # itemChange keeps it near the picture
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in self._ARROWS and self.chosen_corner is not None and not event.isAutoRepeat():
            self._key_settle.start()  # (re)started: a run of presses gives one straightening
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _update_outline(self) -> None:
        self._outline.setPolygon(QPolygonF([h.pos() for h in self._handles]))

    def _emit_corners(self) -> None:
        corners = self.corners()
        if corners is not None:
            self.corners_changed.emit(corners)

    # ----- zoom and pan ----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self._fit_pending = True
        if not self._pixmap.pixmap().isNull():
            target = self.image_rect() if self._handles[0].isVisible() else self._pixmap.boundingRect()
            self.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        self._fit_pending = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        self.scale(target / self.zoom, target / self.zoom)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.fit()
        super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit_pending:
            self.fit()
