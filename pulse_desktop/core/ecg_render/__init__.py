"""Digital recordings drawn as PULSE's training images were: ECG-Image-Kit's default page.

    page = render_page(recording, "3x4")     # RGB uint8 [1700, 2200, 3]: 11 x 8.5 in at 200 dpi
"""

from __future__ import annotations

from pulse_desktop.core.ecg_render.layout import DPI, LAYOUTS, PAGE_IN, strips
from pulse_desktop.core.ecg_render.page import render_page

__all__ = ["DPI", "LAYOUTS", "PAGE_IN", "render_page", "strips"]
