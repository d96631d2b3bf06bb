"""The HTML report in a real browser: Debian's chromium, headless, driven by Selenium through
Debian's chromedriver (an explicit driver path: Selenium Manager never runs, nothing is
downloaded). The tests open the example's report and assert on the rendered page, not on
pixels: no console error, no network request, the lanes and bars, a breach's rectangle
spanning exactly its dates on the axis, the clause link reaching the clause text, a redacted
page without a real name, a hostile name shown as text, and a screenshot and an A4 PDF.

Without chromium or chromedriver the tests are skipped, unless MANDAT_REQUIRE_BROWSER=1
(scripts/test sets it, having installed both): then their absence is a failure.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_ROSTER

import mandat
import mandat.__main__

pytestmark = pytest.mark.browser

EXAMPLE = EXAMPLE_ROSTER
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HOSTILE = "<script>alert(1)</script>"


def _unavailable(reason: str) -> None:
    if os.environ.get("MANDAT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and MANDAT_REQUIRE_BROWSER=1 (scripts/bootstrap --for-tests installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        _unavailable("Debian's chromium and chromium-driver are not installed")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.selenium_manager import SeleniumManager
    except ImportError:
        _unavailable("selenium is not installed")
        raise

    def refuse(*args: object, **kwargs: object) -> dict[str, str]:
        raise AssertionError("Selenium Manager must not run: the driver and the browser are Debian's")

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SE_OFFLINE", "true")
        mp.setattr(SeleniumManager, "binary_paths", refuse)
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for arg in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--window-size=1600,1000",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-sync",
            "--no-first-run",
        ):
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def _report(tmp: Path, name: str, *args: str) -> Path:
    out = tmp / name
    code, _, err = mandat.__main__.run(["check", str(EXAMPLE), "--format", "html", "--output", str(out), *args])
    assert code == 1, err  # the example's deliberate errors
    return out


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("pages")
    hostile: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    hostile["persons"][0]["name"] = HOSTILE
    hostile["meetings"][0]["title"] = '<img src=x onerror="alert(2)">'
    m = mandat.trondelag()
    roster = mandat.load_roster(hostile)
    report = mandat.check(m, roster)
    (tmp / "hostile.html").write_text(report.to_html(m, roster), encoding="utf-8")
    # The notebook's display is a fragment: shown here inside a minimal page of its own.
    (tmp / "hostile-notebook.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>notebook</title></head><body>'
        + report._repr_html_()
        + "</body></html>",
        encoding="utf-8",
    )
    return {
        "en": _report(tmp, "report.html"),
        "redacted": _report(tmp, "redacted.html", "--redact", "--lang", "nb"),
        "hostile": tmp / "hostile.html",
        "hostile-notebook": tmp / "hostile-notebook.html",
    }


def _open(driver: Any, page: Path) -> None:
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get_log("performance")
    driver.get(page.as_uri())


def _console_errors(driver: Any) -> list[Any]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def test_the_page_loads_without_a_console_error_or_a_network_request(browser: Any, pages: dict[str, Path]) -> None:
    _open(browser, pages["en"])
    assert browser.title == "Compliance report: Mandat for arbeidet i Trøndelag (trondelag-foui-2022)"
    assert _console_errors(browser) == []
    requests = [
        json.loads(e["message"])["message"]["params"]["request"]["url"]
        for e in browser.get_log("performance")
        if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"
    ]
    assert requests == [pages["en"].as_uri()]  # the page itself, nothing else
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert browser.execute_script("return document.scripts.length + document.images.length") == 0


def test_the_lanes_and_bars(browser: Any, pages: dict[str, Path]) -> None:
    _open(browser, pages["en"])
    counts = browser.execute_script(
        """return Array.from(document.querySelectorAll('svg.timeline')).map(svg => [
             svg.dataset.body, svg.querySelectorAll('g.lane').length, svg.querySelectorAll('rect.bar').length,
             svg.querySelectorAll('line.meeting').length, svg.querySelectorAll('rect.breach').length]);"""
    )
    # Styringsgruppen: ks (2 persons), tfk, sf (2 in turn), nfr (2 in turn), kdu (2 in turn).
    # Arbeidsutvalget: one person for each of tfk, ks, sf, nfr, and four secretaries' years.
    assert counts == [["styringsgruppen", 5, 9, 15, 3], ["arbeidsutvalget", 5, 8, 33, 1]]
    # Every mark has a text alternative.
    untitled = browser.execute_script(
        """return Array.from(document.querySelectorAll(
             'svg.timeline rect.bar, svg.timeline rect.role, svg.timeline rect.breach, svg.timeline line.meeting,'
             + 'svg.timeline rect.lead-band, svg.timeline rect.lane-bg'))
             .filter(e => !e.querySelector('title') || !e.querySelector('title').textContent.trim()).length;"""
    )
    assert untitled == 0


def test_the_breach_spans_exactly_its_dates_on_the_axis(browser: Any, pages: dict[str, Path]) -> None:
    _open(browser, pages["en"])
    geometry = browser.execute_script(
        """const svg = document.querySelector('svg.timeline[data-body="styringsgruppen"]');
           const r = svg.querySelector('rect.breach[data-code="quota.below_min"]');
           const tick = d => svg.querySelector('line.tick[data-date="' + d + '"]');
           const centre = e => { const b = e.getBoundingClientRect(); return (b.left + b.right) / 2; };
           const box = r.getBoundingClientRect();
           return {left: box.left, right: box.right,
                   y2023: centre(tick('2023-01-01')), y2024: centre(tick('2024-01-01')),
                   x: r.getBBox().x, w: r.getBBox().width,
                   t2023: tick('2023-01-01').x1.baseVal.value, t2024: tick('2024-01-01').x1.baseVal.value,
                   title: r.querySelector('title').textContent};"""
    )
    # 2023 has 365 days: 2023-03-01 is day 59 of it, 2023-05-15 (the day after the last) day 134.
    per_day_px = (geometry["y2024"] - geometry["y2023"]) / 365
    assert per_day_px > 0.6  # so that half a pixel is less than a day
    assert geometry["left"] == pytest.approx(geometry["y2023"] + 59 * per_day_px, abs=0.5)
    assert geometry["right"] == pytest.approx(geometry["y2023"] + 134 * per_day_px, abs=0.5)
    per_day = (geometry["t2024"] - geometry["t2023"]) / 365  # in SVG user units
    assert geometry["x"] == pytest.approx(geometry["t2023"] + 59 * per_day, abs=0.002)
    assert geometry["w"] == pytest.approx(75 * per_day, abs=0.002)
    assert "quota.below_min" in geometry["title"] and "2023-03-01 to 2023-05-14" in geometry["title"]


def test_the_clause_link_jumps_to_the_clause_text(browser: Any, pages: dict[str, Path]) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, pages["en"])
    link = browser.find_element(By.CSS_SELECTOR, 'tr[data-code="quota.below_min"] a.clause-link')
    assert link.text == "styringsgruppen"
    link.click()
    target = browser.execute_script(
        """const t = document.querySelector(':target');
           return {hash: location.hash, id: t && t.id, text: t && t.textContent,
                   top: t && t.getBoundingClientRect().top};"""
    )
    assert target["hash"] == "#clause-styringsgruppen"
    assert target["id"] == "clause-styringsgruppen"
    assert "1 representant fra Forskningsrådet" in target["text"]
    assert -1 < target["top"] < 5  # scrolled to the clause


def test_the_redacted_page_contains_no_real_name(browser: Any, pages: dict[str, Path]) -> None:
    _open(browser, pages["redacted"])
    assert browser.execute_script("return document.documentElement.lang") == "nb"
    text = browser.execute_script("return document.documentElement.outerHTML + document.body.innerText")
    roster = mandat.load_roster(EXAMPLE)
    leaked = [p.name for p in roster.persons if p.name in text] + [p.id for p in roster.persons if p.id in text]
    assert leaked == []
    people = browser.execute_script(
        "return Array.from(document.querySelectorAll('[data-person]')).map(e => e.dataset.person)"
    )
    assert people and all(p.startswith("P-") for p in people)
    assert mandat.pseudonym("p-nfr1") in text
    assert _console_errors(browser) == []


@pytest.mark.parametrize("page", ["hostile", "hostile-notebook"])
def test_a_hostile_name_is_text(browser: Any, pages: dict[str, Path], page: str) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    _open(browser, pages[page])
    assert browser.execute_script("return document.querySelectorAll('script, img').length") == 0
    titles = browser.execute_script(
        "return Array.from(document.querySelectorAll('svg.timeline title')).map(t => t.textContent)"
    )
    assert any(t.startswith(HOSTILE + " (p-ks1)") for t in titles)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - no alert was opened
    assert _console_errors(browser) == []


def test_a_screenshot_and_an_a4_pdf(browser: Any, pages: dict[str, Path], tmp_path: Path) -> None:
    from selenium.webdriver.common.print_page_options import PrintOptions

    _open(browser, pages["en"])
    png = tmp_path / "report.png"
    assert browser.save_screenshot(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    options = PrintOptions()
    options.page_width = 21.0  # A4, in centimetres
    options.page_height = 29.7
    options.background = True
    pdf = base64.b64decode(browser.print_page(options))
    (tmp_path / "report.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF-")
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page>") >= 2
    assert _console_errors(browser) == []
