def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take" | "grab", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take" | "grab"]:
            return "take what?"
        case ["look"] | ["l"]:
            return "you look around"
        case [("quit" | "exit") as word, *_]:
            return f"bye ({word})"
        case [verb, *_] as whole:
            return f"unknown verb {verb!r} in {whole}"
        case []:
            return "silence"
for c in ["go north", "go up", "take lamp key", "grab", "l", "look", "exit now", "dance wildly", ""]:
    print(f"{c!r:18} -> {classify(c)}")
