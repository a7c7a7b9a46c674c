for fill in "*-0 ":
    for align in "<>^":
        spec = f"{fill}{align}9"
        print(f"[{'abc':{spec}}] [{42:{spec}}]", end="  ")
    print()
print(f"[{-42:=8}] [{-42:0=8}] [{42:=+8}] [{-4.5:=10.2f}]")
print(f"[{-42:08}] [{42:08}] [{-1.5:08.2f}] [{'x':08}]")
