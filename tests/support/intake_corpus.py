"""The intake corpus: ECG pictures in many paper styles and photo conditions, and near-miss non-ECG
pictures, all generated on the spot from the shared PTB-XL records (no files).

Every item is a pure function of its category and index (``make_item("photo: glare", 3)``), so a failure
found by the benchmark (tests/support/bench_intake.py) can be rebuilt and looked at alone, and tests can
use a small fixed subset.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from tests.support import intake_corpus_damage as dmg
from tests.support import intake_corpus_nonecg as non
from tests.support.ecg_paper import load_ptbxl_record, place_paper, simulate_photo
from tests.support.intake_corpus_paper import (
    LAYOUTS,
    PAGES_MM,
    STYLES,
    PaperStyle,
    render_styled_paper,
    with_trace,
)

N_RECORDS = 200
TRACE_INKS = {"black": (0, 0, 0), "grey": (105, 105, 105), "blue": (25, 50, 190), "red": (195, 25, 30)}


@dataclass(frozen=True, eq=False)
class CorpusItem:
    category: str
    index: int
    is_ecg: bool
    image: np.ndarray  # RGB uint8
    description: str
    paper_corners: tuple[tuple[float, float], ...] | None = None  # the sheet's corners in a photo (TL, TR, BR, BL)
    paper_aspect: float | None = None  # the sheet's width / height (photos only)

    @property
    def edges_visible(self) -> bool:
        """A photo whose whole sheet lies inside the frame (at least 1 % of the frame from each edge)."""
        if self.paper_corners is None:
            return False
        h, w = self.image.shape[:2]
        m = 0.01 * min(w, h)
        return all(m <= x <= w - m and m <= y <= h - m for x, y in self.paper_corners)

    @property
    def name(self) -> str:
        return f"{self.category} #{self.index}"


def _rng(category: str, index: int) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(f"{category}/{index}".encode()))


def _record(rng: np.random.Generator) -> tuple[np.ndarray, int]:
    k = int(rng.integers(N_RECORDS))
    return load_ptbxl_record(k)[0], k


def _random_style(rng: np.random.Generator, base: PaperStyle | None = None) -> PaperStyle:
    style = base or list(STYLES.values())[int(rng.integers(len(STYLES)))]
    if rng.random() < 0.35:  # another ink or line width than the style's own
        ink = list(TRACE_INKS.values())[int(rng.integers(len(TRACE_INKS)))]
        if ink == TRACE_INKS["red"] and style.major[0] > style.major[1] + 40:
            ink = TRACE_INKS["black"]  # a red trace on a red grid: no printer does that
        style = with_trace(style, ink, float(rng.choice([0.1, 0.2, 0.3, 0.5])))
    return style


def _page(rng: np.random.Generator, style: PaperStyle, ppm: float) -> tuple[Image.Image, str]:
    sig, k = _record(rng)
    layout = str(rng.choice(list(LAYOUTS)))
    labels, header, cal = bool(rng.random() < 0.8), bool(rng.random() < 0.7), bool(rng.random() < 0.7)
    page = str(rng.choice(["letter", "a4"]))
    img = render_styled_paper(sig, style, px_per_mm=ppm, layout=layout, page=page, labels=labels, header=header,
                              calibration=cal)
    desc = (f"record {k}, {style.name}, trace {style.trace} {style.trace_mm} mm, {layout}, {page}, "
            f"{ppm:.1f} px/mm, labels={labels} header={header} calibration={cal}")
    return img, desc


def _scan(style_name: str) -> Callable[[np.random.Generator], tuple[np.ndarray, str]]:
    def make(rng: np.random.Generator) -> tuple[np.ndarray, str]:
        ppm = float(np.exp(rng.uniform(np.log(3.0), np.log(12.0))))
        img, desc = _page(rng, _random_style(rng, STYLES[style_name]), ppm)
        a = np.asarray(img)
        if rng.random() < 0.4:
            q = int(rng.integers(70, 95))
            a, desc = dmg.jpeg(a, q), desc + f", JPEG {q}"
        return a, "scan: " + desc
    return make


def _photo(on_paper: tuple[str, ...] = (), over: tuple[str, ...] = (), **kw) -> Callable:
    """A photo of a page: damage on the paper, then photographed (ecg_paper.simulate_photo), then what lies
    over the picture. ``kw`` sets simulate_photo's and place_paper's ranges. Returns (picture, description,
    (the sheet's corners in the photo, its aspect))."""
    def make(rng: np.random.Generator) -> tuple[np.ndarray, str, tuple]:
        size = [(1600, 1200), (2000, 1500)][int(rng.integers(2))]
        img, desc = _page(rng, _random_style(rng), float(rng.uniform(5.5, 9.0)))
        paper = np.asarray(img)
        for fx in on_paper:
            paper = getattr(dmg, fx)(paper, rng)
        fill = float(rng.uniform(*kw.get("fill", (0.7, 0.9))))
        rot = float(rng.uniform(-1, 1) * kw.get("rotate", 6))
        tilt = (float(rng.uniform(-1, 1) * kw.get("tilt", 0.06)), float(rng.uniform(-1, 1) * kw.get("tilt", 0.06)))
        corners = place_paper(size, img.size, fill=fill, rotate_deg=rot, tilt=tilt)
        glare = None
        if "glare" in kw:
            glare = (float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.25, 0.5)), float(rng.uniform(*kw["glare"])),
                     float(rng.uniform(0.6, 1.0)))
        blur = float(rng.uniform(*kw.get("blur", (0.0, 0.8))))
        photo, truth = simulate_photo(Image.fromarray(paper), corners, size, shading=float(rng.uniform(0, 0.35)),
                                  colour_cast=(1.0, float(rng.uniform(0.9, 1.0)), float(rng.uniform(0.8, 1.0))),
                                  exposure=float(rng.uniform(0.75, 0.95)), glare=glare, blur_sigma_px=blur,
                                  noise_sigma=float(rng.uniform(1, 4)), seed=int(rng.integers(1 << 30)))
        a = np.asarray(photo)
        for fx in over:
            a = getattr(dmg, fx)(a, rng)
        q = int(rng.integers(*kw.get("jpeg", (75, 93))))
        a = dmg.jpeg(a, q)
        parts = [f"photo {size[0]}x{size[1]} fill {fill:.2f} rot {rot:.0f} tilt {tilt[0]:.2f},{tilt[1]:.2f}",
                 f"blur {blur:.1f}", f"JPEG {q}", *on_paper, *over, desc]
        return a, ", ".join(parts), (truth.corners, img.size[0] / img.size[1])
    return make


