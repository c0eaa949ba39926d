#!/usr/bin/env python3
"""Take the pictures of static/description/ from a running Odoo with the demo data.

usage: screenshots.py URL DATABASE OUTPUT_DIR

It drives Debian's headless Chromium over the DevTools protocol: the Backend
UI user's home screen with its apps menu and its Discuss, the plain Backend
user's web client, and the administrator's form of the Backend UI user (user
type Backend UI user, the Dummy editor group ticked). make screenshots starts
the server of make run and calls it.
"""

import base64
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xmlrpc.client
from pathlib import Path

import websocket

WIDTH, HEIGHT = 1280, 760


class Browser:
    """A headless Chromium page, driven over the DevTools protocol."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="group-backend-chromium-")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        executable = shutil.which("chromium") or shutil.which("chromium-browser")
        if not executable:
            sys.exit("screenshots.py needs Chromium (Debian: apt-get install chromium)")
        self.process = subprocess.Popen(
            [
                executable,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={self.profile}",
                f"--remote-debugging-port={port}",
                f"--window-size={WIDTH},{HEIGHT}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.socket = websocket.create_connection(self._page_socket(port), suppress_origin=True)
        self.last_id = 0
        self.call("Page.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=HEIGHT,
            deviceScaleFactor=1,
            mobile=False,
        )

    def _page_socket(self, port):
        for _attempt in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2) as answer:
                    targets = json.load(answer)
                return next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
            except (OSError, StopIteration):
                time.sleep(0.1)
        sys.exit("Chromium did not start")

    def call(self, method, **params):
        """Send a DevTools command and return its result."""
        self.last_id += 1
        self.socket.send(json.dumps({"id": self.last_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.last_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def js(self, expression):
        """Evaluate ``expression`` in the page and return its value."""
        result = self.call(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait(self, selector, timeout=60):
        """Wait until ``selector`` matches an element."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.js(f"!!document.querySelector({json.dumps(selector)})"):
                return
            time.sleep(0.2)
        raise TimeoutError(selector)

    def goto(self, url):
        self.call("Page.navigate", url=url)
        time.sleep(0.5)
        self.wait("body")

    def click(self, selector):
        self.wait(selector)
        self.js(f"document.querySelector({json.dumps(selector)}).click()")

    def login(self, base_url, login, password):
        """Log in through the login form."""
        self.call("Network.clearBrowserCookies")
        self.goto(f"{base_url}/web/login")
        self.js(
            f"document.querySelector('input[name=login]').value = {json.dumps(login)};"
            f"document.querySelector('input[name=password]').value = {json.dumps(password)};"
            "document.querySelector('form.oe_login_form').submit()"
        )
        time.sleep(1)
        self.wait(".o_main_navbar")

    def screenshot(self, path):
        time.sleep(1)  # let animations settle
        data = self.call("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))
        print(f"wrote {path}")

    def close(self):
        self.socket.close()
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def demo_user_id(base_url, database, login):
    """The id of a demo user, asked as the demo administrator over XML-RPC."""
    common = xmlrpc.client.ServerProxy(f"{base_url}/xmlrpc/2/common")
    uid = common.authenticate(database, "admin", "admin", {})
    models = xmlrpc.client.ServerProxy(f"{base_url}/xmlrpc/2/object")
    ids = models.execute_kw(
        database, uid, "admin", "res.users", "search", [[("login", "=", login)]]
    )
    if not ids:
        sys.exit(f"no user {login}: the database needs the addon's demo data")
    return ids[0]


def main(base_url, database, output):
    output = Path(output)
    user_id = demo_user_id(base_url, database, "backend_ui")
    browser = Browser()
    try:
        browser.login(base_url, "backend_ui", "backend_ui")
        browser.goto(f"{base_url}/odoo/discuss")
        browser.wait(".o-mail-Discuss")
        browser.click(".o_navbar_apps_menu button")
        browser.wait(".o-dropdown--menu .o_app")
        browser.screenshot(output / "backend_ui_home.png")
        browser.click(".o_navbar_apps_menu button")
        browser.click(".o-mail-DiscussSidebarChannel")
        browser.wait(".o-mail-Thread .o-mail-Message")
        browser.screenshot(output / "backend_ui_discuss.png")

        browser.login(base_url, "backend", "backend")
        browser.click(".o_user_menu button")
        browser.wait(".o-dropdown--menu [data-menu='settings']")
        browser.screenshot(output / "backend_home.png")

        browser.login(base_url, "admin", "admin")
        browser.goto(f"{base_url}/odoo/action-base.action_res_users/{user_id}?debug=1")
        browser.wait(".o_field_widget.o_field_radio input[data-value]:checked")
        browser.js("document.querySelector('.o_notebook').scrollIntoView()")
        browser.screenshot(output / "user_form_backend_ui.png")
    finally:
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
