from . import group_backend_app_access_wizard
from . import group_backend_access_grant_wizard
from . import res_users_type_wizard
from . import group_backend_group_check
from . import group_backend_app_access_wizard_line
