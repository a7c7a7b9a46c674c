# Host functions for Examples/tools_demo.py: `garter run Examples/tools_demo.py
# --host-functions Examples/tools.py` exposes every public function below to the program as a
# host function (the `async def` ones can be awaited and gathered). They run in their own
# interpreter, like real tools would run in the host.
import asyncio

_INVENTORY = {
    "A-100": {"name": "kettle", "stock": 12, "price": 24.5},
    "B-200": {"name": "teapot", "stock": 0, "price": 31.0},
    "C-300": {"name": "mug", "stock": 140, "price": 6.25},
}


def list_skus():
    return sorted(_INVENTORY)


async def get_item(sku):
    await asyncio.sleep(0)
    if sku not in _INVENTORY:
        raise KeyError(sku)
    return dict(_INVENTORY[sku], sku=sku)


def reorder(sku, quantity):
    if quantity > 100:
        raise PermissionError(f"ordering {quantity} x {sku} needs approval")
    return {"sku": sku, "ordered": quantity, "status": "queued"}
