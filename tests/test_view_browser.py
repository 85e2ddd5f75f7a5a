"""The seed article's page in a real headless browser (Debian's chromium,
driven by selenium): every quote highlighted at its text, the trail of
Гараев's quotes, the speaker filter, no network request, no input run."""

import json
import shutil
from pathlib import Path

import pytest

from quotes.view import render_page, write_site
from quotes.view.load import ViewDoc

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
DRIVERS = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")

# where each piece of a quote starts and ends in the article, counted over
# the text nodes of #text as the browser built them
PIECES_JS = """
const root = document.getElementById('text');
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
const starts = new Map();
let offset = 0, node;
while ((node = walker.nextNode())) {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (el.classList.contains('q') && !starts.has(el)) starts.set(el, offset);
  }
  offset += node.data.length;
}
return [root.textContent, [...starts].map(([el, s]) => [
  +el.dataset.q, +el.dataset.k, s, s + el.textContent.length,
  getComputedStyle(el).backgroundColor, el.classList.contains('off')])];
"""


def _first(paths):
    return next((p for p in paths if Path(p).exists()), None)


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
    binary = _first(CHROMIUM) or shutil.which("chromium")
    driver_path = _first(DRIVERS) or shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.skip("no headless browser here: install Debian's chromium and chromium-driver "
                    "(.ci/run does, as root, where apt-get works)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except Exception as error:  # a browser that cannot start is no failure of the page
        pytest.skip(f"chromium at {binary} did not start under {driver_path}: {error}".splitlines()[0])
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def seed(shared, extractor, tmp_path_factory):
    text = (shared / "corpus" / "seed-dayaz-garaev.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "corpus" / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record = extractor.extract_document(text, id="seed-dayaz-garaev").to_dict()
    path = tmp_path_factory.mktemp("view") / "seed.html"
    path.write_text(render_page("seed-dayaz-garaev", text, record), encoding="utf-8")
    return {"text": text, "gold": gold, "record": record, "path": path}


def _open(browser, path):
    browser.get_log("performance")  # drop what earlier pages logged
    browser.get(path.as_uri())
    browser.execute_script("return document.readyState")


def _pieces(browser):
    content, pieces = browser.execute_script(PIECES_JS)
    spans = {}
    for q, k, start, end, background, off in pieces:
        spans.setdefault((q, k), []).append((start, end, background, off))
    return content, spans


def _click_quote(browser, q):
    """A real click on the quote's number badge, at the start of its first piece."""
    from selenium.webdriver.common.action_chains import ActionChains

    rect = browser.execute_script(
        "const el = document.getElementById(arguments[0]); el.scrollIntoView({block: 'center'});"
        "const r = el.getClientRects()[0]; return [r.left, r.top, r.height];", f"q{q}-0")
    actions = ActionChains(browser)
    actions.w3c_actions.pointer_action.move_to_location(int(rect[0]) + 5, int(rect[1] + rect[2] / 2))
    actions.w3c_actions.pointer_action.click()
    actions.perform()


def test_every_seed_quote_is_highlighted_at_its_text(browser, seed):
    _open(browser, seed["path"])
    content, spans = _pieces(browser)
    assert content == seed["text"]
    shown = {}
    for (q, k), pieces in spans.items():
        pieces.sort()
        for (_, end, *_), (start, *_) in zip(pieces, pieces[1:]):
            assert end == start, f"quote {q} part {k} has a gap"
        assert all(bg not in ("rgba(0, 0, 0, 0)", "transparent") for *_, bg, _ in pieces[:1])
        shown.setdefault(q, []).append((pieces[0][0], pieces[-1][1]))
    required = [g for g in seed["gold"]["quotes"] if not g.get("optional")]
    assert len(required) == 9 and len(shown) == len(seed["record"]["quotes"])
    highlighted = {tuple(sorted(parts)) for parts in shown.values()}
    for gold in required:
        assert tuple(tuple(span) for span in gold["content"]) in highlighted, gold["content"]


def test_garaev_quotes_show_the_trail_and_the_filter_hides_the_others(browser, seed):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    _open(browser, seed["path"])
    quotes = seed["record"]["quotes"]
    garaev = [i for i, q in enumerate(quotes) if (q["speaker"] or {}).get("name") == "Азер Гараев"]
    assert len(garaev) == 7
    for i in garaev:
        _click_quote(browser, i)
        card = browser.find_element(By.ID, f"card{i}")
        assert card.is_displayed(), f"quote {i + 1}: no card after a click"
        assert card.find_element(By.CSS_SELECTOR, ".trail").text == "Day.Az → Trend → Азер Гараев"
        assert "Азер Гараев" in card.find_element(By.CSS_SELECTOR, ".speaker-name").text
        browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)  # the card may cover the next
        assert not card.is_displayed()

    select = Select(browser.find_element(By.NAME, "speaker"))
    [option] = [o for o in select.options if o.text.startswith("Азер Гараев")]
    select.select_by_value(option.get_attribute("value"))
    _, spans = _pieces(browser)
    for (q, _), pieces in spans.items():
        for *_, background, off in pieces:
            if q in garaev:
                assert not off and background not in ("rgba(0, 0, 0, 0)", "transparent")
            else:
                assert off and background in ("rgba(0, 0, 0, 0)", "transparent"), f"quote {q + 1} still shown"
    assert browser.find_element(By.ID, "shown-count").text == "showing 7 of 9 quotes"
    panels = browser.find_elements(By.CSS_SELECTOR, "aside .speaker")
    assert [p.is_displayed() for p in panels].count(True) == 1
    # a click on Алиев's words inside Гараев's quote now opens Гараев's quote
    [aliev] = [i for i, q in enumerate(quotes) if q["parent"] is not None][:1]
    _click_quote(browser, aliev)
    assert browser.find_element(By.ID, f"card{quotes[aliev]['parent']}").is_displayed()
    assert not browser.find_element(By.ID, f"card{aliev}").is_displayed()


def test_the_page_makes_no_network_request(browser, seed):
    _open(browser, seed["path"])
    _click_quote(browser, 2)
    requested = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])
    assert requested == [seed["path"].as_uri()]
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_hostile_input_is_shown_not_run(browser, tmp_path):
    from test_view import HOSTILE, _hostile_record

    record = _hostile_record()
    write_site([ViewDoc(record["id"], HOSTILE, record, {"url": "javascript:alert(6)"})], tmp_path)
    [page] = [p for p in tmp_path.glob("*.html") if p.name != "index.html"]
    for path in (page, tmp_path / "index.html"):
        _open(browser, path)
        assert browser.execute_script("return window.pwned === undefined")
        assert browser.execute_script("return document.querySelectorAll('#text img, #text b, svg image').length") == 0
    _open(browser, page)
    assert browser.execute_script("return document.getElementById('text').textContent") == HOSTILE
    _click_quote(browser, 0)
    assert "<i>Агентство</i>' onclick='alert(5)" in browser.execute_script(
        "return document.querySelector('#card0 .trail').textContent")
