import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords("the quick  brown\tfox"), string.capwords("a-b c-d", "-"), string.capwords("  padded  "), string.capwords("ÉCOLE normale"))
def is_identifier(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)
print([w for w in ["abc", "1ab", "_x9", "a-b", ""] if is_identifier(w)])
pw = "Tr0ub4dor&3"
print({cls: any(c in chars for c in pw) for cls, chars in [("lower", string.ascii_lowercase), ("upper", string.ascii_uppercase), ("digit", string.digits), ("punct", string.punctuation)]})
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (test)".translate(table))
