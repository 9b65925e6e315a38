"""Extract numeric claims about people from news text, English and Spanish.

>>> import datetime as dt
>>> text = "Foro Penal reported that it has documented 777 political prisoners nationwide."
>>> [claim] = extract(text, published=dt.date(2026, 1, 20), doc_id="a.txt")
>>> claim.quantity.surface, claim.metric, claim.status.value
('777', 'political_prisoners', 'documented')
>>> claim.claimants[0].mention
'Foro Penal'
"""

from __future__ import annotations

from discrepancy.extraction.api import extract
from discrepancy.scan import extract_paths  # moved to discrepancy.scan; kept here for callers

__all__ = ["extract", "extract_paths"]
