"""The budget panel draws the money: spent, committed and to buy against the funds."""

from decimal import Decimal

from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.core.supplies.totals import BudgetPosition
from gala_manager.ui import theme
from gala_manager.ui.supplies.budget_chart import AVAILABLE_COLOUR, PART_COLOURS, BudgetChartWidget


def colours_in_row(image, y: int) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width())}


def bar_rows(widget) -> tuple[int, int]:
    line = widget.fontMetrics().height()
    return 4 + line // 2, 4 + line + 4 + line // 2


def test_cost_bar_is_split_and_the_funds_bar_stands_beside_it(qtbot):
    widget = BudgetChartWidget()
    qtbot.addWidget(widget)
    position = BudgetPosition(BudgetSettings(Decimal("2000"), Decimal("800")),
                              Decimal("660"), Decimal("750"), Decimal("893.50"))
    widget.show_position(position)
    widget.resize(400, widget.sizeHint().height())
    image = widget.grab().toImage()
    cost_row, funds_row = bar_rows(widget)
    parts = {theme.chart(i).name() for i in PART_COLOURS.values()}
    assert parts <= colours_in_row(image, cost_row)
    assert theme.chart(AVAILABLE_COLOUR).name() in colours_in_row(image, funds_row)
    assert "¥2,303.50" in widget.toolTip() and "¥2,800.00" in widget.toolTip()
    # Cost (2,303.50) is shorter than the funds (2,800): the cost bar ends before them.
    last = max(x for x in range(image.width())
               if image.pixelColor(x, cost_row).name() in parts)
    funds_end = max(x for x in range(image.width()) if image.pixelColor(
        x, funds_row).name() == theme.chart(AVAILABLE_COLOUR).name())
    assert last < funds_end * 0.9


def test_panel_shows_the_chart_and_the_cost_line(qtbot, controller):
    from gala_manager.ui.supplies.supplies_page import SuppliesPage

    page = SuppliesPage(controller)
    qtbot.addWidget(page)
    page.show()
    panel = page.budget_panel
    assert panel.chart.isVisible()
    assert panel.findChild(type(panel.warning_label), "budget_cost").text() == "¥2,303.50"
    assert "¥660.00" in panel.chart.toolTip()
