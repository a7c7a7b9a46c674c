import re

print(re.match(r"(a|b)*", "abba").groups())
print(re.match(r"((a)|(b))*", "abba").groups())
print(re.match(r"(?:(a)|(b))+", "ab").groups())
print(re.match(r"(\w)(\w)?(\w)?", "ab").groups())
print(re.match(r"((\d+)[,;]?)+", "10,20;30").groups())
print(re.match(r"(a*)*", "aaa").groups())
print(re.match(r"(a*)+", "aaa").groups())
print(re.match(r"(a|)+", "aa").groups())
print(re.match(r"(?:(\d)-)*(\d)", "1-2-3").groups())
print(re.match(r"((x)y)*z", "xyxyz").span(2))
print(re.match(r"(a){2,3}", "aaaa").groups(), re.match(r"(a){2,3}?", "aaaa").group())
print(re.match(r"(?:a(b)?)*", "aba").groups())
print(re.match(r"(?:(a)b|ac)*", "abac").groups())
rows = "k1=v1;k2=v2;k3=v3"
m = re.fullmatch(r"(?:(\w+)=(\w+);?)+", rows)
print(m.groups(), m.span(1))
print(re.findall(r"((?:\d{1,3}\.){3}\d{1,3})", "ips 10.0.0.1 and 192.168.1.254"))
