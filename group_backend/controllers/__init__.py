from . import thread
from . import webmanifest