def _close_up(rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """A phone close-up of two or three leads (a clinician asking about V4-V5)."""
    out_w = int(rng.choice([640, 900, 1200]))
    width_mm = float(rng.uniform(45, 100))
    ppm = min(20.0, out_w / width_mm)
    style = _random_style(rng)
    sig, k = _record(rng)
    img = np.asarray(render_styled_paper(sig, style, px_per_mm=ppm, layout="3x4", header=False))
    h, w = img.shape[:2]
    cw, ch = int(width_mm * ppm), int(width_mm * ppm * 0.75)
    x0 = int(rng.uniform(0.05, 0.95) * max(1, w - cw))
    # framed on the leads asked about: one row's baseline in the middle 40 % of the height (a crop between
    # two rows, showing only the tips of their spikes, is not a picture of two or three leads)
    top, bottom = 12.0, PAGES_MM["letter"][1] - 8.0  # render_styled_paper's grid box without a header
    base_mm = top + (bottom - top) / 3 * (int(rng.integers(3)) + 0.62)
    y0 = int(np.clip(base_mm * ppm - ch * rng.uniform(0.3, 0.7), 0, max(0, h - ch)))
    a = img[y0:y0 + ch, x0:x0 + cw]
    a = np.clip(a * rng.uniform(0.8, 0.95) + rng.normal(0, 2.5, a.shape), 0, 255).astype(np.uint8)
    return dmg.jpeg(a, int(rng.integers(75, 92))), f"close-up {cw}x{ch} at {ppm:.1f} px/mm, record {k}, {style.name}"


def _blank_grid(rng: np.random.Generator) -> tuple[np.ndarray, str]:
    style = _random_style(rng)
    ppm = float(rng.uniform(3, 9))
    sig = np.zeros((12, 5000), np.int16)
    a = np.asarray(render_styled_paper(sig, style, px_per_mm=ppm, header=bool(rng.random() < 0.5), labels=False,
                                       calibration=False, draw_trace=False))
    return dmg.jpeg(a, 88), f"blank grid paper, {style.name}, {ppm:.1f} px/mm"


def _non(fn: Callable) -> Callable[[np.random.Generator], tuple[np.ndarray, str]]:
    def make(rng: np.random.Generator) -> tuple[np.ndarray, str]:
        a = fn(rng)
        if rng.random() < 0.5:  # photographed: a little blur, noise and JPEG
            a = np.clip(a * rng.uniform(0.75, 0.95) + rng.normal(0, 3, a.shape), 0, 255).astype(np.uint8)
        return dmg.jpeg(a, int(rng.integers(70, 92))), fn.__name__.replace("_", " ")
    return make


def _scene(rng: np.random.Generator) -> np.ndarray:
    from tests.imaging.non_ecg import natural_scene

    return np.asarray(natural_scene(int(rng.integers(1 << 20))))


def _letter(rng: np.random.Generator) -> np.ndarray:
    from tests.imaging.non_ecg import text_page

    return np.asarray(text_page(int(rng.integers(1 << 20))))


_scene.__name__, _letter.__name__ = "room", "typed letter"

ECG_CATEGORIES: dict[str, Callable] = {
    **{f"scan: {name}": _scan(name) for name in STYLES},
    "photo: plain": _photo(),
    "photo: perspective": _photo(rotate=25, tilt=0.16, fill=(0.6, 0.9)),
    "photo: shadow": _photo(over=("hard_shadow",)),
    "photo: glare": _photo(glare=(0.03, 0.09)),
    "photo: blur": _photo(blur=(1.0, 2.2)),
    "photo: heavy JPEG": _photo(jpeg=(25, 50)),
    "photo: low light": _photo(over=("low_light",)),
    "photo: crease or fold": _photo(on_paper=("crease",)),
    "photo: wrinkles": _photo(on_paper=("wrinkles",)),
    "photo: handwriting and stamp": _photo(on_paper=("handwriting", "stamp")),
    "photo: stain": _photo(on_paper=("stain",)),
    "photo: hand at the edge": _photo(over=("hand_at_edge",)),
    "photo: pen at the edge": _photo(over=("pen_at_edge",)),
    "photo: fills the frame": _photo(fill=(1.05, 1.35), rotate=3),
    "photo: turned on the table": _photo(fill=(0.75, 1.2), rotate=40),
    "close-up: two or three leads": _close_up,
}
NON_ECG_CATEGORIES: dict[str, Callable] = {
    "blank grid paper": _blank_grid,
    "graph paper with a curve": _non(non.graph_paper_with_curve),
    "EEG chart": _non(non.eeg_chart),
    "spreadsheet chart": _non(non.spreadsheet_chart),
    "printed form": _non(non.printed_form),
    "X-ray": _non(non.xray_like),
    "room": _non(_scene),
    "face": _non(non.face_like),
    "screen of text": _non(non.text_screen),
    "typed letter": _non(_letter),
}


def make_item(category: str, index: int) -> CorpusItem:
    """Item ``index`` of ``category`` (deterministic)."""
    is_ecg = category in ECG_CATEGORIES
    make = ECG_CATEGORIES[category] if is_ecg else NON_ECG_CATEGORIES[category]
    a, desc, *truth = make(_rng(category, index))
    corners, aspect = truth[0] if truth else (None, None)
    return CorpusItem(category, index, is_ecg, np.ascontiguousarray(a), desc, corners, aspect)


def corpus_index(n_per_category: int) -> list[tuple[str, int]]:
    """(category, index) of every item of a corpus with ``n_per_category`` items in each category."""
    cats = list(ECG_CATEGORIES) + list(NON_ECG_CATEGORIES)
    return [(c, i) for c in cats for i in range(n_per_category)]
