"""The calls of test_hostile.py, run in a child process: every public callable of the package,
found by introspection, with hostile arguments.

    python hostile_calls.py FIRST TMPDIR

runs the calls from number FIRST on and prints, flushed, one line per call before making it
("CALL n name") and one per exception outside the documented types ("BAD n name: type: message"),
then "DONE count". When the process dies by a signal, its last CALL line names the call.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import inspect
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from conftest import EXAMPLE_ROSTER, ROOT

import mandat
from mandat import _core

# What docs/bad-input.md documents: a wrong type, the library's errors, and memory exhaustion.
DOCUMENTED: tuple[type[BaseException], ...] = (TypeError, mandat.MandateError, MemoryError)


def public_classes() -> list[type]:
    """Every public class of mandat and mandat._core (the exceptions included)."""
    found: dict[str, type] = {}
    for module in (mandat, _core):
        for name in dir(module):
            value = getattr(module, name)
            if not name.startswith("_") and isinstance(value, type):
                found[name] = value
    return [found[k] for k in sorted(found)]


def public_functions() -> list[tuple[str, Callable[..., Any]]]:
    """Every public module-level function of mandat and mandat._core."""
    found: dict[str, Callable[..., Any]] = {}
    for module in (mandat, _core):
        for name in dir(module):
            value = getattr(module, name)
            if not name.startswith("_") and callable(value) and not isinstance(value, type):
                found[f"{module.__name__}.{name}"] = value
    return sorted(found.items())


def samples(tmp: Path) -> dict[type, Any]:
    """A real instance of each class, made the ordinary way."""
    m = mandat.trondelag()
    roster = mandat.load_roster(EXAMPLE_ROSTER)
    history = mandat.load_history(ROOT / "examples" / "history" / "trondelag.history.json")
    report = mandat.check(m, roster)
    timeline = report.timeline(m, roster)
    body_timeline = timeline.bodies[0]
    lane = next(lane for lane in body_timeline.lanes if lane.tenures)
    tenure = next(t for lane in body_timeline.lanes for t in lane.tenures if t.roles)
    seats = m.seats_on(roster, dt.date(2023, 6, 1))
    other = mandat.renew(m, dt.date(2026, 1, 1), 4, "trondelag-2026")
    d = mandat.diff(m, other)
    change = next(c for c in mandat.diff(m, history.versions[-1]).changes if c.words) if history.versions else None
    out: dict[type, Any] = {
        mandat.Mandate: m,
        mandat.Roster: roster,
        mandat.History: history,
        mandat.Report: report,
        mandat.Finding: report.findings[0],
        mandat.YearSummary: report.years[0],
        mandat.Timeline: timeline,
        mandat.BodyTimeline: body_timeline,
        mandat.Lane: lane,
        mandat.Tenure: tenure,
        mandat.RoleSpan: tenure.roles[0],
        mandat.MeetingMark: body_timeline.meetings[0],
        mandat.DaySeats: seats,
        mandat.BodySeats: seats.bodies[0],
        mandat.SeatHolder: seats.bodies[0].seats[0],
        mandat.Period: m.period,
        mandat.Body: m.bodies[0],
        mandat.SeatQuota: m.bodies[0].quotas[0],
        mandat.Clause: m.clauses[0],
        mandat.Organisation: m.organisations[0],
        mandat.Leadership: m.leadership(2023),
        mandat.Person: roster.persons[0],
        mandat.Appointment: roster.appointments[0],
        mandat.Meeting: roster.meetings[0],
        mandat.VersionSpan: history.spans[0],
        mandat.MandateDiff: d,
    }
    plan = mandat.plan_meetings(m, 2025)
    out[mandat.MeetingPlan] = plan
    out[mandat.PlannedMeeting] = plan.meetings[0]
    out[mandat.Holiday] = mandat.norwegian_holidays(2025)[0]
    out[mandat.SpreadsheetTable] = mandat.SpreadsheetTable("persons.csv", ["id", "name"], [(2, ["p1", "Kari"])])
    rule = next(b.meetings for b in m.bodies if b.meetings is not None)
    out[mandat.MeetingRule] = rule
    out[mandat.Citation] = rule.cite
    if change is not None:
        out[mandat.Change] = change
        out[mandat.WordOp] = change.words[0]
    breaches = [b for bt in timeline.bodies for b in bt.breaches]
    if breaches:
        out[mandat.Breach] = breaches[0]
    if seats.secretaries:
        out[mandat.SecretaryOnDay] = seats.secretaries[0]
    return out


def deep_state(value: Any) -> Any:
    """A value as plain data, for comparing values of classes without __eq__: the pickled
    state of every mandat object in it, recursively."""
    if isinstance(value, (list, tuple)):
        return [deep_state(v) for v in value]
    if isinstance(value, dict):
        return {k: deep_state(v) for k, v in value.items()}
    if type(value).__module__ == "mandat._core" and hasattr(type(value), "__getstate__"):
        return (type(value).__name__, deep_state(value.__getstate__()))
    return value


def unconstructed(cls: type) -> Any:
    """An instance whose C++ value was never made (Cls.__new__(Cls) without __init__); for a
    Python enum, which has no such state, a plain object."""
    if issubclass(cls, enum.Enum):
        return object()
    return cls.__new__(cls)


HOSTILE: list[Any] = [None, 0, "x", float("nan"), 2**200, -1, [], b"\xff\xfe", {1, 2}, dt.datetime(2023, 1, 1, 12)]


Param = tuple[str, str, bool]  # name, annotation, keyword-only


def bind(fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """A call to make later."""
    return lambda: fn(*args)


def invoke(fn: Any, params: list[Param], args: list[Any]) -> Any:
    """fn called with args: positional, and by keyword where the parameter is keyword-only."""
    positional = [a for (_, _, kw), a in zip(params, args) if not kw]
    keywords = {n: a for (n, _, kw), a in zip(params, args) if kw}
    return fn(*positional, **keywords)


def parameters(fn: Any) -> list[Param]:
    """(name, annotation) of each parameter, self first for a method: from the signature pybind11
    writes at the top of the docstring (every overload), or from inspect for Python functions."""
    doc = getattr(fn, "__doc__", None) or ""
    if inspect.isfunction(fn) or inspect.ismethod(fn):
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            return []
        return [
            (p.name, str(p.annotation), p.kind is p.KEYWORD_ONLY)
            for p in sig.parameters.values()
            if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
        ]
    best: list[Param] = []
    for match in re.finditer(r"^(?:\d+\. )?\w+\((.*)\)", doc, re.M):
        params: list[Param] = []
        depth, current, kwonly = 0, "", False
        for ch in match.group(1) + ",":
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            if ch == "," and depth == 0:
                part = current.strip()
                current = ""
                if part == "*":
                    kwonly = True
                if part in ("*", "/") or not part:
                    continue
                name, _, rest = part.partition(":")
                params.append((name.strip(), rest.split("=")[0].strip(), kwonly))
            else:
                current += ch
        if len(params) > len(best):
            best = params
    return best


def plausible(name: str, annotation: str, objects: dict[type, Any], tmp: Path) -> Any:
    """A value that a caller could well pass for the parameter."""
    for cls, value in objects.items():
        if re.search(rf"\b{cls.__name__}\b", annotation):
            return value
    if "date" in annotation:
        return dt.date(2023, 6, 1)
    if name == "path":
        return str(tmp / "out.json")
    if name == "text":
        return objects[mandat.Report].to_json()
    if name in ("body_id", "clause_id"):
        return "styringsgruppen"
    if name == "lang":
        return "en"
    if name in ("counts",) and "ndarray" in annotation:
        return np.ones((2, 5), dtype=np.int64)
    if name == "counts":
        return {"ks": 1}
    if name == "organisations":
        return ["ks", "tfk", "sf", "nfr", "kdu"]
    if name in ("when", "year"):
        return 2023
    if name == "years":
        return 4
    if name == "memo":
        return {}
    if name == "state":
        return objects[mandat.Mandate].__getstate__()
    if "bool" in annotation:
        return False
    if "int" in annotation:
        return 1
    if "str" in annotation:
        return "x"
    if "dict" in annotation or "Mapping" in annotation:
        return {}
    if "Sequence" in annotation or "list" in annotation:
        return []
    return None


def calls(objects: dict[type, Any], tmp: Path) -> Iterator[tuple[str, Callable[[], Any]]]:
    """Every call, in a fixed order: (name, thunk)."""
    classes = public_classes()
    strangers = [unconstructed(mandat.Mandate), unconstructed(mandat.Roster), unconstructed(mandat.Report)]

    def variants(fn: Any, params: list[Param], label: str, bound: Any = None) -> Iterator[tuple[str, Any]]:
        valid = [plausible(n, a, objects, tmp) for n, a, _ in params]
        if bound is not None:
            valid[0] = bound
        for i, (pname, annotation, _) in enumerate(params):
            bad = list(HOSTILE) + strangers
            for cls in classes:
                if re.search(rf"\b{cls.__name__}\b", annotation) and not issubclass(cls, BaseException):
                    bad.append(unconstructed(cls))
            for b in bad:
                args = list(valid)
                args[i] = b
                yield f"{label} [{pname}={type(b).__name__}]", bind(invoke, fn, params, args)
        yield f"{label} [plausible]", bind(invoke, fn, params, valid)
        for n in range(0, min(len(params), 2)):
            yield f"{label} [{n} arguments]", bind(fn, *valid[:n])

    for name, fn in public_functions():
        yield from variants(fn, parameters(fn), name)
    for cls in classes:
        sample = objects.get(cls)
        for attr, raw in sorted(vars(cls).items()):
            if (
                attr in ("__new__", "__class__", "__doc__", "__module__", "__dict__", "__weakref__")
                or attr == "__hash__"
            ):
                continue
            if attr.startswith("_") and not (attr.startswith("__") or attr == "_repr_html_"):
                continue
            label = f"{cls.__name__}.{attr}"
            if isinstance(raw, property):
                getter = raw.fget
                if getter is None:
                    continue
                for self in [None, unconstructed(cls), *HOSTILE[1:4], *strangers]:
                    yield f"{label} [self={type(self).__name__}]", bind(getter, self)
                continue
            if isinstance(raw, staticmethod):
                fn = getattr(cls, attr)
                yield from variants(fn, parameters(fn), label)
                continue
            fn = getattr(cls, attr)
            if not callable(fn):
                continue
            params = parameters(fn)
            if not params or params[0][0] != "self":
                params = [("self", cls.__name__, False), *params]
            if sample is not None:
                yield from variants(fn, params, label, bound=sample)
            for self in [None, unconstructed(cls), *strangers, 0]:
                args = [self] + [plausible(n, a, objects, tmp) for n, a, _ in params[1:]]
                yield f"{label} [self={type(self).__name__}]", bind(invoke, fn, params, args)
            if sample is not None:
                # A constructed instance set again (__init__, __setstate__ on a live value).
                if attr == "__setstate__":
                    yield f"{label} [again]", bind(type(sample).__setstate__, sample, sample.__getstate__())
                    yield f"{label} [on a copy]", bind(lambda s: copy.copy(s).__setstate__(s.__getstate__()), sample)


def main() -> None:
    first = int(sys.argv[1])
    tmp = Path(sys.argv[2])
    os.chdir(tmp)  # a hostile path such as "x" is written there, not into the sources
    warnings.simplefilter("ignore")
    import matplotlib

    matplotlib.use("Agg")
    objects = samples(tmp)
    count = 0
    for n, (name, thunk) in enumerate(calls(objects, tmp)):
        count = n + 1
        if n < first:
            continue
        print(f"CALL {n} {name}", flush=True)
        try:
            result = thunk()
            del result
        except DOCUMENTED:
            pass
        except Exception as e:  # noqa: BLE001 - the point: any other type is reported
            message = str(e).replace("\n", " ")[:300]
            print(f"BAD {n} {name}: {type(e).__name__}: {message}", flush=True)
        if n % 200 == 0:
            import matplotlib.pyplot as plt

            plt.close("all")
    print(f"DONE {count}", flush=True)


if __name__ == "__main__":
    main()
