"""An import that puts a rundown's acts into the running order, in sections; undone whole."""

from gala_manager.core.models import SectionKind
from gala_manager.core.programme.act_import import Placement, import_acts, undo_import
from gala_manager.core.programme.acts import list_acts
from gala_manager.core.programme.order import order_snapshot
from gala_manager.core.programme.sections import list_sections
from tests.core.programme.fixtures import act, small_programme, titles


def _rows(*names):
    return [(f"|{name}", act(name)) for name in names]


def test_a_rundown_goes_to_the_end_of_its_sections_and_undo_puts_everything_back(empty_doc):
    small_programme(empty_doc, ("A", "B"))
    before = empty_doc.read(order_snapshot)
    placement = Placement((("|开场", "上半场"), ("|合唱", "上半场"), ("|抽奖", "Lunch"),
                           ("|谢幕", "")),
                          (("上半场", SectionKind.FIRST_HALF), ("Lunch", SectionKind.CUSTOM)))
    result = empty_doc.run(import_acts, rows=_rows("开场", "合唱", "抽奖", "谢幕"),
                           placement=placement)
    assert len(result.placed) == 4
    sections = empty_doc.read(list_sections)
    assert [(s.kind, s.name) for s in sections][-1] == (SectionKind.CUSTOM, "Lunch")
    order = titles(empty_doc)
    assert order.index("开场") < order.index("合唱") < order.index("抽奖") < order.index("谢幕")
    assert {"A", "B"} <= set(order)  # what was there stays
    # The same rundown again: nothing moves, nothing is added.
    again = empty_doc.run(import_acts, rows=_rows("开场", "合唱", "抽奖", "谢幕"),
                          placement=placement)
    assert (again.added, again.placed) == ((), ())
    empty_doc.run(undo_import, result=again)
    empty_doc.run(undo_import, result=result)
    assert empty_doc.read(order_snapshot) == before
    assert {a.title for a in empty_doc.read(list_acts)} == {"A", "B"}


def test_the_first_half_of_a_rundown_joins_the_gala_first_half(empty_doc):
    from gala_manager.core.programme.sections import add_section

    first = empty_doc.run(add_section, kind=SectionKind.FIRST_HALF)
    empty_doc.run(import_acts, rows=_rows("开场"), placement=Placement(
        (("|开场", "上半场"),), (("上半场", SectionKind.FIRST_HALF),)))
    assert [s.id for s in empty_doc.read(list_sections)] == [first]
    assert empty_doc.read(order_snapshot).placements[0][1] == first
