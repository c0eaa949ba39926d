#!/usr/bin/env python3
"""Take the pictures of static/description/ from a running Odoo with the demo data.

usage: screenshots.py URL DATABASE OUTPUT_DIR   (make screenshots runs it)

Playwright drives Debian's headless Chromium (/usr/bin/chromium: no browser
download): the Backend UI user's home screen with its apps menu open and its
Discuss, the plain Backend user's web client, the administrator's form of the
Backend UI user without developer mode (user type Backend UI user, the Dummy
editor group ticked), and the user list filtered on backend users. Each logs in
through the login form, as a person does.
"""

import shutil
import sys
import xmlrpc.client
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars"]  # fmt: skip


def user_id(url, database, login):
    """The id of a user, asked as the demo administrator over XML-RPC."""
    uid = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common").authenticate(
        database, "admin", "admin", {}
    )
    models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object")
    ids = models.execute_kw(
        database, uid, "admin", "res.users", "search", [[("login", "=", login)]]
    )
    return ids[0] if ids else sys.exit(f"no user {login}: the database needs the demo data")


def log_in(page, url, login):
    page.context.clear_cookies()
    page.goto(f"{url}/web/login")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", login)
    page.click("form.oe_login_form button[type=submit]")
    page.wait_for_selector(".o_main_navbar")


def screenshot(page, path):
    page.wait_for_timeout(1000)  # let animations settle
    page.screenshot(path=path)
    print(f"wrote {path}")


def main(url, database, output):
    output, backend_ui = Path(output), user_id(url, database, "backend_ui")
    chromium = shutil.which("chromium") or sys.exit("Chromium is needed: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 760})
        log_in(page, url, "backend_ui")
        page.goto(f"{url}/odoo/discuss")
        page.wait_for_selector(".o-mail-Discuss")
        page.click(".o_navbar_apps_menu button")
        page.wait_for_selector(".o-dropdown--menu .o_app")
        screenshot(page, output / "backend_ui_home.png")
        page.click(".o_navbar_apps_menu button")
        page.click(".o-mail-DiscussSidebarChannel")
        page.wait_for_selector(".o-mail-Thread .o-mail-Message")
        screenshot(page, output / "backend_ui_discuss.png")

        log_in(page, url, "backend")
        page.click(".o_user_menu button")
        page.wait_for_selector(".o-dropdown--menu [data-menu='settings']")
        screenshot(page, output / "backend_home.png")

        log_in(page, url, "admin")
        page.goto(f"{url}/odoo/action-base.action_res_users/{backend_ui}")
        page.wait_for_selector(".o_field_widget.o_field_radio input[data-value]:checked")
        page.wait_for_selector(".o_field_widget[name='user_type_help']")
        page.eval_on_selector(".o_notebook", "notebook => notebook.scrollIntoView()")
        screenshot(page, output / "user_form_backend_ui.png")

        page.goto(f"{url}/odoo/action-base.action_res_users")
        page.click(".o_searchview_facet .o_facet_remove")
        page.click(".o_searchview_dropdown_toggler")
        page.click(".o_filter_menu .o_menu_item:has-text('Backend users')")
        page.click(".o_searchview_dropdown_toggler")
        page.wait_for_selector(".o_data_row td[name='user_type_id']")
        screenshot(page, output / "user_list_backend_users.png")
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
