from . import base
from . import ir_attachment
from . import mail_message
from . import payment_provider
from . import res_config_settings
from . import website
from . import website_snippet_filter
