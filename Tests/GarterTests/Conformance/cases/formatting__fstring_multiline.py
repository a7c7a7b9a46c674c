name = "Report"
values = {"alpha": 1.5, "beta": -2.25, "gamma": 100.0}
text = (
    f"== {name} ==\n"
    f"{len(values)} entries\n"
    + "\n".join(f"  {k:<6}: {v:>8.3f}" for k, v in values.items())
)
print(text)
multi = f"""Triple-quoted {name}
  total = {sum(values.values()):.2f}
  keys  = {', '.join(values)}"""
print(multi)
