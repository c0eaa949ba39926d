from . import test_access
from . import test_has_group
from . import test_http
from . import test_menus
from . import test_user_form
from . import test_user_type
from . import test_user_type_errors
from . import test_web_client
