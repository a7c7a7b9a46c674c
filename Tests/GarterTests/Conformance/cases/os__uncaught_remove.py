# An uncaught error from os.remove.
import os
os.mkdir('subdir')
os.remove('subdir')
