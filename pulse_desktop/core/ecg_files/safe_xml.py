"""XML parsing that refuses what ECG files never need: DTDs with entities, external entities.

The same guard as defusedxml (no extra package): expat is told to fail on any entity declaration, which stops
"billion laughs" expansion, and on any external entity reference; file size is capped before parsing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.parsers import expat

from pulse_desktop.core.errors import UnreadableInputError

MAX_XML_BYTES = 64 * 1024 * 1024


class _Forbidden(Exception):
    pass


def parse_xml(path: Path) -> ET.Element:
    """Parse ``path`` safely; raises UnreadableInputError for malformed XML or entity tricks."""
    data = path.read_bytes()
    if len(data) > MAX_XML_BYTES:
        raise UnreadableInputError(f"{path.name} is too large ({len(data) >> 20} MB) for an ECG XML file.",
                                   "Export a single 10-s 12-lead recording.")
    scanner = expat.ParserCreate()

    def forbid(*_args) -> None:
        raise _Forbidden

    for handler in ("EntityDeclHandler", "UnparsedEntityDeclHandler", "ExternalEntityRefHandler"):
        setattr(scanner, handler, forbid)
    scanner.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        scanner.Parse(data, True)  # a first pass that only looks for declarations, then the real parse
        return ET.fromstring(data)
    except _Forbidden as exc:
        raise UnreadableInputError(
            f"{path.name} declares XML entities, which ECG files never need; it was not read (it could be an "
            "attempt to expand or fetch content).", "Export the ECG again from the cart or archive.") from exc
    except (ET.ParseError, expat.ExpatError) as exc:
        raise UnreadableInputError(f"{path.name} is not well-formed XML ({exc}).",
                                   "The file may be damaged or cut short; export it again.") from exc


def local(tag: str) -> str:
    """The tag without its namespace."""
    return tag.rsplit("}", 1)[-1]
