print("before")
quit("bye")
