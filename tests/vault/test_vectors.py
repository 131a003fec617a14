"""Public test vectors: RFC 9162 proofs (transparency-dev) and RFC 8785 canonical JSON (cyberphone)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.vault.canonical import NotCanonical, canonical_bytes, parse_canonical
from reviewer.vault.merkle import (
    MerkleAccumulator,
    ProofError,
    consistency_path,
    inclusion_path,
    leaf_hash,
    perfect_root,
    root_of,
    verify_consistency,
    verify_inclusion,
)

DATA = Path(__file__).resolve().parent.parent / "data"
INCLUSION = sorted((DATA / "rfc9162" / "inclusion").rglob("*.json"))
CONSISTENCY = sorted((DATA / "rfc9162" / "consistency").rglob("*.json"))
JCS = sorted((DATA / "jcs" / "input").glob("*.json"))


def _b64(value: str | None) -> bytes:
    return base64.b64decode(value or "")


def _ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.stem}" for p in paths]


def test_the_vector_folders_are_there():
    assert len(INCLUSION) > 50 and len(CONSISTENCY) > 50 and len(JCS) == 6


@pytest.mark.parametrize("path", INCLUSION, ids=_ids(INCLUSION))
def test_inclusion_vector(path: Path):
    v = json.loads(path.read_text())
    proof = [_b64(h) for h in v["proof"] or []]
    root, leaf = _b64(v["root"]), _b64(v["leafHash"])
    # Stricter than the vectors' wantErr, as the reference library is: hashes must be 32 bytes.
    want_error = v["wantErr"] or len(root) != 32 or len(leaf) != 32
    if want_error:
        with pytest.raises(ProofError):
            verify_inclusion(v["leafIdx"], v["treeSize"], leaf, proof, root)
    else:
        verify_inclusion(v["leafIdx"], v["treeSize"], leaf, proof, root)


@pytest.mark.parametrize("path", CONSISTENCY, ids=_ids(CONSISTENCY))
def test_consistency_vector(path: Path):
    v = json.loads(path.read_text())
    proof = [_b64(h) for h in v["proof"] or []]
    root1, root2 = _b64(v["root1"]), _b64(v["root2"])
    want_error = v["wantErr"] or v["size1"] == 0 or len(root1) != 32 or len(root2) != 32
    if want_error:
        with pytest.raises(ProofError):
            verify_consistency(v["size1"], v["size2"], proof, root1, root2)
    else:
        verify_consistency(v["size1"], v["size2"], proof, root1, root2)


def test_the_stricter_rules_change_exactly_the_vectors_they_should():
    """The README's rules reject size1 == 0 and short roots even where wantErr is false."""
    flipped = []
    for path in CONSISTENCY:
        v = json.loads(path.read_text())
        if not v["wantErr"] and (v["size1"] == 0 or len(_b64(v["root1"])) != 32):
            flipped.append(path.stem)
    assert flipped == ["sizes-are-equal-one-and-proof-is-empty"]


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33])
def test_our_proofs_verify_for_every_leaf_and_every_prefix(size: int):
    leaves = [leaf_hash(f"record {i}".encode()) for i in range(size)]
    root = root_of(leaves)
    for index in range(size):
        verify_inclusion(index, size, leaves[index], inclusion_path(index, leaves), root)
    for old in range(1, size + 1):
        verify_consistency(old, size, consistency_path(old, leaves), root_of(leaves[:old]), root)


def test_a_proof_for_another_leaf_or_root_fails():
    leaves = [leaf_hash(bytes([i])) for i in range(11)]
    root = root_of(leaves)
    path = inclusion_path(4, leaves)
    with pytest.raises(ProofError):
        verify_inclusion(5, 11, leaves[4], path, root)
    with pytest.raises(ProofError):
        verify_inclusion(4, 11, leaves[5], path, root)
    with pytest.raises(ProofError):
        verify_consistency(3, 11, consistency_path(3, leaves), root_of(leaves[:4]), root)


@pytest.mark.parametrize("path", JCS, ids=[p.stem for p in JCS])
def test_jcs_vector_canonicalises_exactly(path: Path):
    expected = (DATA / "jcs" / "output" / path.name).read_bytes()
    hex_expected = bytes.fromhex("".join((DATA / "jcs" / "outhex" / f"{path.stem}.txt").read_text().split()))
    assert expected == hex_expected
    assert rfc8785.dumps(json.loads(path.read_bytes())) == expected


