"""The gazetteer's costs: data file size, load time, and the speed of ``find`` and ``resolve``.

``find`` runs on generated text: invented sentences that name places the ways news does
(countries, regions with and without descriptors, cities, abbreviations, Spanish names), mixed
with capitalised words that are not places. Reported: the file size, the entries by kind,
``Gazetteer.builtin()`` wall and CPU time (best and median of fresh loads), ``find`` in MB/s,
``resolve`` per second, and the load average of the machine while it ran.

Run::

    python benchmarks/places_speed.py [--megabytes 1] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections import Counter
from importlib import resources
from pathlib import Path

from discrepancy.places import Gazetteer

TEMPLATES = (
    "Officials in {p} said {n} people were held after the protest.",
    "Según la ONG, en {p} hubo {n} detenidos durante la jornada.",
    "The Mayor of {p} and Governor Ana Ruiz disagreed on the count of {n}.",
    "Police counted {n} marchers in {p}, while organizers spoke of many more.",
    "En el estado {p} se registraron {n} heridos, informó Protección Civil.",
    "Turkey, chile and rice were handed out to {n} families near {p}.",
    "IN THE CAPITAL, {n} STRIKERS GATHERED; the U.S. and EE. UU. reacted.",
)


def _names(gaz: Gazetteer, rng: random.Random, count: int) -> list[str]:
    places = list(gaz)
    return [rng.choice(places).name for _ in range(count)]


def _text(gaz: Gazetteer, megabytes: float, rng: random.Random) -> str:
    names = _names(gaz, rng, 5000)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        sentence = rng.choice(TEMPLATES).format(p=rng.choice(names), n=rng.randint(2, 90000))
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    path = Path(str(resources.files("discrepancy").joinpath("data", "places.json")))
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(7):
        Gazetteer._builtin = None
        start, start_cpu = time.perf_counter(), time.process_time()
        gaz = Gazetteer.builtin()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    wall.sort()
    cpu.sort()
    kinds = Counter(p.kind.value for p in gaz)
    print(f"places.json: {path.stat().st_size:,} bytes, {len(gaz):,} places {dict(kinds)}")
    print(
        f"Gazetteer.builtin(): wall best {wall[0] * 1000:.0f} ms, median {wall[3] * 1000:.0f} ms;"
        f" CPU best {cpu[0] * 1000:.0f} ms, median {cpu[3] * 1000:.0f} ms"
    )

    text = _text(gaz, args.megabytes, rng)
    start, start_cpu = time.perf_counter(), time.process_time()
    found = gaz.find(text)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    megabytes = len(text) / 1e6
    print(
        f"find(): {megabytes:.2f} MB in {seconds:.2f} s wall = {megabytes / seconds:.2f} MB/s"
        f" ({megabytes / cpu_seconds:.2f} MB/s of CPU), {len(found):,} mentions"
    )

    queries = [*_names(gaz, rng, 20000), *(f"the state of {n}" for n in _names(gaz, rng, 5000))]
    start = time.perf_counter()
    resolved = sum(gaz.resolve(q) is not None for q in queries)
    seconds = time.perf_counter() - start
    print(
        f"resolve(): {len(queries) / seconds:,.0f} names/s ({resolved:,} of {len(queries):,} "
        "resolved)"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main()
