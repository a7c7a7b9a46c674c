import sys
import json
print("json" in sys.modules, "sys" in sys.modules, "not_loaded_mod" in sys.modules)
print(sys.modules["json"].__name__, sys.modules.get("missing") is None)
print(sys.platform.startswith("linux"), sys.path == [] or isinstance(sys.path, list), sys.byteorder in ("little", "big"))
print(sys.intern("abc"), sys.getdefaultencoding(), sys.int_info.default_max_str_digits)
