tests = ["abc", "ABC", "Abc", "123", "12.5", "  ", "", "abc123", "Hello World", "\t\n", "٣", "½", "x_1"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isnumeric(), t.isdecimal(), t.isidentifier())
