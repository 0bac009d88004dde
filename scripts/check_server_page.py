#!/usr/bin/env python3
"""Drives the web page of `rnnsearch serve` in a real browser through WebDriver (chromedriver).

Types a sentence, waits for the translation and the attention heatmap, hovers a target word and
checks that source words light up, takes a screenshot, then edits the translation, re-scores it and
checks that the log-probability and the heatmap of the edited text appear. Python's standard
library only. Exit code 0 when every check passes, 1 otherwise.

    scripts/check_server_page.py --server URL --driver URL --sentence TEXT [--screenshot FILE]
"""
import argparse
import base64
import json
import sys
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C WebDriver element key


class Driver:
    def __init__(self, url):
        self.url = url.rstrip("/")
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        prefix = self.url if self.session is None or path == "/session" else f"{self.url}/session/{self.session}"
        req = urllib.request.Request(prefix + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as res:
                return json.loads(res.read() or b"{}").get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"WebDriver {method} {path}: {e.code} {e.read()[:500]!r}") from None

    def start(self, chromium):
        options = {"binary": chromium,
                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                            "--hide-scrollbars", "--force-device-scale-factor=1"]}
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}})
        self.session = value["sessionId"]

    def stop(self):
        if self.session:
            self.call("DELETE", "")
            self.session = None

    def find(self, css):
        return self.call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def run(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait_state(self, wanted, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            state = self.run("return document.body.dataset.state;")
            if state == wanted:
                return
            if state == "error":
                raise AssertionError("the page reports: " + self.run("return document.getElementById('status').textContent;"))
            time.sleep(0.1)
        raise AssertionError(f"the page did not reach state {wanted!r} within {seconds} s")


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print(f"[page] ok: {message}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="the server's base URL, e.g. http://127.0.0.1:8080")
    parser.add_argument("--driver", required=True, help="chromedriver's URL, e.g. http://127.0.0.1:9515")
    parser.add_argument("--sentence", required=True, help="the sentence to type")
    parser.add_argument("--prefix", default="", help="also check that a translation with this prefix starts with it")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", help="write a PNG of the page with the heatmap here")
    args = parser.parse_args()

    d = Driver(args.driver)
    d.start(args.chromium)
    try:
        d.call("POST", "/url", {"url": args.server + "/"})
        d.wait_state("idle", 10)
        d.call("POST", f"/element/{d.find('#source')}/value", {"text": args.sentence})
        d.call("POST", f"/element/{d.find('#translate')}/click", {})
        d.wait_state("translated")
        translation = d.run("return document.getElementById('translation').textContent;")
        check(translation.strip() != "", f"translation shown: {translation!r}")
        rows, cols, cells = d.run("""
            const t = document.querySelector('#heatmap table');
            if (!t) return [0, 0, 0];
            return [t.tBodies[0].rows.length, t.tHead.rows[0].cells.length - 1, t.querySelectorAll('td').length];""")
        check(rows > 0 and cols > 0 and cells == rows * cols, f"heatmap of {rows} target x {cols} source words")
        nbest = d.run("return document.querySelectorAll('#nbest li').length;")
        check(nbest >= 1, f"n-best list of {nbest}")
        check(d.run("return document.getElementById('alignment').textContent;") != "", "word alignment shown")

        # Hovering the target word with the most peaked attention highlights source words.
        row = d.run("""
            const rows = document.querySelectorAll('#heatmap tbody tr');
            let best = 0, peak = -1;
            rows.forEach((r, i) => { const m = Math.max(...Array.from(r.cells).map((c) => parseFloat(c.textContent))); if (m > peak) { peak = m; best = i; } });
            return best;""")
        word = d.find(f"#heatmap tbody tr:nth-child({row + 1}) th")
        d.call("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                                                 "actions": [{"type": "pointerMove", "duration": 50, "origin": {ELEMENT: word},
                                                              "x": 0, "y": 0}]}]})
        lit = d.run("return document.querySelectorAll('#heatmap thead th.hl').length;")
        check(lit >= 1, f"hovering target word {row + 1} highlights {lit} source word(s)")
        if args.screenshot:
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(d.call("GET", "/screenshot")))
            print(f"[page] screenshot: {args.screenshot}", file=sys.stderr)

        # Edit the translation (drop its last word) and re-score it.
        words = translation.split()
        edited = " ".join(words[:-1]) if len(words) > 1 else translation + " " + translation
        box = d.find("#edited")
        d.call("POST", f"/element/{box}/clear", {})
        d.call("POST", f"/element/{box}/value", {"text": edited})
        d.call("POST", f"/element/{d.find('#rescore')}/click", {})
        d.wait_state("scored")
        total = d.run("return document.getElementById('score-total').textContent;")
        check(total.startswith("log p = "), f"edited translation {edited!r} re-scored: {total}")
        caption = d.run("return document.getElementById('caption').textContent;")
        check("edited" in caption, "the heatmap shows the edited translation's attention")
        tokens = d.run("return document.querySelectorAll('#tokens span').length;")
        check(tokens >= 1, f"{tokens} token log-probabilities shown")

        if args.prefix:
            box = d.find("#prefix")
            d.call("POST", f"/element/{box}/value", {"text": args.prefix})
            d.call("POST", f"/element/{d.find('#translate')}/click", {})
            d.wait_state("translated")
            prefixed = d.run("return document.getElementById('translation').textContent;")
            check(prefixed.startswith(args.prefix), f"with prefix {args.prefix!r}: {prefixed!r}")
    finally:
        d.stop()
    print("[page] all checks passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (AssertionError, RuntimeError, OSError) as e:
        print(f"[page] FAILED: {e}", file=sys.stderr)
        sys.exit(1)
