from datetime import datetime
samples = [
    ("2024-03-15 14:30:00", "%Y-%m-%d %H:%M:%S"),
    ("15/03/2024", "%d/%m/%Y"),
    ("March 15, 2024", "%B %d, %Y"),
    ("Fri, 15 Mar 2024 14:30:00 +0000", "%a, %d %b %Y %H:%M:%S %z"),
    ("2024-03-15T14:30:00.250-05:00", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("20240315", "%Y%m%d"),
    ("3/5/24 2:05 PM", "%m/%d/%y %I:%M %p"),
    ("2024-075", "%Y-%j"),
    ("12 am", "%I %p"),
]
for text, fmt in samples:
    dt = datetime.strptime(text, fmt)
    print(f"{text!r:36} -> {dt!r}")
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 trailing", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("x", "%Y-%Q")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
