class ConfigError(Exception):
    pass
def load(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e
    except ValueError as e:
        raise ConfigError(f"bad value for {key!r}") from None
cfg = {"port": "80", "timeout": "soon"}
for key in ["port", "host", "timeout"]:
    try:
        print(key, load(cfg, key))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress_context:", e.__suppress_context__)
