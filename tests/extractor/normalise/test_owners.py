from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalise.owners import expand_owners, is_code, normalise_owners


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("TCIG HR", ["TCIG", "HR"], id="two-codes"),
        pytest.param("TCIG ED&I", ["TCIG", "ED&I"], id="ampersand-in-code"),
        pytest.param("TCIG\nED&I", ["TCIG", "ED&I"], id="codes-on-lines"),
        pytest.param("RWG/ Deans", ["RWG", "Deans"], id="slash-space"),
        pytest.param("SG/ADTO/TCC", ["SG", "ADTO", "TCC"], id="slashes"),
        pytest.param("CDWG Recruiting Managers", ["CDWG", "Recruiting Managers"], id="code-then-group"),
        pytest.param("CDWG\nRecruiting\nManagers", ["CDWG", "Recruiting Managers"], id="wrapped-code-then-group"),
        pytest.param("CDWG / HR", ["CDWG", "HR"], id="spaced-slash"),
        pytest.param("Vice-\nChancellor's Office", ["Vice-Chancellor's Office"], id="hyphen-at-line-end"),
        pytest.param("Deans SWG", ["Deans", "SWG"], id="name-then-code"),
        pytest.param("Skills Audit Team", ["Skills Audit Team"], id="one-name"),
        pytest.param("HR and Finance", ["HR", "Finance"], id="and"),
        pytest.param("HR & Finance", ["HR", "Finance"], id="spaced-ampersand"),
        pytest.param("Head of School; Technical Manager", ["Head of School", "Technical Manager"], id="semicolon"),
        pytest.param("Head of HR", ["Head of HR"], id="linking-word-keeps-code"),
        pytest.param("HR Manager", ["HR Manager"], id="code-job-title"),
        pytest.param("TMs, Technician Managers", ["TMs", "Technician Managers"], id="comma"),
        pytest.param("HR / HR", ["HR"], id="duplicate-dropped"),
        pytest.param("N/A", [], id="placeholder"),
        pytest.param("Faculty Technical Managers (FTM)", ["Faculty Technical Managers (FTM)"], id="bracketed-code"),
        pytest.param("TCL (chair) / HR", ["TCL (chair)", "HR"], id="bracketed-note"),
        pytest.param("TC Lead", ["TC Lead"], id="code-role"),
        pytest.param("TC Steering Group", ["TC Steering Group"], id="code-body"),
        pytest.param("HR Business Partners", ["HR", "Business Partners"], id="code-then-plural-group"),
        pytest.param("HR (with OD, Finance) / TCC", ["HR (with OD, Finance)", "TCC"], id="separator-in-brackets"),
        pytest.param("All technicians", ["All technicians"], id="all-kept"),
        pytest.param("", [], id="empty"),
        pytest.param("- HR\n- Finance", ["HR", "Finance"], id="bullets"),
        pytest.param(
            "HR Business Partner\nTechnical Forum", ["HR Business Partner", "Technical Forum"], id="one-per-line"
        ),
        pytest.param("Technical Services\nManager", ["Technical Services Manager"], id="role-wrapped-onto-a-line"),
        pytest.param("Chair of TC Steering Group", ["Chair of TC Steering Group"], id="linked-code-then-body"),
        pytest.param("Head of Estates & Facilities", ["Head of Estates & Facilities"], id="role-of-a-and-b"),
        pytest.param("Head of HR and Finance", ["Head of HR and Finance"], id="role-of-code-and-word"),
        pytest.param("Head of School and Technical Managers", ["Head of School", "Technical Managers"], id="and-role"),
        pytest.param("Director of Operations and Deans", ["Director of Operations", "Deans"], id="and-plural-role"),
        pytest.param(
            "Line Managers & Learning and Development",
            ["Line Managers", "Learning and Development"],
            id="ampersand-joins-so-and-is-in-a-name",
        ),
        pytest.param(
            "HR Director, Estates and Facilities & Finance",
            ["HR Director", "Estates and Facilities", "Finance"],
            id="comma-ampersand-list-keeps-and",
        ),
        pytest.param(
            "Line Managers\nLearning and Development",
            ["Line Managers", "Learning and Development"],
            id="one-per-line-keeps-and",
        ),
        pytest.param("HR, Finance and Estates", ["HR", "Finance", "Estates"], id="comma-list-final-and"),
        pytest.param("Learning and Development Team", ["Learning and Development Team"], id="and-inside-a-body"),
        pytest.param("HR and Finance Team", ["HR", "Finance Team"], id="code-and-body-split"),
        pytest.param("Learning and Development Manager", ["Learning and Development Manager"], id="and-inside-a-role"),
        pytest.param("Technicians and Lab Managers", ["Technicians", "Lab Managers"], id="people-and-role-split"),
        pytest.param("Deans and Faculty Managers", ["Deans", "Faculty Managers"], id="role-and-role-split"),
        pytest.param(
            "Comms Manager\n\nTechnician Network Chair",
            ["Comms Manager", "Technician Network Chair"],
            id="typed-break-splits",
        ),
    ],
)
def test_normalise_owners(cell: str, expected: list[str]) -> None:
    assert normalise_owners(cell) == expected


