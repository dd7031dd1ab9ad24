from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.errors import ExtractionError
from extractor.normalise.status import parse_rag, parse_status
from extractor.normalise.text import fold_whitespace
from schemas.plan import Rag, State, Status


@pytest.mark.parametrize(
    ("text", "rag", "expected"),
    [
        pytest.param(
            "Action needed - 1",
            None,
            Status(raw="Action needed - 1", state=State.ACTION_NEEDED, priority=1),
            id="action-needed-priority",
        ),
        pytest.param(
            "Action needed - priority 2",
            "amber",
            Status(raw="Action needed - priority 2", state=State.ACTION_NEEDED, priority=2, rag=Rag.AMBER),
            id="priority-word-with-fill",
        ),
        pytest.param(
            "Ongoing/in progress",
            "green",
            Status(raw="Ongoing/in progress", state=State.IN_PROGRESS, rag=Rag.GREEN),
            id="ongoing-in-progress",
        ),
        pytest.param("On track", None, Status(raw="On track", state=State.IN_PROGRESS), id="on-track"),
        pytest.param("Partly met", None, Status(raw="Partly met", state=State.IN_PROGRESS), id="partly-met"),
        pytest.param("Some progress", None, Status(raw="Some progress", state=State.IN_PROGRESS), id="some-progress"),
        pytest.param("Exceeded", None, Status(raw="Exceeded", state=State.COMPLETE), id="exceeded"),
        pytest.param("Some slippage", None, Status(raw="Some slippage", state=State.ACTION_NEEDED), id="some-slippage"),
        pytest.param("On hold", "amber", Status(raw="On hold", state=State.ACTION_NEEDED, rag=Rag.AMBER), id="on-hold"),
        pytest.param(
            "Amber - some delay",
            None,
            Status(raw="Amber - some delay", state=State.ACTION_NEEDED, rag=Rag.AMBER),
            id="colour-and-delay",
        ),
        pytest.param("No progress", None, Status(raw="No progress", state=State.ACTION_NEEDED), id="no-progress"),
        pytest.param("Complete", None, Status(raw="Complete", state=State.COMPLETE), id="complete"),
        pytest.param("Completed", None, Status(raw="Completed", state=State.COMPLETE), id="completed"),
        pytest.param("Done", None, Status(raw="Done", state=State.COMPLETE), id="done"),
        pytest.param("Achieved", None, Status(raw="Achieved", state=State.COMPLETE), id="achieved"),
        pytest.param("Not started", None, Status(raw="Not started", state=State.NOT_STARTED), id="not-started"),
        pytest.param(
            "Not yet started", None, Status(raw="Not yet started", state=State.NOT_STARTED), id="not-yet-started"
        ),
        pytest.param("Delayed", None, Status(raw="Delayed", state=State.ACTION_NEEDED), id="delayed"),
        pytest.param("Not yet due", None, Status(raw="Not yet due", state=State.NOT_STARTED), id="not-yet-due"),
        pytest.param("Under review", None, Status(raw="Under review", state=State.IN_PROGRESS), id="under-review"),
        pytest.param("Behind", None, Status(raw="Behind", state=State.ACTION_NEEDED), id="behind"),
        pytest.param("Not met", None, Status(raw="Not met", state=State.ACTION_NEEDED), id="not-met"),
        pytest.param(
            "Partially complete", None, Status(raw="Partially complete", state=State.IN_PROGRESS), id="partial"
        ),
        pytest.param("Red", None, Status(raw="Red", rag=Rag.RED), id="red-word"),
        pytest.param("Amber", None, Status(raw="Amber", rag=Rag.AMBER), id="amber-word"),
        pytest.param("G", None, Status(raw="G", rag=Rag.GREEN), id="rag-letter"),
        pytest.param(
            "Green - complete",
            None,
            Status(raw="Green - complete", state=State.COMPLETE, rag=Rag.GREEN),
            id="green-word-and-state",
        ),
        pytest.param("", "red", Status(rag=Rag.RED), id="colour-only"),
        pytest.param("Amber", "green", Status(raw="Amber", rag=Rag.GREEN), id="fill-wins"),
        pytest.param("Unclear note", None, Status(raw="Unclear note"), id="unknown-kept-raw"),
    ],
)
def test_parse_status(text: str, rag: str | None, expected: Status) -> None:
    assert parse_status(text, rag=rag) == expected


@pytest.mark.parametrize(
    ("text", "rag"),
    [pytest.param("", None, id="empty"), pytest.param(" \n", None, id="blank"), pytest.param(None, None, id="none")],
)
def test_nothing_gives_none(text: str | None, rag: str | None) -> None:
    assert parse_status(text, rag=rag) is None


def test_unreadable_status_policy() -> None:
    assert parse_status("see notes") == Status(raw="see notes")
    assert parse_status("see notes", errors="null") is None
    assert parse_status("see notes", rag="red", errors="null") == Status(raw="see notes", rag=Rag.RED)
    with pytest.raises(ExtractionError, match="unreadable status"):
        parse_status("see notes", errors="raise")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("RED", Rag.RED, id="upper"),
        pytest.param(Rag.AMBER, Rag.AMBER, id="enum"),
        pytest.param("orange", Rag.AMBER, id="orange-is-amber"),
        pytest.param("blue", None, id="other-colour"),
        pytest.param(None, None, id="none"),
    ],
)
def test_parse_rag(value: str | Rag | None, expected: Rag | None) -> None:
    assert parse_rag(value) == expected


@given(st.text(max_size=60), st.sampled_from([None, "red", "amber", "green", "purple"]))
def test_never_crashes_and_validates(text: str, rag: str | None) -> None:
    status = parse_status(text, rag=rag)
    if status is None:
        assert not fold_whitespace(text)
        assert rag in (None, "purple")
        return
    Status.model_validate(status.model_dump())
    if status.raw is not None:
        assert parse_status(status.raw, rag=rag) == status