@pytest.mark.parametrize("path", JCS, ids=[p.stem for p in JCS])
def test_our_fast_canonical_check_agrees_with_the_reference(path: Path):
    """parse_canonical accepts exactly the canonical bytes (it refuses floats, as records have none)."""
    expected = (DATA / "jcs" / "output" / path.name).read_bytes()
    source = path.read_bytes()
    has_float = any(isinstance(v, float) for v in _walk(json.loads(expected)))
    if has_float or not isinstance(json.loads(expected), dict):  # records are float-free objects
        with pytest.raises(NotCanonical):
            parse_canonical(expected)
        return
    assert parse_canonical(expected) == json.loads(source)
    if source.strip() != expected:
        with pytest.raises(NotCanonical):
            parse_canonical(source)


def _walk(value):
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def test_keys_beyond_the_basic_plane_sort_by_utf16_like_the_reference():
    value = {"\U0001f600": 1, "\ufb01": 2, "a": 3}
    canonical = rfc8785.dumps(value)
    assert parse_canonical(canonical) == value
    python_order = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert python_order != canonical  # the case the fast path must not trust
    with pytest.raises(NotCanonical):
        parse_canonical(python_order)


def test_duplicate_keys_and_floats_are_not_canonical():
    with pytest.raises(NotCanonical):
        parse_canonical(b'{"a":1,"a":2}')
    with pytest.raises(NotCanonical):
        parse_canonical(b'{"a":1.5}')
    with pytest.raises(NotCanonical):
        parse_canonical(b'{"a":NaN}')


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_json_values)
def test_our_encoder_equals_the_reference_on_any_float_free_value(value):
    """Records are encoded by json.dumps where that equals RFC 8785; the reference decides otherwise.

    (Hypothesis text excludes lone surrogates, which UTF-8 cannot carry.)"""
    expected = rfc8785.dumps(value)
    assert canonical_bytes(value) == expected
    if isinstance(value, dict):
        assert parse_canonical(expected) == value



_ascii_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(st.characters(max_codepoint=127)),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(st.characters(max_codepoint=127), max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(st.characters(max_codepoint=127), max_size=6), _ascii_values, max_size=5))
def test_the_ascii_fast_path_accepts_exactly_the_reference_bytes(value):
    """ASCII records are checked against orjson's output: it must equal RFC 8785 on every float-free value,
    control characters and escapes included, and refuse the same value written any other way."""
    expected = rfc8785.dumps(value)
    assert expected.isascii() and parse_canonical(expected) == value
    for other in (json.dumps(value).encode(), json.dumps(value, sort_keys=True, separators=(",", ":")).encode(),
                  json.dumps(value, separators=(",", ":")).encode()):
        if other != expected:
            with pytest.raises(NotCanonical):
                parse_canonical(other)


@pytest.mark.parametrize("number", [2**53, -(2**53), 10**30])
def test_integers_beyond_two_to_the_53_are_not_canonical_on_either_path(number):
    with pytest.raises(NotCanonical):
        parse_canonical(b'{"a":%d}' % number)
    with pytest.raises(NotCanonical):
        parse_canonical(('{"a":%d,"\u00e9":1}' % number).encode())
    assert parse_canonical(b'{"a":%d}' % (2**53 - 1)) == {"a": 2**53 - 1}


def test_an_integer_too_long_to_convert_is_not_canonical_and_not_a_crash():
    with pytest.raises(NotCanonical):
        parse_canonical(b'{"a":' + b"7" * 5000 + b"}")


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 64, 100, 129, 300])
def test_a_tree_built_from_perfect_subtrees_has_the_same_roots(size: int):
    """append_subtree (the chunk roots the verification workers make) against leaf-by-leaf appends."""
    leaves = [leaf_hash(bytes([i % 256, i // 256])) for i in range(size)]
    for height in range(0, 5):
        step = 1 << height
        acc = MerkleAccumulator()
        for start in range(0, size - size % step, step):
            acc.append_subtree(perfect_root(leaves[start : start + step]), height)
            assert acc.size == start + step and acc.root() == root_of(leaves[: start + step])
        for h in leaves[acc.size :]:
            acc.append(h)
        assert acc.root() == root_of(leaves)


def test_a_subtree_cannot_be_appended_off_its_boundary_nor_be_imperfect():
    acc = MerkleAccumulator()
    acc.append(leaf_hash(b"a"))
    with pytest.raises(ValueError):
        acc.append_subtree(leaf_hash(b"b"), 1)
    with pytest.raises(ValueError):
        perfect_root([leaf_hash(b"x")] * 3)


@pytest.mark.parametrize("opening, closing", [('{"a":', "}"), ("[", "]")])
def test_any_nesting_depth_is_parsed_or_not_canonical_never_a_recursion_error(opening, closing):
    """Around the depth where the decoder still succeeds but re-encoding runs out of stack (which depends on
    the caller's own depth), every depth gives a value or NotCanonical."""
    for depth in range(850, 1100, 3):
        data = (opening * depth + "1" + closing * depth).encode()
        try:
            parse_canonical(data)
        except NotCanonical:
            pass
