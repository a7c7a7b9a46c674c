import traceback, sys
user_list = 1
try:
    user_lst
except NameError:
    traceback.print_exc(file=sys.stdout)
user_lst
