"""Rebuild the report fonts in this folder from the PyPI packages that carry them (a maintainer's tool).

The app never runs this: it reads the ``.ttf`` files committed beside it. Run it only to refresh them::

    mkdir -p /tmp/fontwheels && pip download --no-deps -d /tmp/fontwheels \\
        fontpkg-noto-sans==2.15 fontpkg-noto-sans-arabic==2.12 fontpkg-noto-sans-devanagari==2.7 \\
        pylopdf-fonts-zh-cn==0.1.1 rinoh-typeface-dejavusans==0.1.0
    pip install fonttools
    python resources/fonts/build_fonts.py /tmp/fontwheels

What it does, and why:
- Noto Sans, Noto Sans Arabic and Noto Sans Devanagari come as variable TrueType fonts. reportlab embeds only
  the default instance of a variable font, so static Regular (wght 400) and Bold (wght 700) instances at normal
  width are cut with ``fontTools.varLib.instancer``.
- Noto Sans SC comes as an OpenType font with PostScript (CFF) outlines, which reportlab cannot embed. It is
  subset to the characters of GB 2312 and Big5 (simplified and traditional Chinese in everyday use), kana and
  the CJK punctuation and full-width forms, then its outlines are converted to TrueType quadratics.
- DejaVu Sans is copied unchanged (its licence requires renaming modified copies): it is the last fallback for
  symbols and scripts that the Noto fonts here lack.
The licences are copied beside the fonts (``LICENSE-*.txt``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

VARIABLE_FONTS = {  # wheel glob -> (file inside, output stem, licence name)
    "fontpkg_noto_sans-*.whl": ("fontpkg_noto_sans/files/NotoSans[wdth,wght].ttf", "NotoSans",
                                "fontpkg_noto_sans/LICENSE"),
    "fontpkg_noto_sans_arabic-*.whl": ("fontpkg_noto_sans_arabic/files/NotoSansArabic[wdth,wght].ttf",
                                       "NotoSansArabic", "fontpkg_noto_sans_arabic/LICENSE"),
    "fontpkg_noto_sans_devanagari-*.whl": ("fontpkg_noto_sans_devanagari/files/NotoSansDevanagari[wdth,wght].ttf",
                                           "NotoSansDevanagari", "fontpkg_noto_sans_devanagari/LICENSE"),
}
WEIGHTS = {"Regular": 400, "Bold": 700}


def _extract(wheels: Path, pattern: str, member: str, into: Path) -> Path:
    matches = sorted(wheels.glob(pattern))
    if not matches:
        raise SystemExit(f"no wheel matching {pattern} in {wheels}")
    with zipfile.ZipFile(matches[-1]) as archive:
        return Path(archive.extract(member, into))


def _cjk_characters() -> set[int]:
    chars: set[int] = set()
    for codec, lead, trail in (("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)),
                               ("big5", range(0xA1, 0xFA), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))):
        for a in lead:
            for b in trail:
                try:
                    chars.update(ord(c) for c in bytes((a, b)).decode(codec))
                except UnicodeDecodeError:
                    pass
    for start, end in ((0x3000, 0x303F), (0x3040, 0x30FF), (0xFF00, 0xFFEF), (0x20, 0x7E)):
        chars.update(range(start, end + 1))
    return chars


def _build_variable(wheels: Path, work: Path) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    for pattern, (member, stem, licence) in VARIABLE_FONTS.items():
        source = _extract(wheels, pattern, member, work)
        for style, weight in WEIGHTS.items():
            font = TTFont(source)
            static = instancer.instantiateVariableFont(font, {"wght": weight, "wdth": 100},
                                                       updateFontNames=True)
            static.save(HERE / f"{stem}-{style}.ttf")
        shutil.copy(_extract(wheels, pattern, licence, work), HERE / f"LICENSE-{stem}.txt")


def _build_cjk(wheels: Path, work: Path) -> None:
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    source = _extract(wheels, "pylopdf_fonts_zh_cn-*.whl", "pylopdf_fonts_zh_cn/NotoSansSC-Regular.otf", work)
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_cjk_characters())
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: keeps the file small
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(HERE / "NotoSansSC-Regular.ttf")
    shutil.copy(_extract(wheels, "pylopdf_fonts_zh_cn-*.whl",
                         "pylopdf_fonts_zh_cn-0.1.1.dist-info/licenses/LICENSE", work),
                HERE / "LICENSE-NotoSansSC.txt")


def _copy_dejavu(wheels: Path, work: Path) -> None:
    pattern = "rinoh_typeface_dejavusans-*.whl"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        shutil.copy(_extract(wheels, pattern, f"rinoh_typeface_dejavusans/{name}", work), HERE / name)
    shutil.copy(_extract(wheels, pattern, "rinoh_typeface_dejavusans/LICENSE", work), HERE / "LICENSE-DejaVu.txt")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    wheels = Path(argv[0])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _build_variable(wheels, work)
        _build_cjk(wheels, work)
        _copy_dejavu(wheels, work)
    for path in sorted(HERE.glob("*.ttf")):
        print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
