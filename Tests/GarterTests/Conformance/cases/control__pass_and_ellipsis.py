def todo():
    pass
class Empty:
    pass
def stub():
    ...
print(todo(), stub(), Empty.__name__, ...)
print(Ellipsis, type(...).__name__, ... is Ellipsis)
for _ in range(2):
    pass
if True:
    pass
else:
    pass
print("ok")
