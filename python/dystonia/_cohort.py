"""Reading a cohort in the tool's CSV layout with typed columns."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd


def read_cohort(path_or_buffer, **read_csv_arguments) -> pd.DataFrame:
    """Reads a cohort CSV in the tool's layout: ``ageAtOnset`` as ``Float64``, ``familyHistory`` as ``boolean``
    (``true``/``false``, ``TRUE``/``FALSE``, ``1``/``0``), every other column as ``string``; an empty cell is
    ``pd.NA``, and a cell that reads ``NA`` or ``null`` stays text (an id can be ``NA``).

    Other arguments go to :func:`pandas.read_csv`. For exports with other spellings (``yes``/``no``, decimal commas,
    REDCap codes) read every column as text, ``pd.read_csv(path, dtype=str)``, and let the tool read them
    (``classify(..., map_file=...)``).
    """
    dtypes = defaultdict(lambda: "string", {"ageAtOnset": "Float64", "familyHistory": "boolean"})
    arguments = {"dtype": dtypes, "keep_default_na": False, "na_values": [""], **read_csv_arguments}
    return pd.read_csv(path_or_buffer, **arguments)
