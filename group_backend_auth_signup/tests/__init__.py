from . import test_signup
