"""Where ECG-Image-Kit puts things on its default page (docs/digital-ecg.md lists each value and its source).

ECG-Image-Kit (alphanumericslab/ecg-image-kit, codes/ecg-image-generator, commit 27b90f5) draws with
matplotlib in data units: x in seconds (25 mm/s), y in millivolts (10 mm/mV), origin at the bottom left of an
11 × 8.5-inch page saved at 200 dpi. These are its defaults, reproduced here without matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_IN = (11.0, 8.5)  # ecg_plot.py standard_values width/height (US Letter, landscape)
DPI = 200  # gen_ecg_image_from_data.py --resolution default
SPEED_MM_S = 25.0  # x_grid_size 0.2 s per x_grid_inch 5/25.4 in
GAIN_MM_MV = 10.0  # y_grid_size 0.5 mV per y_grid_inch 5/25.4 in
PAPER_LEN_S = 10.0  # config.yaml paper_len
PULSE_S = 0.2  # standard_values dc_offset_length
LEAD_NAME_OFFSET_MV = 0.5  # standard_values lead_name_offset (the label sits 0.5 + 0.2 mV below the baseline)
LEAD_FONT_PT = 11  # standard_values lead_fontsize
LINE_PT = 0.75  # standard_values line_width (the pulse is drawn 1.5x, the column separators 3x)
GRID_LINE_PT = 0.5  # standard_values grid_line_width
SEPARATOR_HALF_MV = 8 / 2 * (5 / 25.4 * DPI) * 0.002  # config.yaml tickLength 8, tickSize_step 0.002
MAJOR_RGB = (255, 0, 0)  # standard_major_colors colour5 (red), --standard_grid_color default 5
MINOR_RGB = (254, 223, 219)  # standard_minor_colors colour5 = (0.996, 0.8745, 0.8588)
TRACE_RGB = (0, 0, 0)  # ecg_plot draws a random grey in 0..0.2; PULSE uses its darkest end, black
PAPER_RGB = (255, 255, 255)

X_MAX_S = PAGE_IN[0] * 25.4 / SPEED_MM_S  # 11.176 s across the page
Y_MAX_MV = PAGE_IN[1] * 25.4 / GAIN_MM_MV  # 21.59 mV up the page


@dataclass(frozen=True)
class Strip:
    """One trace on the page: a lead, which seconds of the recording, where (page seconds / mV)."""

    lead: str
    t0_s: float
    t1_s: float
    x_s: float  # page x of the trace's first sample
    baseline_mv: float  # page y of 0 mV
    label_xy: tuple[float, float]
    pulse: bool  # a calibration pulse precedes this trace
    separator_after: bool


LAYOUTS = ("3x4", "6x2", "12x1")


def strips(layout: str) -> list[Strip]:
    """The traces of a layout. 3x4 follows ECG-Image-Kit exactly (rows I/aVR/V1/V4, II/aVL/V2/V5,
    III/aVF/V3/V6 from the top, a 10-s lead II strip below); 6x2 and 12x1 use ECG-Image-Kit's geometry with
    the clinical lead order (I-aVF left, V1-V6 right; I to V6 down), 6x2 with the lead II strip, 12x1 without."""
    if layout == "3x4":
        grid = [["I", "aVR", "V1", "V4"], ["II", "aVL", "V2", "V5"], ["III", "aVF", "V3", "V6"]]
        rhythm = True
    elif layout == "6x2":
        grid = [[a, b] for a, b in zip(("I", "II", "III", "aVR", "aVL", "aVF"),
                                        ("V1", "V2", "V3", "V4", "V5", "V6"), strict=True)]
        rhythm = True
    elif layout == "12x1":
        grid = [[lead] for lead in ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")]
        rhythm = False
    else:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    columns = len(grid[0])
    rows = len(grid) + (1 if rhythm else 0)
    row_height = Y_MAX_MV / (rows + 2)  # ecg_plot: row_height = (height * y_grid_size / y_grid) / (rows + 2)
    secs = PAPER_LEN_S / columns
    x_gap = int(((X_MAX_S - columns * secs) / 2) / 0.2) * 0.2  # ecg_plot: floor(.../0.2)*0.2 = 0.4 s
    out = []
    for r, names in enumerate(grid):
        # ecg_plot stacks rows upwards from row_height/2 + row_height; the first plotted row is the lowest
        baseline = row_height / 2 + row_height * (len(grid) - r)
        for c, lead in enumerate(names):
            x0 = x_gap + PULSE_S + c * secs
            out.append(Strip(lead, c * secs, (c + 1) * secs, x0, baseline,
                             (x0, baseline - LEAD_NAME_OFFSET_MV - 0.2), c == 0, c < columns - 1))
    if rhythm:
        base = row_height / 2 - LEAD_NAME_OFFSET_MV + 0.8
        out.append(Strip("II", 0.0, PAPER_LEN_S, x_gap + PULSE_S, base,
                         (x_gap + PULSE_S, row_height / 2 - LEAD_NAME_OFFSET_MV), True, False))
    return out


