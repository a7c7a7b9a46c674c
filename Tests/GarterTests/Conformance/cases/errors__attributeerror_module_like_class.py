class Settings:
    DEBUG = True
print(Settings.DEBUG)
print(Settings.VERBOSE)
