def work():
    try:
        print("working")
        raise KeyError("job-42")
    finally:
        print("cleanup runs")
work()
