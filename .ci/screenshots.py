#!/usr/bin/env python3
"""Take static/description/'s pictures from a running Odoo with the demo data.

usage: screenshots.py URL OUTPUT_DIR [crm]   (make screenshots, make crm-screenshots)

Playwright drives Debian's Chromium; each user logs in through the login form.
With crm, the readme's CRM case, from a database with the common apps.
"""

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars"]  # fmt: skip


def log_in(browser, url, login):
    """A new browser window, logged in through the login form (demo passwords are logins)."""
    page = browser.new_page(viewport={"width": 1280, "height": 760})
    page.goto(f"{url}/web/login")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", login)
    page.click("form.oe_login_form button[type=submit]")
    page.wait_for_selector(".o_main_navbar")
    return page


def screenshot(page, path):
    """A picture of the page, once it has settled."""
    page.mouse.move(1279, 759)  # no tooltip
    page.wait_for_timeout(1000)  # let animations settle
    page.screenshot(path=path)


REFUSED_CALL = """() => fetch("/web/dataset/call_kw", {
    method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({jsonrpc: "2.0", method: "call", params: {
        model: "res.partner.bank", method: "search_read", args: [[]],
        kwargs: {fields: ["acc_number"]}}}),
}).then((response) => response.json())"""


def assistant(browser, url, output):
    """The access assistant: a refusal, its Grant, the assistant's plan, what a user sees."""
    page = log_in(browser, url, "backend_ui")
    page.evaluate(REFUSED_CALL)  # a refusal the administrator will see
    page = log_in(browser, url, "admin")
    page.goto(f"{url}/odoo/action-group_backend.access_refusal_action")
    page.click(".o_group_header:has-text('Bank Accounts')")  # grouped by model
    page.wait_for_selector(".o_data_row:has-text('Bank Accounts')")
    screenshot(page, output / "access_refusals.png")
    page.click(".o_data_row:has-text('Bank Accounts') button[name='action_grant']")
    page.wait_for_selector(".modal .o_field_widget[name='group_id']")
    screenshot(page, output / "access_refusal_grant.png")
    page.click(".modal .btn-secondary:has-text('Cancel')")

    page.goto(f"{url}/odoo/action-group_backend.app_access_wizard_action")
    page.fill(".modal .o_field_widget[name='source_group_id'] input", "Mail Template Editor")
    page.click(".o-autocomplete--dropdown-menu a:has-text('Mail Template Editor')")
    page.wait_for_selector(".modal .o_field_widget[name='plan_html'] h5")
    screenshot(page, output / "access_assistant.png")

    page.goto(f"{url}/odoo/action-base.action_res_users")
    page.click(".o_searchview_facet .o_facet_remove")
    page.click(".o_data_row:has(td[name='login']:text-is('backend_ui')) td[name='name']")
    page.click(".o_notebook .nav-link[name='backend_access_summary']")
    page.wait_for_selector(".o_field_widget[name='backend_access_summary'] table")
    screenshot(page, output / "user_access_summary.png")


def call(page, model, method, *args, **kwargs):
    """Call ``model.method`` through JSON-RPC as the page's user, as the web client does."""
    return page.evaluate(
        """([model, method, args, kwargs]) => fetch("/web/dataset/call_kw", {
            method: "POST", headers: {"Content-Type": "application/json"},
            body: JSON.stringify({jsonrpc: "2.0", method: "call",
                                  params: {model, method, args, kwargs}}),
        }).then((response) => response.json()).then((answer) => answer.result)""",
        [model, method, list(args), kwargs],
    )


def crm_case(browser, url, output):
    """The readme's CRM case: the assistant's plan, the group checked, an agent's pipeline."""
    page = log_in(browser, url, "admin")
    page.goto(f"{url}/odoo/action-group_backend.app_access_wizard_action")
    page.fill(".modal .o_field_widget[name='source_group_id'] input", "Own Documents Only")
    page.click(".o-autocomplete--dropdown-menu a:has-text('Own Documents Only')")
    page.wait_for_selector(".modal .o_field_widget[name='plan_html'] h5")
    screenshot(page, output / "crm_assistant.png")
    page.click(".modal button[name='action_create']")  # made, checked and fixed: some time
    page.wait_for_selector(".modal button[name='action_check_group']", timeout=300_000)
    page.click(".modal button[name='action_check_group']")
    page.wait_for_selector(".modal .alert:has-text('A user of')", timeout=300_000)
    screenshot(page, output / "crm_check.png")
    group = call(page, "res.groups", "search", [["name", "=like", "%Own Documents Only (backend%"]])
    agent = call(
        page,
        "res.users",
        "create",
        {
            "name": "Agnes Agent",
            "login": "gb_agent",
            "password": "gb_agent",
            "groups_id": [[6, 0, group]],
        },
    )
    customer = call(
        page, "res.partner", "create", {"name": "Agent Customer Co", "is_company": True}
    )
    for name, revenue in (("Agent deal", 12000), ("Office chairs for the new site", 4500)):
        call(
            page,
            "crm.lead",
            "create",
            {
                "name": name,
                "type": "opportunity",
                "user_id": agent,
                "partner_id": customer,
                "expected_revenue": revenue,
            },
        )
    page = log_in(browser, url, "gb_agent")
    page.goto(f"{url}/odoo/crm")
    page.wait_for_selector(".o_kanban_record:has-text('Agent deal')")
    screenshot(page, output / "crm_pipeline.png")


def main(url, output, case=None):
    output = Path(output)
    chromium = shutil.which("chromium") or sys.exit("Chromium is needed: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        if case == "crm":
            crm_case(browser, url, output)
            browser.close()
            return
        page = log_in(browser, url, "backend_ui")
        page.goto(f"{url}/odoo/discuss")
        page.wait_for_selector(".o-mail-Discuss")
        page.click(".o_navbar_apps_menu button")
        page.wait_for_selector(".o-dropdown--menu .o_app")
        screenshot(page, output / "backend_ui_home.png")
        page.click(".o_navbar_apps_menu button")
        page.click(".o-mail-DiscussSidebarChannel")
        page.wait_for_selector(".o-mail-Thread .o-mail-Message")
        screenshot(page, output / "backend_ui_discuss.png")

        page = log_in(browser, url, "backend")
        page.click(".o_user_menu button")
        page.wait_for_selector(".o-dropdown--menu [data-menu='settings']")
        screenshot(page, output / "backend_home.png")

        page = log_in(browser, url, "admin")
        page.goto(f"{url}/odoo/action-base.action_res_users")
        page.click(".o_searchview_facet .o_facet_remove")
        page.click(".o_searchview_dropdown_toggler")
        page.click(".o_filter_menu .o_menu_item:has-text('Backend users')")
        page.click(".o_searchview_dropdown_toggler")
        page.wait_for_selector(".o_data_row td[name='user_type_id']")
        screenshot(page, output / "user_list_backend_users.png")

        page.click(".o_data_row:has(td[name='login']:text-is('backend_ui')) td[name='name']")
        page.wait_for_selector(".o_field_widget.o_field_radio input[data-value]:checked")
        page.wait_for_selector(".o_field_widget[name='user_type_help']")
        page.eval_on_selector(".o_notebook", "notebook => notebook.scrollIntoView()")
        screenshot(page, output / "user_form_backend_ui.png")
        assistant(browser, url, output)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:]) if len(sys.argv) in (3, 4) else sys.exit(__doc__)
