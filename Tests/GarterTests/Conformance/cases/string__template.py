from string import Template
t = Template("Dear $name,\nYour order #${order_id} of $$${amount} ships ${when}.")
print(t.substitute(name="Ann", order_id=42, amount="19.99", when="today"))
print(t.substitute({"name": "Bob", "order_id": 7, "amount": 5, "when": "soon"}, when="later"))
print(t.safe_substitute(name="Cy"))
print(t.get_identifiers(), t.is_valid(), Template("$ bad").is_valid(), Template("${a}${b}$a").get_identifiers())
print(Template("$who likes $what").safe_substitute(who="tim"), Template("$$ $x$y").substitute(x=1, y=2))
print(Template("${name}s and $names").substitute(name="cat", names="dogs"), Template("trailing $").safe_substitute())
for tmpl, kw in [("Hello $name", {}), ("cost: $", {}), ("bad ${ x }", {"x": 1}), ("line1\nline2 $$ $", {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
class Percent(Template):
    delimiter = "%"
print(Percent("%user has %% %{n} items").substitute(user="ann", n=3))
