from . import ir_model_access
from . import ir_ui_menu
from . import ir_ui_view
from . import res_groups
from . import res_users
from . import res_users_user_type
