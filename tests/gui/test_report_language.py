"""The window's report follows Settings > Language at once, through the same core workflow as the command line:
a study saved as PDF from the window after choosing Arabic, then Swahili, prints in each."""

from __future__ import annotations

import pypdf

from pulse_desktop.core.report.language import report_language
from tests.gui.test_flow_fake import engine, interpret, open_image, window  # noqa: F401 - pytest fixtures


def _save_pdf(qtbot, window, path):  # noqa: F811 - the fixture's name
    window.report.last_pdf = None
    window.prompter.script("save_file", path)
    window.actions["save_pdf"].trigger()
    qtbot.waitUntil(lambda: window.report.last_pdf is not None or bool(window.report.failures), timeout=60000)
    assert not window.report.failures
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).split())


def test_the_report_follows_the_settings_language(qtbot, window, tmp_path):  # noqa: F811
    open_image(qtbot, window)
    interpret(qtbot, window)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    english = _save_pdf(qtbot, window, tmp_path / "en.pdf")
    assert report_language("en").t("details_heading") in english  # the system's language in the tests: English
    window.apply_settings(window.app_settings.with_changes(language="sw"))  # what the Settings dialog does
    swahili = _save_pdf(qtbot, window, tmp_path / "sw.pdf")
    sw = report_language("sw")
    assert sw.t("details_heading") in swahili and sw.t("model_language_note").split(".")[0] in swahili
    assert "Ana Müller" in swahili
    window.apply_settings(window.app_settings.with_changes(language="ar"))
    arabic = _save_pdf(qtbot, window, tmp_path / "ar.pdf")
    assert "Ana Müller" in arabic and "P-0042" in arabic and sw.t("details_heading") not in arabic
    fonts = {str(f.get_object()["/BaseFont"]) for page in pypdf.PdfReader(str(tmp_path / "ar.pdf")).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("NotoSansArabic" in f for f in fonts)
