from . import test_postmortem
