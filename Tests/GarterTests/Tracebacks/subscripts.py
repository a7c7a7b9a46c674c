import traceback
import sys

data = {"users": [{"name": "ann", "tags": ["a"]}], "count": 1}

def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc(), end="")

show(lambda: data["users"][0]["email"])
show(lambda: data["users"][3])
show(lambda: data ["users"] [ 5 ])
show(lambda: data["count"]["x"])
show(lambda: data["users"][0]["tags"][(2)])
nothing = None
show(lambda: nothing[0])
rows = [[1, 2], [3, 4]]
def cell(r, c):
    return rows[r][c]
print(cell(0, 1))
total = cell(1, 0) + cell(2, 0)
