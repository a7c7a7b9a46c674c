import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log = logging.getLogger("pipeline")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

records = [{"id": 1, "amount": "10.5"}, {"id": 2, "amount": "oops"}, {"id": 3, "amount": "7"}]
total = 0.0
for r in records:
    try:
        total += float(r["amount"])
        log.debug("record %d ok", r["id"])
    except ValueError as e:
        log.warning("record %d skipped: %s", r["id"], e)
log.info("total=%.2f from %d records", total, len(records))
lines = stream.getvalue().splitlines()
print(len(lines))
for line in lines:
    print(line)
