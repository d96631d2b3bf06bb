"""The NumPy batch composition check agrees with the scalar check (R5, R9)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mandat

ORGS = ["ks", "tfk", "sf", "nfr", "kdu", "nav"]


# The seats per organisation, minimum to maximum, as the mandate's text gives them (R5, R9);
# every other organisation (kdu in arbeidsutvalget, nav anywhere) has none.
QUOTAS = {
    "styringsgruppen": {"ks": (1, 2), "tfk": (1, 2), "sf": (1, 2), "nfr": (1, 1), "kdu": (1, 1)},
    "arbeidsutvalget": {"tfk": (1, 2), "ks": (1, 2), "sf": (1, 2), "nfr": (1, 1)},
}


def scalar_valid(m: mandat.Mandate, body: str, row: np.ndarray, orgs: list[str]) -> bool:
    findings = m.check_composition(body, {o: int(n) for o, n in zip(orgs, row)})
    return not any(f.severity == mandat.Severity.error for f in findings)


def hand_valid(body: str, row: np.ndarray, orgs: list[str]) -> bool:
    """The rule written out from the text: every quota met, no one for an organisation without one."""
    counts = dict(zip(orgs, (int(n) for n in row)))
    quotas = QUOTAS[body]
    return all(lo <= counts.get(o, 0) <= hi for o, (lo, hi) in quotas.items()) and all(
        n == 0 for o, n in counts.items() if o not in quotas
    )


@pytest.mark.R5
@pytest.mark.R9
@settings(max_examples=200, deadline=None)
@given(
    body=st.sampled_from(["styringsgruppen", "arbeidsutvalget"]),
    columns=st.lists(st.sampled_from(ORGS), min_size=0, max_size=6, unique=True),
    data=st.data(),
)
def test_batch_agrees_with_scalar_check(body: str, columns: list[str], data: st.DataObject) -> None:
    m = mandat.trondelag()
    counts = data.draw(arrays(np.int64, (data.draw(st.integers(0, 30)), len(columns)), elements=st.integers(0, 4)))
    result = m.check_compositions(body, counts, columns)
    assert result.dtype == np.bool_
    assert result.shape == (counts.shape[0],)
    for row, valid in zip(counts, result):
        assert bool(valid) == scalar_valid(m, body, row, columns) == hand_valid(body, row, columns)


@pytest.mark.R5
def test_batch_on_a_known_table(m: mandat.Mandate) -> None:
    counts = np.array(
        [
            [1, 1, 1, 1, 1],  # smallest valid steering group
            [2, 2, 2, 1, 1],  # largest valid
            [3, 1, 1, 1, 1],  # ks above 2
            [1, 1, 1, 0, 1],  # nfr below 1
        ],
        dtype=np.int16,
    )
    assert m.check_compositions("styringsgruppen", counts, ORGS[:5]).tolist() == [True, True, False, False]
    # Non-contiguous and other integer types work the same.
    assert m.check_compositions("styringsgruppen", np.asfortranarray(counts.astype(np.uint8)), ORGS[:5]).tolist() == [
        True,
        True,
        False,
        False,
    ]


def test_batch_refuses_misuse(m: mandat.Mandate) -> None:
    with pytest.raises(TypeError, match="integer array"):
        m.check_compositions("styringsgruppen", np.ones((2, 5)), ORGS[:5])
    with pytest.raises(mandat.QueryError, match="2-dimensional"):
        m.check_compositions("styringsgruppen", np.ones(5, dtype=np.int64), ORGS[:5])
    with pytest.raises(mandat.QueryError, match="5 columns but 4"):
        m.check_compositions("styringsgruppen", np.ones((2, 5), dtype=np.int64), ORGS[:4])
    with pytest.raises(mandat.QueryError, match="row 1 has a negative count"):
        m.check_compositions("styringsgruppen", np.array([[1] * 5, [1, -1, 1, 1, 1]]), ORGS[:5])
    with pytest.raises(mandat.QueryError, match="given twice"):
        m.check_compositions("styringsgruppen", np.ones((1, 2), dtype=np.int64), ["ks", "ks"])
    with pytest.raises(mandat.QueryError, match="larger than"):
        m.check_compositions("styringsgruppen", np.array([[2**63, 1, 1, 1, 1]], dtype=np.uint64), ORGS[:5])
    with pytest.raises(mandat.QueryError, match="unknown body"):
        m.check_compositions("styret", np.ones((1, 1), dtype=np.int64), ["ks"])
