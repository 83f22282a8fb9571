"""The core functions the window drives, gathered in one replaceable object.

:func:`default_services` wires the real core. Tests build a ``Services`` with one part swapped (a fake
engine for fast tests) and everything else real. Each function here is called from a worker job, never on
the GUI thread, except the cheap listing ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.study.engine_holder import EngineLike
from pulse_desktop.core.study.values import Corners, Review
from pulse_desktop.gui.settings import AppSettings

log = logging.getLogger("pulse_desktop.gui.services")


@dataclass(frozen=True)
class Services:
    open_engine: Callable[[Any, AppSettings], EngineLike]
    load_image: Callable[[Path], Any]  # -> LoadedImage
    load_image_bytes: Callable[[bytes, str], Any]  # -> LoadedImage
    review_image: Callable[[Image.Image, Corners | None, int | None], Review]  # core/study/picture.review_picture
    list_bundles: Callable[[], list]
    resolve_bundle: Callable[[str | None], Any]  # -> InstalledBundle
    import_bundle: Callable[[Path, CancelToken], Iterator[object]]
    convert_weights: Callable[[str, str, CancelToken], Iterator[object]]
    open_store: Callable[[], Any]
    open_camera: Callable[[int | str], Any]  # -> FrameSource: read() -> Frame(.image RGB) | None, .fps, close()
    paper_watcher: Callable[[float], Any]  # (fps) -> AutoCapture: update(rgb) -> .corners .hint .steady .captured

    def with_changes(self, **changes: Any) -> Services:
        return replace(self, **changes)


def _open_engine(bundle: Any, settings: AppSettings) -> EngineLike:
    """The serialising EngineService: its own thread owns the engine; ask/follow_up yield core events ending
    with Done(result=Answer). Loading (the constructor) runs inside the interpretation job."""
    from pulse_desktop.core.engine.engine_service import EngineService

    def local() -> EngineLike:
        return EngineService(bundle, n_gpu_layers=settings.gpu_layers, n_threads=settings.threads or None)

    if settings.server_use != "local" and settings.server_url:  # the clinic server (docs/clinic-server.md)
        from pulse_desktop.core.remote.client import ServerAddress
        from pulse_desktop.core.remote.fallback import FallbackEngine
        from pulse_desktop.core.remote.remote_engine import RemoteEngine

        address = ServerAddress(settings.server_url, settings.server_api_key, settings.server_fingerprint)
        return FallbackEngine(lambda: RemoteEngine(address, bundle),
                              local if settings.server_use == "server_then_local" else None)
    return local()


def _load_image(path: Path) -> Any:
    from pulse_desktop.core.imaging.load_image import load_image

    return load_image(path)


def _load_image_bytes(data: bytes, name: str) -> Any:
    from pulse_desktop.core.imaging.load_image import load_image_bytes

    return load_image_bytes(data, name)


def _list_bundles() -> list:
    from pulse_desktop.core.bundle.registry import list_bundles

    return list_bundles()


def _resolve_bundle(name: str | None) -> Any:
    from pulse_desktop.core.bundle.registry import resolve_bundle

    return resolve_bundle(name or None)


def _import_bundle(src: Path, cancel: CancelToken) -> Iterator[object]:
    from pulse_desktop.core.bundle.importer import iter_import_bundle

    return iter_import_bundle(src, cancel=cancel)


def _convert_weights(source: str, quant: str, cancel: CancelToken) -> Iterator[object]:
    from pulse_desktop.core.bundle.converter_process import iter_convert_and_import

    return iter_convert_and_import(source, quant=quant, cancel=cancel)


def default_services() -> Services:
    from pulse_desktop.core.study.picture import review_picture
    from pulse_desktop.gui import core_adapters

    return Services(
        open_engine=_open_engine,
        load_image=_load_image,
        load_image_bytes=_load_image_bytes,
        review_image=review_picture,
        list_bundles=_list_bundles,
        resolve_bundle=_resolve_bundle,
        import_bundle=_import_bundle,
        convert_weights=_convert_weights,
        open_store=core_adapters.open_store,
        open_camera=core_adapters.open_camera,
        paper_watcher=core_adapters.paper_watcher,
    )
