"""An import of 2,000 acts, its plan and its undo send as many statements as one of 20."""

from __future__ import annotations

from sqlalchemy import event

from gala_manager.core.programme.act_import import (
    RowAction,
    import_acts,
    plan_import,
    undo_import,
)
from gala_manager.core.programme.acts import list_acts
from tests.core.programme.fixtures import act


def rows(first: int, count: int) -> list:
    """`count` new acts of a department's sheet, each with its own contact."""
    return [(f"外语系|节目{i}", act(f"诗朗诵《第{i}号》", contact_name=f"联系人{i}"))
            for i in range(first, first + count)]


def counted(verb, sent: list):
    """`verb`, noting in `sent` each statement it sends with its number of rows."""
    def run(session, **kwargs):
        def note(conn, cursor, statement, parameters, context, executemany):
            sent.append((" ".join(statement.split()[:3]), len(parameters) if executemany else 1))

        connection = session.connection()
        event.listen(connection, "before_cursor_execute", note)
        try:
            return verb(session, **kwargs)
        finally:
            event.remove(connection, "before_cursor_execute", note)

    run.changes = getattr(verb, "changes", None)
    return run


def test_importing_2000_acts_sends_the_statements_of_20_and_one_insert(empty_doc):
    small: list = []
    empty_doc.run(counted(import_acts, small), rows=rows(0, 20))
    large: list = []
    result = empty_doc.run(counted(import_acts, large), rows=rows(20, 2000))
    assert len(result.added) == 2000
    assert len(large) == len(small)
    inserts = [sent for sent in large if sent[0].startswith("INSERT INTO act")]
    assert inserts == [("INSERT INTO act", 2000)]
    acts = empty_doc.read(list_acts)
    assert len(acts) == 2020
    assert acts[-1].title == "诗朗诵《第2019号》" and acts[-1].fields.contact_name == "联系人2019"


def test_planning_the_same_2000_again_reads_them_in_a_few_statements(empty_doc):
    empty_doc.run(import_acts, rows=rows(0, 2000))
    sent: list = []
    planned = empty_doc.read(counted(plan_import, sent), rows=rows(0, 2000))
    assert {p.action for p in planned} == {RowAction.UNCHANGED}
    assert len(sent) <= 6  # the keys, the people, the acts' fields in chunks of 500


def test_undoing_2000_acts_takes_a_few_statements_and_redo_gives_back_their_ids(empty_doc):
    before = len(empty_doc.read(list_acts))
    result = empty_doc.run(import_acts, rows=rows(0, 2000))
    sent: list = []
    empty_doc.run(counted(undo_import, sent), result=result)
    assert len(empty_doc.read(list_acts)) == before
    assert len(sent) <= 10  # not a statement per act (2,000 acts took 17 s to undo)
    again = empty_doc.run(import_acts, rows=rows(0, 2000), redo_of=result)
    assert again.added == result.added
    assert len(empty_doc.read(list_acts)) == before + 2000


def test_a_text_over_the_limit_is_refused_by_the_bulk_insert_too(empty_doc):
    import pytest

    from gala_manager.core.errors import TextTooLongError
    from gala_manager.core.text_limit import MAX_TEXT

    long = rows(0, 3)
    long[1] = (long[1][0], long[1][1].replace(performers="李" * (MAX_TEXT + 1)))
    with pytest.raises(TextTooLongError) as refused:
        empty_doc.run(import_acts, rows=long)
    assert refused.value.field == "performers"
    assert empty_doc.read(list_acts) == []  # nothing of the three was written


def test_importing_2000_changed_acts_updates_them_in_a_few_statements_and_undo_too(empty_doc):
    empty_doc.run(import_acts, rows=rows(0, 2000))
    changed = [(key, fields.replace(duration_seconds=fields.duration_seconds + 60,
                                    notes=f"改为{i}号")) for i, (key, fields) in enumerate(
        rows(0, 2000))]
    changed[7] = (changed[7][0], changed[7][1].replace(performers="合唱团"))
    sent: list = []
    result = empty_doc.run(counted(import_acts, sent), rows=changed)
    assert len(result.updated) == 2000 and not result.added
    updates = [rows_sent for statement, rows_sent in sent if statement.startswith("UPDATE act")]
    # One UPDATE per set of fields changed: row 7 also changed its performers.
    assert sorted(updates) == [1, 1999]
    acts = {a.title: a for a in empty_doc.read(list_acts)}
    assert acts["诗朗诵《第7号》"].fields.performers == "合唱团"
    assert acts["诗朗诵《第1999号》"].fields.notes == "改为1999号"
    sent.clear()
    empty_doc.run(counted(undo_import, sent), result=result)
    assert len(sent) <= 10
    acts = {a.title: a for a in empty_doc.read(list_acts)}
    assert acts["诗朗诵《第1999号》"].fields.notes == ""
    assert acts["诗朗诵《第7号》"].fields.performers == rows(7, 1)[0][1].performers
    assert acts["诗朗诵《第7号》"].fields.duration_seconds == rows(7, 1)[0][1].duration_seconds


def test_an_invalid_update_refuses_the_whole_import(empty_doc):
    import pytest

    from gala_manager.core.errors import ValidationError

    empty_doc.run(import_acts, rows=rows(0, 3))
    changed = [(key, fields.replace(notes="新备注")) for key, fields in rows(0, 3)]
    changed[2] = (changed[2][0], changed[2][1].replace(duration_seconds=0))
    with pytest.raises(ValidationError):
        empty_doc.run(import_acts, rows=changed)
    assert {a.fields.notes for a in empty_doc.read(list_acts)} == {""}
