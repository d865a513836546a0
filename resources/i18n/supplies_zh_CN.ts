<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>花费</translation>
        </message>
    </context>
    <context>
        <name>BudgetChartWidget</name>
        <message>
            <source>Cost</source>
            <translation>花费</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用资金</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>已花费</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>已下单</translation>
        </message>
        <message>
            <source>To buy</source>
            <translation>待采购</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Supply budget</source>
            <translation>物品预算</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不设上限</translation>
        </message>
        <message>
            <source>The sponsorship income is the cash of the sponsors who agreed or paid; change it on the Sponsors page.</source>
            <translation>赞助收入是已同意或已付款赞助商的现金合计，请在“赞助”页修改。</translation>
        </message>
        <message>
            <source>Budget limit (¥)</source>
            <translation>预算上限（¥）</translation>
        </message>
        <message>
            <source>Sponsorship income</source>
            <translation>赞助收入</translation>
        </message>
        <message>
            <source>Enter amounts in yuan, zero or more (e.g. 1500 or ¥1,500.50).</source>
            <translation>请输入以元为单位、不小于零的金额（如 1500 或 ¥1,500.50）。</translation>
        </message>
        <message>
            <source>That amount is too large.</source>
            <translation>金额过大。</translation>
        </message>
    </context>
    <context>
        <name>BudgetPanel</name>
        <message>
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <source>Budget limit</source>
            <translation>预算上限</translation>
        </message>
        <message>
            <source>Sponsorship income</source>
            <translation>赞助收入</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用资金</translation>
        </message>
        <message>
            <source>Cost of bought items</source>
            <translation>购买物品花费</translation>
        </message>
        <message>
            <source>Spent (bought, in hand)</source>
            <translation>已花费（已购到手）</translation>
        </message>
        <message>
            <source>Committed (ordered)</source>
            <translation>已承诺（已下单）</translation>
        </message>
        <message>
            <source>Still to buy</source>
            <translation>待采购</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>Edit budget…</source>
            <translation>编辑预算…</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Over budget by {amount}!</source>
            <translation>超出预算 {amount}！</translation>
        </message>
        <message>
            <source>Set a budget limit to see what remains.</source>
            <translation>设置预算上限后即可查看剩余金额。</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>Supply categories</source>
            <translation>物品类别</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Built-in categories cannot be changed; add your own.</source>
            <translation>内置类别不可更改；可添加自己的类别。</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>新类别</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Rename category</source>
            <translation>重命名类别</translation>
        </message>
    </context>
    <context>
        <name>Supplies</name>
        <message>
            <source>Add “{name}”</source>
            <translation>添加“{name}”</translation>
        </message>
        <message>
            <source>Edit “{name}”</source>
            <translation>编辑“{name}”</translation>
        </message>
        <message>
            <source>Remove “{name}”</source>
            <translation>删除“{name}”</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n item(s)</source>
            <translation>
                <numerusform>删除 %n 项物品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n item(s) to “{status}”</source>
            <translation>
                <numerusform>将 %n 项物品设为“{status}”</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the supply budget</source>
            <translation>修改物品预算</translation>
        </message>
        <message>
            <source>Add category “{name}”</source>
            <translation>添加类别“{name}”</translation>
        </message>
        <message>
            <source>Rename category to “{name}”</source>
            <translation>将类别重命名为“{name}”</translation>
        </message>
        <message>
            <source>Remove category “{name}”</source>
            <translation>删除类别“{name}”</translation>
        </message>
        <message>
            <source>Consumables</source>
            <translation>消耗品</translation>
        </message>
        <message>
            <source>Publicity and printing</source>
            <translation>宣传与印刷</translation>
        </message>
        <message>
            <source>Stage equipment</source>
            <translation>舞台设备</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>道具</translation>
        </message>
        <message>
            <source>Prizes and gifts</source>
            <translation>奖品与礼品</translation>
        </message>
        <message>
            <source>First aid and safety</source>
            <translation>急救与安全</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Buy</source>
            <translation>购买</translation>
        </message>
        <message>
            <source>Borrow</source>
            <translation>借用</translation>
        </message>
        <message>
            <source>Sponsored</source>
            <translation>赞助</translation>
        </message>
        <message>
            <source>Already own</source>
            <translation>已有</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>已下单</translation>
        </message>
        <message>
            <source>In hand</source>
            <translation>已到手</translation>
        </message>
        <message>
            <source>At the venue</source>
            <translation>已到场</translation>
        </message>
        <message>
            <source>Returned / used up</source>
            <translation>已归还/已用完</translation>
        </message>
        <message>
            <source>An item needs a name.</source>
            <translation>物品需要填写名称。</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>名称过长。</translation>
        </message>
        <message>
            <source>A category of that name exists.</source>
            <translation>已有同名类别。</translation>
        </message>
        <message>
            <source>Built-in categories cannot be renamed.</source>
            <translation>内置类别不能重命名。</translation>
        </message>
        <message>
            <source>Built-in categories cannot be removed.</source>
            <translation>内置类别不能删除。</translation>
        </message>
        <message>
            <source>The quantity must be a number greater than zero.</source>
            <translation>数量必须是大于零的数字。</translation>
        </message>
        <message>
            <source>The quantity is too large.</source>
            <translation>数量过大。</translation>
        </message>
        <message>
            <source>The unit price must be an amount in yuan, zero or more (e.g. 12.5).</source>
            <translation>单价必须是以元为单位、不小于零的金额（如 12.5）。</translation>
        </message>
        <message>
            <source>The unit price is too large.</source>
            <translation>单价过大。</translation>
        </message>
        <message>
            <source>The budget limit must be an amount in yuan, zero or more.</source>
            <translation>预算上限必须是以元为单位、不小于零的金额。</translation>
        </message>
        <message>
            <source>The sponsorship must be an amount in yuan, zero or more.</source>
            <translation>赞助收入必须是以元为单位、不小于零的金额。</translation>
        </message>
        <message>
            <source>This category still holds items: {items}.</source>
            <translation>该类别下仍有物品：{items}。</translation>
        </message>
        <message>
            <source>“{name}” was needed by {needed_by} and is not in hand yet.</source>
            <translation>“{name}”应于 {needed_by} 前备齐，但尚未到手。</translation>
        </message>
        <message>
            <source>“{name}” must be returned, but nobody is named to return it to.</source>
            <translation>“{name}”需要归还，但未填写归还对象。</translation>
        </message>
        <message>
            <source>“{name}” has nobody responsible.</source>
            <translation>“{name}”没有负责人。</translation>
        </message>
        <message>
            <source>Supplies cost {cost}, over the budget of {available} by {overrun}.</source>
            <translation>物品花费 {cost}，超出预算 {available} 共 {overrun}。</translation>
        </message>
        <message>
            <source>Not all props of “{act}” are in hand by the final rehearsal ({date}): {items}.</source>
            <translation>节目“{act}”的道具在终彩（{date}）前未全部到手：{items}。</translation>
        </message>
        <message>
            <source>Sheet {sheet}, cell {cell}: the text was cut to 32,767 characters (Excel's limit; it had {length}).</source>
            <translation>工作表 {sheet} 单元格 {cell}：文本已截断为 32,767 个字符（Excel 的上限；原有 {length} 个）。</translation>
        </message>
        <message>
            <source>Sheet {sheet}, cell {cell}: characters Excel cannot hold were removed.</source>
            <translation>工作表 {sheet} 单元格 {cell}：已删除 Excel 无法保存的字符。</translation>
        </message>
    </context>
    <context>
        <name>SuppliesFileActions</name>
        <message>
            <source>Export supplies to Excel…</source>
            <translation>导出物品清单到 Excel…</translation>
        </message>
        <message>
            <source>Export supply list as PDF…</source>
            <translation>导出物品清单 PDF…</translation>
        </message>
        <message>
            <source>Import items from Excel…</source>
            <translation>从 Excel 导入物品…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>A filter is on. Export only the items shown?</source>
            <translation>当前已筛选。是否只导出显示的物品？</translation>
        </message>
        <message numerus="yes">
            <source>Only the %n shown</source>
            <translation>
                <numerusform>只导出显示的 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n items</source>
            <translation>
                <numerusform>全部 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Export supplies</source>
            <translation>导出物品</translation>
        </message>
        <message>
            <source>supplies and budget</source>
            <translation>物品与预算</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export supply list</source>
            <translation>导出物品清单</translation>
        </message>
        <message>
            <source>supply list</source>
            <translation>物品清单</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <source>Add item…</source>
            <translation>添加物品…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Set status of selected:</source>
            <translation>将所选物品状态设为：</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>类别…</translation>
        </message>
        <message>
            <source>Totals of the items shown</source>
            <translation>所显示物品的合计</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <source>By department</source>
            <translation>按部门</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>按状态</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>按来源</translation>
        </message>
    </context>
    <context>
        <name>SupplyColumns</name>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>小计</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Supplier / lender</source>
            <translation>供应商/出借方</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>需要日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Return to</source>
            <translation>归还给</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>For act</source>
            <translation>所属节目</translation>
        </message>
    </context>
    <context>
        <name>SupplyExport</name>
        <message>
            <source>Value of all items</source>
            <translation>全部物品价值</translation>
        </message>
        <message>
            <source>Cost of bought items</source>
            <translation>购买物品花费</translation>
        </message>
        <message>
            <source>Spent (bought, in hand)</source>
            <translation>已花费（已购到手）</translation>
        </message>
        <message>
            <source>Committed (ordered)</source>
            <translation>已承诺（已下单）</translation>
        </message>
        <message>
            <source>Still to buy</source>
            <translation>待采购</translation>
        </message>
        <message>
            <source>Budget limit</source>
            <translation>预算上限</translation>
        </message>
        <message>
            <source>Sponsorship income</source>
            <translation>赞助收入</translation>
        </message>
        <message>
            <source>Available (limit + sponsorship)</source>
            <translation>可用资金（上限+赞助）</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>预算汇总</translation>
        </message>
        <message>
            <source>Must return</source>
            <translation>需归还</translation>
        </message>
        <message>
            <source>Budget status</source>
            <translation>预算状况</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>物品清单</translation>
        </message>
        <message>
            <source>Shopping list</source>
            <translation>采购单</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>归还清单</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>小计</translation>
        </message>
        <message>
            <source>{count} items</source>
            <translation>共 {count} 项</translation>
        </message>
        <message>
            <source>{count} of {all} items (filtered)</source>
            <translation>{count} 项（共 {all} 项，已筛选）</translation>
        </message>
        <message>
            <source>0" items"</source>
            <translation>0" 项"</translation>
        </message>
        <message>
            <source>Totals by category</source>
            <translation>按类别汇总</translation>
        </message>
        <message>
            <source>Totals by department</source>
            <translation>按部门汇总</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>（无部门）</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>Cost (bought)</source>
            <translation>花费（购买）</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>OVER BUDGET</source>
            <translation>超出预算</translation>
        </message>
        <message>
            <source>within budget</source>
            <translation>预算内</translation>
        </message>
        <message>
            <source>Totals of the exported (filtered) items only</source>
            <translation>仅为导出（筛选后）物品的合计</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>需要日期</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>(supplier not chosen yet)</source>
            <translation>（尚未确定供应商）</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Lent by</source>
            <translation>出借方</translation>
        </message>
        <message>
            <source>Return to</source>
            <translation>归还给</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>归还人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>Supplies and budget</source>
            <translation>物品与预算</translation>
        </message>
        <message>
            <source>For the charts</source>
            <translation>图表数据</translation>
        </message>
        <message>
            <source>Cost by category</source>
            <translation>各类别花费</translation>
        </message>
        <message>
            <source>Spending against the available funds</source>
            <translation>花费与可用资金</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>共 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n item(s) (filtered)</source>
            <translation>
                <numerusform>{count} 项（共 %n 项，已筛选）</numerusform>
            </translation>
        </message>
        <message>
            <source>Supply list</source>
            <translation>物品清单</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Supplier / lender</source>
            <translation>供应商/出借方</translation>
        </message>
        <message>
            <source>Subtotal of {category}</source>
            <translation>{category}小计</translation>
        </message>
        <message>
            <source>Budget and spending</source>
            <translation>预算与花费</translation>
        </message>
        <message>
            <source>Over budget by {amount}!</source>
            <translation>超出预算 {amount}！</translation>
        </message>
        <message>
            <source>No items.</source>
            <translation>没有物品。</translation>
        </message>
    </context>
    <context>
        <name>SupplyFilterBar</name>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>全部来源</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>（无部门）</translation>
        </message>
        <message>
            <source>Search items, suppliers, people…</source>
            <translation>搜索物品、供应商、负责人…</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>需要日期不晚于</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>SupplyImport</name>
        <message>
            <source>the item has no name</source>
            <translation>物品没有名称</translation>
        </message>
        <message>
            <source>quantity “{value}” is not a number greater than zero</source>
            <translation>数量“{value}”不是大于零的数字</translation>
        </message>
        <message>
            <source>unit price “{value}” is not an amount in yuan (e.g. ¥12.5 or 12.5元)</source>
            <translation>单价“{value}”不是以元为单位的金额（如 ¥12.5 或 12.5元）</translation>
        </message>
        <message>
            <source>source “{value}” not understood (taken as bought)</source>
            <translation>无法识别来源“{value}”（按购买处理）</translation>
        </message>
        <message>
            <source>status “{value}” not understood (taken as planned)</source>
            <translation>无法识别状态“{value}”（按计划中处理）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Not in the gala, left empty: {names}.</source>
            <translation>晚会中没有以下部门或人员，已留空：{names}。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) ({dup} already there, skipped).</source>
            <translation>
                <numerusform>已导入 %n 项物品（另有 {dup} 项已存在，已跳过）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n item(s)</source>
            <translation>
                <numerusform>导入 %n 项物品</numerusform>
            </translation>
        </message>
        <message>
            <source>{new} new, {dup} already there (skipped), {err} with errors.</source>
            <translation>新增 {new} 项，已存在 {dup} 项（跳过），{err} 项有错误。</translation>
        </message>
        <message>
            <source>Already there (same item and supplier): skipped</source>
            <translation>已存在（物品与供应商相同）：跳过</translation>
        </message>
        <message>
            <source>Every item in this sheet is already in the gala.</source>
            <translation>表中所有物品都已在晚会中。</translation>
        </message>
        <message>
            <source>No sheet of {name} has a header row with an item column (物品 or Item).</source>
            <translation>{name} 中没有任何工作表带有“物品”（或 Item）列的表头行。</translation>
        </message>
        <message>
            <source>no item column</source>
            <translation>没有“物品”列</translation>
        </message>
        <message>
            <source>Import items from {file}</source>
            <translation>从 {file} 导入物品</translation>
        </message>
        <message>
            <source>the name has {value} characters; at most 200 are accepted</source>
            <translation>名称有 {value} 个字，最多 200 个</translation>
        </message>
        <message>
            <source>date “{value}” not understood, left empty (write it as 2027-04-30 or 2027年4月30日)</source>
            <translation>无法识别日期“{value}”，已留空（请写作 2027-04-30 或 2027年4月30日）</translation>
        </message>
        <message>
            <source>New categories: {names}.</source>
            <translation>新增类别：{names}。</translation>
        </message>
    </context>
    <context>
        <name>SupplyItemDialog</name>
        <message>
            <source>Supply item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Edit “{name}”</source>
            <translation>编辑“{name}”</translation>
        </message>
        <message>
            <source>e.g. 箱, 个, 张</source>
            <translation>如 箱、个、张</translation>
        </message>
        <message>
            <source>yuan, e.g. 12.5</source>
            <translation>元，如 12.5</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（无人）</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>需要日期</translation>
        </message>
        <message>
            <source>Must be returned</source>
            <translation>需要归还</translation>
        </message>
        <message>
            <source>to whom</source>
            <translation>归还给谁</translation>
        </message>
        <message>
            <source>(no act)</source>
            <translation>（不属于节目）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Quantity and unit</source>
            <translation>数量与单位</translation>
        </message>
        <message>
            <source>Unit price (¥)</source>
            <translation>单价（¥）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Supplier / lender</source>
            <translation>供应商/出借方</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>For act (props)</source>
            <translation>所属节目（道具）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The quantity must be a number greater than zero.</source>
            <translation>数量必须是大于零的数字。</translation>
        </message>
        <message>
            <source>The unit price must be an amount in yuan, zero or more (e.g. 12.5).</source>
            <translation>单价必须是以元为单位、不小于零的金额（如 12.5）。</translation>
        </message>
    </context>
    <context>
        <name>TotalsBar</name>
        <message numerus="yes">
            <source>%n item(s) shown of {all}</source>
            <translation>
                <numerusform>显示 %n 项（共 {all} 项）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>共 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} · value {value} · cost {cost} (spent {spent}, committed {committed}, still to buy {planned})</source>
            <translation>{shown} · 价值 {value} · 花费 {cost}（已花费 {spent}，已下单 {committed}，待采购 {planned}）</translation>
        </message>
    </context>
</TS>
