from . import test_bill_followers
