from . import ir_attachment
from . import ir_http
from . import ir_rule
from . import ir_ui_menu
from . import res_groups
from . import res_partner
from . import res_users
from . import web_tour_tour
