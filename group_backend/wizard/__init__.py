from . import res_users_type_wizard
