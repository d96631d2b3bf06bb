"""Saving never destroys what is not a regular file, and keeps an existing file's mode.

The same guard (``write_file_atomic``) stands behind ``Mandate.save``, ``Roster.save``,
``History.save`` and the command's ``--output``; its cases are tested in C++ (tests/test_io.cpp,
as root and as an unprivileged user). These tests show that Python gets the documented error.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXAMPLE_ROSTER

import mandat


def _savers(m: mandat.Mandate, roster: mandat.Roster) -> list[Callable[[str], None]]:
    return [m.save, roster.save]


def _error_id(save: Callable[[str], None], path: Path) -> str:
    with pytest.raises(mandat.MandateError) as info:
        save(str(path))
    return str(info.value.id)


def test_links_folders_fifos_and_sockets_are_refused(m: mandat.Mandate, roster: mandat.Roster, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("keep me\n")
    (tmp_path / "link.json").symlink_to(real)
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(tmp_path / "sock"))
    try:
        for save in _savers(m, roster):
            for name in ("link.json", "folder", "pipe", "sock"):
                assert _error_id(save, tmp_path / name) == "io.not_a_file"
    finally:
        sock.close()
    assert real.read_text() == "keep me\n"
    assert (tmp_path / "link.json").is_symlink()
    assert stat.S_ISFIFO((tmp_path / "pipe").stat().st_mode)
    assert stat.S_ISSOCK((tmp_path / "sock").lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "link.json", "pipe", "real.json", "sock"]


def test_a_device_is_refused(m: mandat.Mandate) -> None:
    with pytest.raises(mandat.MandateError, match="it is a device") as info:
        m.save("/dev/null")
    assert info.value.id == "io.not_a_file"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_an_existing_file_keeps_its_mode(roster: mandat.Roster, tmp_path: Path) -> None:
    path = tmp_path / "roster.json"
    path.write_text("{}")
    path.chmod(0o600)
    roster.save(str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert mandat.load_roster(path).to_json() == roster.to_json()


def test_the_command_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    import mandat.__main__

    source = EXAMPLE_ROSTER
    copy = tmp_path / "roster.json"
    copy.write_bytes(source.read_bytes())
    assert mandat.__main__.main(["check", str(copy), "--output", str(copy)]) == 2
    assert copy.read_bytes() == source.read_bytes()
