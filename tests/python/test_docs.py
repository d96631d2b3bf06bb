"""References in the documentation and the sources resolve inside the repository.

- every relative Markdown link in README.md and docs/*.md names an existing file;
- every path-like reference (docs/<name>.md, schema/<name>.json, data/<name>, examples/<name>)
  in a tracked text file names an existing file or folder;
- no tracked file points outside the repository;
- the Norwegian lines quoted in docs/rules.md stand verbatim in the source text;
- every link to a section (page.md#anchor) names a heading of that page;
- each rule has one heading in docs/rules.md, and readings of the text and choices where it is
  silent have no section of their own outside docs/rules.md and docs/decisions.md.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# Mentions that would point outside the repository. Spelled in pieces so that this file does
# not match itself.
FORBIDDEN = ("CLAUSES" + ".md", "../" + "shared", "/" + "work/")

# Never read as text.
BINARY_SUFFIXES = {".png", ".pickle"}

INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`+[^`]*`+")
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")  # http:, https:, mailto:, ...

# A path-like reference starts a word: not inside a longer path or a URL.
PATH_REFERENCE = re.compile(
    r"(?<![\w./~-])("
    r"docs/[\w.-]+\.md"
    r"|schema/[\w.-]+\.json"
    r"|data/[\w-][\w.-]*"
    r"|examples/[\w-][\w.-]*"
    r")"
)


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _outside_fences(text: str) -> list[tuple[int, str]]:
    """The lines outside fenced code blocks: (line number, line)."""
    out: list[tuple[int, str]] = []
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        m = FENCE.match(line)
        if m:
            if fence is None:
                fence = m.group(1)
            elif m.group(1) == fence:
                fence = None
            continue
        if fence is None:
            out.append((number, line))
    return out


def _prose(text: str) -> list[tuple[int, str]]:
    """The lines outside fenced code blocks, with inline code removed: (line number, line)."""
    return [(number, INLINE_CODE.sub("", line)) for number, line in _outside_fences(text)]


def markdown_links(path: Path) -> list[tuple[int, str]]:
    """Every link target written in the file's prose: (line number, target)."""
    links: list[tuple[int, str]] = []
    for number, line in _prose(path.read_text(encoding="utf-8")):
        links += [(number, m.group(1)) for m in INLINE_LINK.finditer(line)]
        links += [(number, m.group(1)) for m in REFERENCE_LINK.finditer(line)]
    return links


@pytest.mark.parametrize("path", MARKDOWN, ids=_rel)
def test_relative_links_resolve(path: Path) -> None:
    broken = []
    for number, target in markdown_links(path):
        if EXTERNAL.match(target):
            continue
        file_part = target.split("#", 1)[0]
        if not file_part:
            continue  # an anchor in the same file
        if not (path.parent / file_part).exists():
            broken.append(f"{_rel(path)}:{number}: {target}")
    assert not broken, "links to files that do not exist:\n" + "\n".join(broken)


def tracked_files() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return sorted(name for name in out.split("\0") if name)


def _text_of(name: str) -> str | None:
    """The file's text, or None for a binary file."""
    path = ROOT / name
    if path.suffix in BINARY_SUFFIXES or not path.is_file():
        return None
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


TRACKED = tracked_files()


def test_the_tracked_files_are_listed() -> None:
    if not TRACKED:
        pytest.skip("not a git checkout: no tracked files to scan")
    assert "README.md" in TRACKED


@pytest.mark.parametrize("name", TRACKED)
def test_references_stay_inside_the_repository(name: str) -> None:
    text = _text_of(name)
    if text is None:
        pytest.skip("binary file")
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for m in PATH_REFERENCE.finditer(line):
            ref = m.group(1).rstrip(".")
            if not (ROOT / ref).exists():
                problems.append(f"{name}:{number}: {ref} does not exist")
        for word in FORBIDDEN:
            if word in line:
                problems.append(f"{name}:{number}: mentions {word!r}, which is outside the repository")
    assert not problems, "\n".join(problems)


