"""Makes docs/report-screenshot.png: the example's HTML report in Debian's headless chromium.

    python tools/screenshot_report.py [OUT.png]

Renders the page with the installed package (the same C++ as `mandat check --format html`),
opens it through Selenium and /usr/bin/chromedriver at 1280 pixels wide, and keeps the top of
the page: the header, the timeline of both bodies and the start of the organisation chart.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import mandat

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "report-screenshot.png"
    m = mandat.trondelag()
    roster = mandat.load_roster(ROOT / "examples" / "roster-2022-2025.json")
    report = mandat.check(m, roster)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1180"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "report.html"
            page.write_text(report.to_html(m, roster), encoding="utf-8")
            driver.get(page.as_uri())
            driver.save_screenshot(str(out))
    finally:
        driver.quit()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