def test_legend_key_kept_whole() -> None:
    legend = {"Tech Forum": "Technician Forum"}
    assert normalise_owners("Tech Forum", legend) == ["Tech Forum"]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        pytest.param("TCIG", True, id="caps"),
        pytest.param("ED&I", True, id="ampersand"),
        pytest.param("TMs", True, id="plural-code"),
        pytest.param("Deans", False, id="word"),
        pytest.param("A", False, id="single-letter"),
    ],
)
def test_is_code(token: str, expected: bool) -> None:
    assert is_code(token) is expected


@pytest.mark.parametrize(
    ("owners", "legend", "expected"),
    [
        pytest.param(["TCC"], {"TCC": "Co-ordinator"}, ["Co-ordinator"], id="exact"),
        pytest.param(["tcc"], {"TCC": "Co-ordinator"}, ["Co-ordinator"], id="case"),
        pytest.param(["TMs"], {"TM": "Technical Manager"}, ["Technical Manager"], id="plural"),
        pytest.param(["HR"], {"TCC": "Co-ordinator"}, ["HR"], id="unknown-is-itself"),
        pytest.param(["HR"], None, ["HR"], id="no-legend"),
    ],
)
def test_expand_owners(owners: list[str], legend: dict[str, str] | None, expected: list[str]) -> None:
    assert expand_owners(owners, legend) == expected


@given(st.text(max_size=80))
def test_never_crashes_and_is_stable(text: str) -> None:
    owners = normalise_owners(text)
    assert all(owner and owner == " ".join(owner.split()) for owner in owners)
    assert len({o.lower() for o in owners}) == len(owners)
    assert len(expand_owners(owners, {"HR": "Human Resources"})) == len(owners)
    # Joining the owners with a separator and splitting again gives the same owners.
    assert normalise_owners("; ".join(owners)) == owners


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Finance & Estates", ["Finance & Estates"]),
        ("Research & Innovation", ["Research & Innovation"]),
        ("HR & Finance", ["HR", "Finance"]),
        ("Technicians & Managers", ["Technicians", "Managers"]),
        ("Finance & Estates, HR", ["Finance", "Estates", "HR"]),
        ("HR Partner Recruitment", ["HR Partner Recruitment"]),
        ("IT Manager Networks", ["IT Manager Networks"]),
        ("CDWG Recruiting Managers", ["CDWG", "Recruiting Managers"]),
    ],
)
def test_a_unit_named_by_two_fields_and_a_role_with_its_remit(cell: str, expected: list[str]) -> None:
    assert normalise_owners(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Teaching and Assessment", ["Teaching and Assessment"]),
        ("Archives and Collections", ["Archives and Collections"]),
        ("Students and Technicians", ["Students", "Technicians"]),
        ("OD and Estates", ["OD", "Estates"]),
        ("Library, Archives and Collections", ["Library", "Archives", "Collections"]),
    ],
)
def test_a_cell_of_two_fields_joined_by_and_is_one_unit(cell: str, expected: list[str]) -> None:
    assert normalise_owners(cell) == expected
