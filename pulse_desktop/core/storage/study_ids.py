"""Human-friendly study IDs: the local date and five random characters, e.g. ``20250114-7KQ3M``.

The alphabet is Crockford's base 32 (no I, L, O or U), so an ID read aloud or copied by hand is not
ambiguous; 32^5 (about 33 million) values per day make clashes rare, and the store retries on one.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PATTERN = re.compile(r"^\d{8}-[0-9A-HJKMNP-TV-Z]{5}$")


def new_study_id(now: datetime | None = None) -> str:
    day = (now or datetime.now()).strftime("%Y%m%d")
    return f"{day}-{''.join(secrets.choice(ALPHABET) for _ in range(5))}"


def normalize_study_id(text: str) -> str:
    """An ID as typed (any case, O for 0, I/L for 1) in its canonical form."""
    cleaned = text.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return cleaned
