class = "physics"
print(class)
