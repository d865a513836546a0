"""Memoized queries: one result per change, forgotten by the areas a change touches."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.memo import memoized
from gala_manager.core.operations import Area
from gala_manager.core.programme.acts import remove_act, update_act
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.staff.people import add_department
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.supplies.items import list_items

calls: list[str] = []


@memoized(Area.PROGRAMME)
def titles(session) -> list[str]:
    calls.append("titles")
    return [t for (t,) in session.execute(text("SELECT title FROM act ORDER BY id"))]


def test_a_result_is_shared_until_a_change_touches_its_areas(demo_doc):
    calls.clear()
    first = demo_doc.read(titles)
    first.append("a caller may change its own copy")
    assert demo_doc.read(titles) == first[:-1]
    assert calls == ["titles"]
    demo_doc.run(add_department, name="礼仪部")  # PEOPLE: not read by `titles`
    demo_doc.read(titles)
    assert calls == ["titles"]
    act_id = demo_doc.read(running_order)[0].act_id
    demo_doc.run(update_act, act_id=act_id, changes={"title": "新的开场"})
    assert demo_doc.read(titles)[act_id - 1] == "新的开场"
    assert calls == ["titles", "titles"]


def test_a_write_by_another_connection_forgets_everything(demo_doc):
    reader = GalaDocument.open(demo_doc.path, read_only=True)
    try:
        first = reader.read(running_order)[0].start
        facts = demo_doc.read(get_gala_facts)
        later = facts.start_time.replace(hour=facts.start_time.hour + 1)
        demo_doc.run(set_gala_facts, facts=facts.replace(start_time=later))
        assert reader.read(running_order)[0].start.time() == later != first.time()
    finally:
        reader.close()


def test_the_running_order_is_rebuilt_only_where_its_inputs_changed(demo_doc):
    before = demo_doc.read(running_order)
    demo_doc.run(update_act, act_id=before[3].act_id, changes={"title": "改过的"})
    after = demo_doc.read(running_order)
    assert [a is b for a, b in zip(before, after, strict=True)] == [
        n != 3 for n in range(len(before))]
    assert after[3].title == "改过的"


def test_keyword_arguments_or_a_bare_session_bypass_the_memo(demo_doc):
    calls.clear()
    demo_doc.run(titles)
    demo_doc.run(titles)
    assert calls == ["titles", "titles"]


def test_memoized_needs_areas():
    with pytest.raises(TypeError):
        memoized()
    with pytest.raises(TypeError):
        memoized("programme")


def test_the_supply_list_follows_the_acts_it_names_and_keeps_the_other_rows(demo_doc):
    before = demo_doc.read(list_items)
    linked = next(item for item in before if item.act_id is not None)
    demo_doc.run(update_act, act_id=linked.act_id, changes={"title": "新的道具节目"})
    renamed = demo_doc.read(list_items)
    assert [a is b for a, b in zip(before, renamed, strict=True)] == [
        item.act_id != linked.act_id for item in before]
    assert {i.act_title for i in renamed if i.act_id == linked.act_id} == {"新的道具节目"}
    # Removing the act unlinks its props (a foreign key), which the list shows.
    demo_doc.run(remove_act, act_id=linked.act_id)
    after = {item.id: item for item in demo_doc.read(list_items)}
    assert (after[linked.id].act_id, after[linked.id].act_title) == (None, "")
