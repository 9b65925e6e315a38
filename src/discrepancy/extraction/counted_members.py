"""What is counted: holders of seats in a body count as themselves (session 13, h-scan).

"los sindicatos, que aglutinan a 30 de los 37 delegados en la Junta, cifraron el seguimiento
de la huelga en un 40%", "the unions, whose 30 delegates sit on the board, called the strike":
delegates, deputies, councillors and seats (`SEAT_HOLDERS`) are counted as what they are;
the event their sentence names (the strike, the protest) is not what the figure counts, so
the figure takes it only from its own verb ("12 lawmakers were arrested"), as people sent to
help do (`counted_responders`). `discrepancy.extraction.reading` reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_noun import NounPhrase

__all__ = ["seat_holders"]

_SEATS = tables_en.SEAT_HOLDERS | tables_es.SEAT_HOLDERS


def seat_holders(norms: Sequence[str], np: NounPhrase) -> bool:
    """Whether a figure's noun names holders of seats in a body ("37 delegados")."""
    return np.kind == "person" and np.last > np.first and norms[np.last - 1] in _SEATS
