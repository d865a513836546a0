"""What is there to stay once a page shows a gala leaves the garbage collector's full passes.

Python collects in full whenever a quarter more objects survived than its last
full pass found, and a full pass walks every object it tracks. With the big
gala open and its pages built that is some 170,000 objects (modules, Qt
wrappers, SQLAlchemy's mappers, the pages themselves), and each edit keeps a
new schedule and new checks in the memo: about every second edit on the big
gala paid a full pass of 70–150 ms inside whatever the user did next.

What exists once a kind of page has shown a gala for the first time is, for the
most part, there to stay: `settle` moves it to the permanent generation
(`gc.freeze`), so later full passes walk only what edits made since (a few
milliseconds). Young garbage is collected first, so no cycle that is already
garbage gets frozen; an object frozen and later dropped is freed as usual when
its last reference goes, and only a frozen object that ends in a reference
cycle stays (memo results, rows and widgets hold none that matter). Each page
class settles once per process, so what is frozen is bounded by the pages
there are, not by how long the app runs or how many galas it opens.
"""

from __future__ import annotations

import gc

_SETTLED: set[type] = set()


def settle(kind: type) -> bool:
    """Freeze what exists now, the first time a page of `kind` has shown a gala.

    Returns whether it froze (False: this kind had settled already).
    """
    if kind in _SETTLED:
        return False
    _SETTLED.add(kind)
    # Generations 0 and 1 only: their objects are few, unlike the oldest one's.
    gc.collect(1)
    gc.freeze()
    return True

