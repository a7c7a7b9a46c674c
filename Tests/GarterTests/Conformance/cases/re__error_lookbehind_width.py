import re

print(re.findall(r"(?<=\$)\d+", "$10 and $20"))
print(re.findall(r"(?<=USD |EUR )\d+", "USD 10 EUR 20"))
print(re.findall(r"(?<=\$|USD )\d+", "$10 and USD 20"))
