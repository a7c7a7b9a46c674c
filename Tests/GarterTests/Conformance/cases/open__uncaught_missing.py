# An uncaught FileNotFoundError ends the program like CPython.
print('before')
with open('does-not-exist.txt') as f:
    print(f.read())
