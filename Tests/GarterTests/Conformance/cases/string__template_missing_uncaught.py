from string import Template
t = Template("$greeting, $name!")
print(t.substitute(greeting="Hi", name="Ann"))
print(t.substitute(greeting="Hi"))
