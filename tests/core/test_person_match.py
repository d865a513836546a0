"""Names in sheets matched to the gala's people: linked when certain, shown when not."""

from gala_manager.core.person_match import Match, match_people
from gala_manager.core.programme.act_import import import_acts, plan_import
from gala_manager.core.programme.acts import get_act
from gala_manager.core.staff.person_edits import PersonData, create_person
from tests.core.programme.fixtures import act


def test_linked_ambiguous_other_phone_and_unknown(empty_doc):
    ids = {name: empty_doc.run(create_person, data=PersonData(name, phone=phone))
           for name, phone in (("刘子涵", "13800001111"), ("张伟", "13900000001"))}
    second = empty_doc.run(create_person, data=PersonData("张伟", phone="13900000002"))
    found = empty_doc.read(match_people, wanted=[
        ("刘子涵", ""), (" 刘子涵 ", "138 0000 1111"), ("张伟", ""), ("张伟", "13900000002"),
        ("刘子涵", "13000000000"), ("王五", ""), ("", "13800001111")])
    assert found[("刘子涵", "")].person_id == ids["刘子涵"]
    assert found[(" 刘子涵 ", "138 0000 1111")].match == Match.LINKED
    assert found[("张伟", "")].match == Match.AMBIGUOUS and found[("张伟", "")].namesakes == 2
    assert found[("张伟", "13900000002")].person_id == second  # the phone decides
    assert found[("刘子涵", "13000000000")].match == Match.OTHER_PHONE
    assert found[("王五", "")].match == Match.UNKNOWN
    assert ("", "13800001111") not in found


def test_an_imported_act_links_a_certain_contact_and_never_guesses(empty_doc):
    person = empty_doc.run(create_person, data=PersonData("刘子涵", phone="13800001111"))
    for _ in range(2):
        empty_doc.run(create_person, data=PersonData("张伟"))
    rows = [("|合唱", act("合唱", contact_name="刘子涵", contact_phone="")),
            ("|独唱", act("独唱", contact_name="张伟", contact_phone=""))]
    planned = empty_doc.read(plan_import, rows=rows)
    assert [p.contact.match for p in planned] == [Match.LINKED, Match.AMBIGUOUS]
    result = empty_doc.run(import_acts, rows=rows)
    linked = [empty_doc.read(get_act, act_id=i).fields.contact_person_id for i in result.added]
    assert linked == [person, None]