def test_the_quotes_of_the_rule_catalogue_are_verbatim() -> None:
    source = (ROOT / "data" / "mandat-trondelag-2022.nb.txt").read_text(encoding="utf-8")
    quotes = [
        line[1:].strip()
        for line in (ROOT / "docs" / "rules.md").read_text(encoding="utf-8").splitlines()
        if line.startswith(">")
    ]
    quotes = [q for q in quotes if q]
    assert len(quotes) >= 20
    missing = [q for q in quotes if q not in source]
    assert not missing, "not in the source text:\n" + "\n".join(missing)


def test_the_rule_catalogue_names_every_clause_and_rule() -> None:
    document = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
    rules_md = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for clause in document["clauses"]:
        assert f"| `{clause['id']}` |" in rules_md, clause["id"]
        for rule in clause["rules"]:
            heading = rf"^### {rule} .*\(`{re.escape(clause['id'])}`\)$"
            assert re.search(heading, rules_md, re.MULTILINE), f"no heading for {rule} citing {clause['id']}"
    for organisation in document["organisations"]:
        assert f"| `{organisation['id']}` | {organisation['name']} |" in rules_md, organisation["id"]
    for body in document["bodies"]["items"]:
        assert f"| `{body['id']}` | {body['name']} |" in rules_md, body["id"]


# Anchors: a heading's anchor as GitHub makes it (lower case, punctuation dropped, spaces to
# hyphens, a repeated anchor numbered -1, -2, ...).
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LINK_TEXT = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _slug(heading: str) -> str:
    text = LINK_TEXT.sub(r"\1", heading).replace("`", "").lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def headings(path: Path) -> list[tuple[int, str]]:
    """The headings outside fenced code blocks: (level, text)."""
    out: list[tuple[int, str]] = []
    for _, line in _outside_fences(path.read_text(encoding="utf-8")):
        h = HEADING.match(line)
        if h:
            out.append((len(h.group(1)), h.group(2)))
    return out


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out: set[str] = set()
    for _, text in headings(path):
        slug = _slug(text)
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    return out


@pytest.mark.parametrize("path", MARKDOWN, ids=_rel)
def test_anchors_name_a_heading(path: Path) -> None:
    """A link to a section (rules.md#r2-..., decisions.md#the-compliance-check) lands on it."""
    broken = []
    for number, target in markdown_links(path):
        if EXTERNAL.match(target) or "#" not in target:
            continue
        file_part, anchor = target.split("#", 1)
        linked = (path.parent / file_part) if file_part else path
        if linked.suffix == ".md" and linked.is_file() and anchor not in anchors(linked):
            broken.append(f"{_rel(path)}:{number}: {target}")
    assert not broken, "links to sections that do not exist:\n" + "\n".join(broken)


def test_each_rule_is_read_in_one_place() -> None:
    """rules.md has one heading per rule, and no section title repeats in rules.md and
    decisions.md; no other page keeps a section of readings or choices of its own."""
    document = json.loads((ROOT / "data" / "trondelag-2022.mandate.json").read_text(encoding="utf-8"))
    rules = sorted({rule for clause in document["clauses"] for rule in clause["rules"]}, key=lambda r: int(r[1:]))
    assert rules == [f"R{n}" for n in range(1, 12)]
    rules_md, decisions_md = ROOT / "docs" / "rules.md", ROOT / "docs" / "decisions.md"
    titles = [text for _, text in headings(rules_md)]
    for rule in rules:
        assert len([t for t in titles if re.match(rf"{rule} ", t)]) == 1, f"rules.md: not one heading for {rule}"
    for path in (rules_md, decisions_md):
        slugs = [_slug(text) for _, text in headings(path)]
        assert len(slugs) == len(set(slugs)), f"{_rel(path)}: a section title twice"
    assert not anchors(rules_md) & anchors(decisions_md) - {""}, "a section in both rules.md and decisions.md"
    readings = re.compile(
        r"\binterpretations?\b|\breadings\b|\bwhere the text\b|\btext is (silent|open)\b", re.IGNORECASE
    )
    elsewhere = [
        f"{_rel(path)}: {text}"
        for path in MARKDOWN
        if path not in (rules_md, decisions_md, ROOT / "docs" / "README.md")
        for _, text in headings(path)
        if readings.search(text)
    ]
    assert not elsewhere, (
        "readings of the text belong in docs/rules.md and choices where it is silent in "
        "docs/decisions.md; link there instead:\n" + "\n".join(elsewhere)
    )
