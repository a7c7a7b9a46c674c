import sys
def main():
    errors = ["missing field", "bad date"]
    for e in errors:
        print("error:", e)
    return 2 if errors else 0
code = main()
print("exiting with", code)
sys.exit(code)
print("unreachable")
