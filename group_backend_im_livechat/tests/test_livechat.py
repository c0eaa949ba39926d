# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import new_test_user, tagged

from odoo.addons.group_backend.tests.browser import JourneyCase
from odoo.addons.mail.tools.discuss import Store


@tagged("post_install", "-at_install")
class TestLivechatOfBackendUsers(JourneyCase):
    """A Backend UI user who chatted with the website's support keeps its Discuss."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.uma = cls.env.ref("group_backend.demo_user_backend_ui")
        cls.operator = new_test_user(cls.env, "gb_livechat_operator", groups="base.group_user")
        support = cls.env["im_livechat.channel"].create(
            {"name": "Support", "user_ids": cls.operator.ids}
        )
        cls.livechat = cls.env["discuss.channel"].create(
            {
                "name": "Uma / support",
                "channel_type": "livechat",
                "livechat_channel_id": support.id,
                "livechat_operator_id": cls.operator.partner_id.id,
                "channel_member_ids": [
                    (0, 0, {"partner_id": cls.uma.partner_id.id}),
                    (0, 0, {"partner_id": cls.operator.partner_id.id}),
                ],
            }
        )
        cls.livechat.message_post(
            author_id=cls.operator.partner_id.id,
            body="How may I help?",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )

    def test_live_chat_described_as_to_visitors(self):
        livechat = self.livechat.with_user(self.uma)
        (data,) = Store(livechat).get_result()["discuss.channel"]
        self.assertNotIn("livechatChannel", data)
        self.assertIn("operator", data, "what visitors get")
        (data,) = Store(self.livechat.with_user(self.operator)).get_result()["discuss.channel"]
        self.assertIn("livechatChannel", data, "employees still get it")

    def test_no_livechat_data_granted(self):
        channels = self.env["im_livechat.channel"].with_user(self.uma)
        self.assertFalse(channels.has_access("read"))

    def test_discuss_opens(self):
        """Discuss, from the login form, lists the live chat without an error."""
        self.journey("group_backend_journey_livechat")
