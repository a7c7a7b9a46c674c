import argparse
p = argparse.ArgumentParser(prog="tool")
p.add_argument("n", type=int)
print("parsing")
p.parse_args(["abc"])
