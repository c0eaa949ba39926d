from . import test_confirm
