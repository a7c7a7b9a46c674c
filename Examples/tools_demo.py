# A model-style program calling host tools (see Examples/tools.py):
#   swift run garter run Examples/tools_demo.py --host-functions Examples/tools.py
import asyncio


async def main():
    skus = list_skus() + ["Z-999"]
    items = await asyncio.gather(*(get_item(s) for s in skus), return_exceptions=True)
    report = []
    for sku, item in zip(skus, items):
        if isinstance(item, KeyError):
            report.append(f"{sku}: unknown")
            continue
        if item["stock"] < 20:
            quantity = 150 if item["stock"] == 0 else 20
            try:
                receipt = reorder(sku, quantity)
                report.append(f"{sku}: reordered {receipt['ordered']} ({receipt['status']})")
            except PermissionError as e:
                report.append(f"{sku}: {e}")
        else:
            report.append(f"{sku}: ok, {item['stock']} in stock at ${item['price']:.2f}")
    return report


for line in asyncio.run(main()):
    print(line)
