"""Props linked to acts: the final-rehearsal check, and the link cleared with the act."""

import datetime as dt

import pytest

from gala_manager.core.models import ActStatus, RehearsalKind, SupplyStatus
from gala_manager.core.programme.acts import add_act, remove_act
from gala_manager.core.programme.rehearsals import add_rehearsal
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.supplies.checks import check_supplies
from gala_manager.core.supplies.items import SupplyItemData, add_item, get_item
from gala_manager.core.supplies.settings import category_by_key
from tests.core.supplies.fixtures import empty_gala

FINAL = dt.date(2027, 4, 28)
P, ORD, IH, AV = (SupplyStatus.PLANNED, SupplyStatus.ORDERED, SupplyStatus.IN_HAND,
                  SupplyStatus.AT_VENUE)


@pytest.fixture
def doc(tmp_path):
    yield from empty_gala(tmp_path)


def add_prop(doc, act_id, status, needed_by, name="扇子"):
    return doc.run(add_item, data=SupplyItemData(
        name=name, category_id=doc.read(category_by_key, key="props"), act_id=act_id,
        status=status, needed_by=needed_by))


@pytest.mark.parametrize(("props", "today", "final", "act_status", "late"), [
    ([(IH, None), (AV, None)], dt.date(2027, 4, 20), FINAL, ActStatus.SELECTED, None),
    ([(P, dt.date(2027, 4, 26))], dt.date(2027, 4, 20), FINAL, ActStatus.SELECTED, None),
    ([(P, dt.date(2027, 4, 29))], dt.date(2027, 4, 20), FINAL, ActStatus.SELECTED, "扇子"),
    ([(ORD, None)], dt.date(2027, 4, 20), FINAL, ActStatus.SELECTED, "扇子"),
    ([(P, dt.date(2027, 4, 26))], FINAL, FINAL, ActStatus.SELECTED, "扇子"),
    ([(IH, None), (P, None)], dt.date(2027, 4, 20), FINAL, ActStatus.SELECTED, "扇子1"),
    ([(P, None)], dt.date(2027, 4, 20), None, ActStatus.SELECTED, None),  # no final rehearsal
    ([(P, None)], dt.date(2027, 4, 20), FINAL, ActStatus.WITHDRAWN, None),
])
def test_props_late_for_the_final_rehearsal(doc, props, today, final, act_status, late):
    act = doc.run(add_act, fields=ActFields(title="舞蹈《茉莉花》", status=act_status))
    doc.run(add_rehearsal, kind=RehearsalKind.FIRST, date=dt.date(2027, 4, 1))
    if final is not None:
        doc.run(add_rehearsal, kind=RehearsalKind.FINAL, date=final)
    for number, (status, needed_by) in enumerate(props):
        add_prop(doc, act, status, needed_by, name=f"扇子{number}" if len(props) > 1 else "扇子")
    found = [p for p in doc.read(check_supplies, today=today) if p.code == "supply_props_late"]
    if late is None:
        assert found == []
    else:
        assert [(p.params["act"], p.params["items"], p.params["date"]) for p in found] == [
            ("舞蹈《茉莉花》", late, FINAL.isoformat())]


def test_deleting_the_act_keeps_the_prop_unlinked(doc):
    act = doc.run(add_act, fields=ActFields(title="小品《宿舍那些事》"))
    item = add_prop(doc, act, P, None, name="桌椅")
    assert doc.read(get_item, item_id=item).act_title == "小品《宿舍那些事》"
    doc.run(remove_act, act_id=act)
    row = doc.read(get_item, item_id=item)
    assert (row.act_id, row.act_title, row.name) == (None, "", "桌椅")
