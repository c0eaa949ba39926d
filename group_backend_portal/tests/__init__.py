from . import test_chatter
