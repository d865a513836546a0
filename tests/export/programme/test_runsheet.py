"""Run-sheet PDFs read back with pypdf: times, privacy, escaping, fonts, every variant."""

import datetime as dt

import pytest

from gala_manager.core.demo import write_demo
from gala_manager.core.models import ActKind, MicKind
from gala_manager.core.programme.acts import update_act
from gala_manager.core.programme.schedule import programme_summary, running_order
from gala_manager.core.storage.document import GalaDocument
from gala_manager.export.kit.pdf import PageHeader, PageLabels
from gala_manager.export.programme.runsheet import VARIANTS, RunsheetLabels, build_runsheet
from tests.export.pdf_helpers import font_descriptors, page_texts

COLUMNS = {key: key.upper() for key in (
    "time", "number", "kind", "title", "performers", "duration", "needs", "notes", "head_count",
    "makeup", "stand_by", "on_stage", "contact", "phone", "mics", "music", "lighting", "sound",
    "props", "host")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("runsheet") / "demo.gala"
    write_demo(path)
    doc = GalaDocument.open(path)
    first = doc.read(running_order)[0]
    # A title that looks like markup must print as typed.
    doc.run(update_act, act_id=first.act_id, changes={"title": "<b>Rock & Roll</b>"})
    yield doc
    doc.close()


def render(doc, variant: str, font=None) -> tuple[bytes, list]:
    schedule = doc.read(running_order)
    labels = RunsheetLabels(title=f"RUNSHEET-{variant}", columns=COLUMNS,
                            sections={s.section_id: f"SECTION-{s.section_kind.value}"
                                      for s in schedule},
                            kinds={k.value: f"K{i}" for i, k in enumerate(ActKind)},
                            mic_kinds={k.value: f"MIC-{k.value}" for k in MicKind},
                            link_for="for {title}", spoken_by="HOST {name}")
    pdf = build_runsheet(variant, schedule, doc.read(programme_summary),
                         PageHeader("迎五一晚会", "2027-04-30 19:00", "西广场"),
                         PageLabels("第 {page} 页 / 共 {pages} 页", "打印于 {time}", "NO FONT"),
                         labels, font=font, printed_at=dt.datetime(2027, 4, 29, 12, 0))
    return pdf.to_bytes(), schedule


def lines(data: bytes) -> list[str]:
    return [line for text in page_texts(data) for line in text.splitlines()]


def test_full_prints_the_start_time_next_to_the_fifth_act(demo, cjk_font):
    data, schedule = render(demo, "full", cjk_font)
    fifth = schedule[4]
    assert fifth.title == "小品《宿舍那些事》"
    text = lines(data)
    at = text.index(fifth.title)
    # pypdf reads a row cell by cell: time, number, kind, then the title.
    assert text[at - 3: at] == ["19:20–19:34", "4", "K3"]
    assert "第 1 页 / 共 2 页" in page_texts(data)[0]
    assert "迎五一晚会" in page_texts(data)[1]  # the header on every page
    text = "\n".join(page_texts(data))
    assert "SECTION-first_half" in text and "SECTION-second_half" in text
    assert "21:10" in text  # the awards' fixed start


def test_markup_in_a_title_prints_literally(demo, cjk_font):
    for variant in ("full", "audience", "host"):
        data, _ = render(demo, variant, cjk_font)
        assert "<b>Rock & Roll</b>" in "\n".join(page_texts(data)), variant


def test_audience_programme_has_no_phones_and_no_internal_notes(demo, cjk_font):
    data, schedule = render(demo, "audience", cjk_font)
    text = "\n".join(page_texts(data))
    for act in schedule:
        if act.contact_phone:
            assert act.contact_phone not in text
        if act.notes:
            assert act.notes not in text
    assert "话剧《雷雨》选段" in text
    assert "主持人开场" not in text  # the hosts' own segment is not on the bill


def test_host_script_has_every_link_with_time_and_speaker(demo, cjk_font):
    data, schedule = render(demo, "host", cjk_font)
    text = "".join(page_texts(data)).replace("\n", "")
    sketch = schedule[4]
    assert "19:20" in text and "HOST 孙嘉豪" in text
    assert sketch.host_link.replace(" ", "")[:20] in text.replace(" ", "")


def test_backstage_sheet_has_contacts_and_standby_times(demo, cjk_font):
    data, schedule = render(demo, "backstage", cjk_font)
    text = lines(data)
    at = text.index(schedule[4].title)
    # The 5th act: make-up by 18:20, stands by when the 3rd goes on (19:10), on at 19:20.
    assert text[at + 3: at + 8] == ["18:20", "19:10", "19:20", "张伟", "13600003333"]


def test_tech_sheet_lists_microphones_and_music(demo, cjk_font):
    data, _ = render(demo, "tech", cjk_font)
    text = "".join(page_texts(data)).replace("\n", "")
    assert "音乐/茉莉花.mp3" in text
    assert "2 × MIC-handheld" in text
    assert "雷雨音效" in text


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_cjk_font_is_embedded(demo, cjk_font, variant):
    data, _ = render(demo, variant, cjk_font)
    assert any("/FontFile2" in d for d in font_descriptors(data))
    assert "NO FONT" not in page_texts(data)[0]


def test_without_a_chinese_font_the_fallback_warns(demo, no_cjk_font):
    data, _ = render(demo, "full")
    assert "NO FONT" in page_texts(data)[0]
    assert not any("/FontFile2" in d for d in font_descriptors(data))


def test_unknown_variant(demo):
    with pytest.raises(ValueError):
        render(demo, "poster")
