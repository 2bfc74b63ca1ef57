"""Reading the network map on a worker: everyone in one pass, then placed on their rings.

The UI may not reach ``netdesk.models`` beyond the store and the records, so the map's page asks
here, and this asks ``models.network_map`` (the one query) and ``network_map.layout``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from netdesk.core.network_map import MapLayout


def read_layout(cancelled: Callable[[], bool] | None = None) -> MapLayout:
    """Everyone in the referral network, placed (run it on a worker: a second at 100,000)."""
    # Looked up when called: the query and the layout arrive on the layout's own branch
    # (issue 18); once merged these two lines become plain imports.
    placing = importlib.import_module("netdesk.core.network_map")
    reading = importlib.import_module("netdesk.models.network_map")
    return cast("MapLayout", placing.layout(reading.map_people(), cancelled))
