# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from odoo.addons.group_backend.tests.browser import ServerLog
from odoo.addons.group_backend.tests.common import new_users_of_types

PASSWORD = "Website-bridge-1"
MISSING_PAGE = "/group-backend-no-such-page"


@tagged("post_install", "-at_install")
class TestWebsitePagesForBackendUsers(HttpCase):
    """A logged-in backend user sees the website's pages as any visitor, error pages too."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = new_users_of_types(cls.env, "gb_web", PASSWORD, ("backend", "backend_ui"))

    def test_pages_and_error_pages(self):
        pages = {"/": 200, "/contactus": 200, "/my": 200, "/web/login": 200, MISSING_PAGE: 404}
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            with self.subTest(user=user.login), ServerLog().watching() as log:
                for path, status in pages.items():
                    response = self.url_open(path, allow_redirects=False)
                    self.assertEqual(response.status_code, status, path)
                    if status == 200:  # rendered for the user, still logged in
                        self.assertIn(f'"uid": {user.id}', response.text, path)
            # the missing page answers 404 on purpose
            problems = [line for line in log.problems if MISSING_PAGE not in line]
            self.assertEqual(problems, [], f"the server logged problems for {user.login}")

    def test_link_suggestions_skip_pages_of_records_backend_users_may_not_read(self):
        """The link suggestions list the pages a backend user may open, as for visitors.

        website_livechat's channel pages are listed for visitors, who may read
        live chat channels; backend users may not, and got an access error.
        """
        if "im_livechat.channel" not in self.env or not self.env["im_livechat.channel"].search([]):
            self.skipTest("no live chat channel: website_livechat is not installed")
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            with self.subTest(user=user.login), ServerLog().watching() as log:
                links = self.make_jsonrpc_request(
                    "/website/get_suggested_links", {"needle": "livechat", "limit": 50}
                )
                urls = [link["value"] for link in links["matching_pages"]]
                self.assertFalse([url for url in urls if url.startswith("/livechat/channel/")])
                self.assertEqual(log.problems, [])

    def test_no_website_data_granted(self):
        for user in self.users:
            pages = self.env["website.page"].with_user(user)
            self.assertFalse(pages.has_access("write"), user.login)
            self.assertFalse(self.env["website.visitor"].with_user(user).has_access("read"))
