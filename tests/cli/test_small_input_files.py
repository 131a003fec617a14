"""The small files a command is given (an outside checkpoint, a timestamp reply, a TSA certificate chain) are
read as regular files of bounded size: a FIFO, a device or a huge file gets the command's plain typed error at
once, never a wait, an exhausted memory or a traceback (an outside tester's `verify --checkpoint /dev/zero` grew
to 22 GB; a FIFO made `verify --checkpoint` and `timestamp import` wait for ever). Real commands, in a child
process with a time limit."""

from __future__ import annotations

import os
import subprocess

import pytest

from .test_damaged_vault_cli import make_vault, run


@pytest.fixture
def vault(tmp_path):
    return make_vault(tmp_path)


def _special_files(tmp_path):
    fifo = tmp_path / "a-fifo"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse: 4 GB of zeros that take no disk
    return {"fifo": fifo, "device": "/dev/zero", "huge": huge, "folder": tmp_path}


def test_verify_refuses_a_checkpoint_file_that_is_no_small_regular_file(vault, tmp_path):
    for kind, path in _special_files(tmp_path).items():
        result = run("verify", "--vault", str(vault), "--checkpoint", str(path), state=tmp_path / "state")
        assert result.returncode not in (0, 2), (kind, result)  # an error, not a report
        assert "Traceback" not in result.stderr, (kind, result.stderr)
        assert "is not a checkpoint, or it could not be read" in result.stderr + result.stdout, (kind, result)


def test_timestamp_import_refuses_a_reply_or_chain_that_is_no_small_regular_file(vault, tmp_path):
    chain = tmp_path / "chain.pem"
    chain.write_text("-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n")
    reply = tmp_path / "reply.tsr"
    reply.write_bytes(b"0\x00")
    for kind, path in _special_files(tmp_path).items():
        for args in (["timestamp", "import", "--vault", str(vault), str(path), "--tsa-cert", str(chain)],
                     ["timestamp", "import", "--vault", str(vault), str(reply), "--tsa-cert", str(path)]):
            result = run(*args, state=tmp_path / "state")
            assert result.returncode != 0 and "Traceback" not in result.stderr, (kind, args, result.stderr)
            assert "could not be read" in result.stderr + result.stdout, (kind, args, result)
