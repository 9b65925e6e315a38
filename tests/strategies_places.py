"""Hypothesis strategies for places: built-in place ids, names as written, text around them.

Kept apart from ``strategies.py`` because building them loads the built-in gazetteer.
"""

from __future__ import annotations

from hypothesis import strategies as st

from discrepancy.places import Gazetteer, Place

_GAZETTEER = Gazetteer.builtin()
_PLACES: tuple[Place, ...] = tuple(_GAZETTEER)

#: any built-in place
places = st.sampled_from(_PLACES)
#: any built-in place id
place_ids = places.map(lambda p: p.id)


@st.composite
def place_names(draw: st.DrawFn) -> str:
    """A built-in place's name as a writer might type it: canonical, lower-cased or upper-cased."""
    place = draw(places)
    style = draw(st.sampled_from(("as-is", "lower", "upper")))
    if style == "lower":
        return place.name.lower()
    if style == "upper":
        return place.name.upper()
    return place.name


#: arbitrary text with place names, capitalised words and punctuation mixed in
texts_with_places = st.lists(
    st.one_of(
        st.text(max_size=12),
        place_names(),
        st.sampled_from(
            (" ", ", ", ". ", "-", "U.S.", "EE. UU.", "the state of ", "In ", "Carlos ")
        ),
    ),
    max_size=12,
).map("".join)
