"""The contingency cards PDF: one page per plan, its words, escaped user text, the CLI."""

import io
import subprocess
import sys

import pypdf
import pytest

from gala_manager.core.contingency.plans import list_plans, update_plan
from gala_manager.core.demo import write_demo
from gala_manager.core.storage.document import GalaDocument
from gala_manager.export.contingency.cards import Card, CardLabels, build_cards
from gala_manager.export.kit.pdf import PageHeader, PageLabels

LABELS = CardLabels(
    document_title="应急方案", trigger="触发", decides="决策人", acts="执行人", rules="规则",
    steps="步骤", contacts="联系人", name="姓名", role="职责", phone="电话",
    equipment="物资", item="物品", quantity="数量", where="位置", notes="备注", empty="无")


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "演示晚会.gala"
    write_demo(path)
    return path


@pytest.fixture
def demo_doc(demo_path):
    doc = GalaDocument.open(demo_path)
    yield doc
    doc.close()


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_one_page_per_plan_with_steps_contacts_equipment(demo_doc):
    plans = demo_doc.read(list_plans)
    plan = plans[0]
    demo_doc.run(update_plan, plan_id=plan.id,
                 data=plan.data.replace(title="节目<b>演出</b> & 应急"))
    cards = [Card(row.data.kind, row.data, ("规则一",)) for row in demo_doc.read(list_plans)]
    pdf = build_cards(cards, PageHeader("晚会", "2027-04-30", "西广场"),
                      PageLabels("第 {page} 页 / 共 {pages} 页", "打印于 {time}"),
                      LABELS).to_bytes()
    pages = pages_text(pdf)
    assert len(pages) == 4
    assert "节目<b>演出</b> & 应急" in pages[0]
    power = pages[2]
    for text in ("停电应急方案", "最多推迟1小时", "13012340001", "手电筒", "第 3 页 / 共 4 页",
                 "规则一"):
        assert text in power


def test_cli_exports_the_cards_in_chinese(demo_path, tmp_path):
    out = tmp_path / "卡片.pdf"
    result = subprocess.run([sys.executable, "-m", "gala_manager", "--lang", "zh_CN", "export",
                             "contingency", str(demo_path), "-o", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    pages = pages_text(out.read_bytes())
    assert len(pages) == 4
    assert "人员意外受伤应急方案" in pages[1]
    assert "沈佳宁" in pages[1]
    # The rules come from the gala's thresholds, worded in Chinese.
    assert "10" in pages[2]
    GalaDocument.open(demo_path).close()  # the export left the file openable
