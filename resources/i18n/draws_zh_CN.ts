<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BigScreenWindow</name>
        <message>
            <source>{draw}: redraw for {absent}</source>
            <translation>{draw}：为缺席的 {absent} 重抽</translation>
        </message>
        <message>
            <source>no prize set</source>
            <translation>未设奖品</translation>
        </message>
        <message numerus="yes">
            <source>Prize: {prize} · %n winner(s)</source>
            <translation>
                <numerusform>奖品：{prize} · %n 名</numerusform>
            </translation>
        </message>
        <message>
            <source>The gala is open read-only: nothing can be drawn.</source>
            <translation>晚会文件以只读方式打开，不能抽奖。</translation>
        </message>
        <message>
            <source>Space: start   ·   F11: full screen   ·   Esc: close</source>
            <translation>空格 开始   ·   F11 全屏   ·   Esc 关闭</translation>
        </message>
        <message>
            <source>Space: stop</source>
            <translation>空格 停止</translation>
        </message>
        <message>
            <source>Congratulations!   ·   Esc: close</source>
            <translation>恭喜中奖！   ·   Esc 关闭</translation>
        </message>
        <message>
            <source>Esc: close</source>
            <translation>Esc 关闭</translation>
        </message>
        <message>
            <source>   ·   rehearsal: nothing is recorded as won</source>
            <translation>   ·   彩排：不记为中奖</translation>
        </message>
    </context>
    <context>
        <name>DrawDialog</name>
        <message>
            <source>Lucky draw</source>
            <translation>抽奖</translation>
        </message>
        <message>
            <source>e.g. Lucky seat draw</source>
            <translation>例如：幸运观众抽奖</translation>
        </message>
        <message>
            <source>(no prize)</source>
            <translation>（无奖品）</translation>
        </message>
        <message>
            <source>{item} (stock {left} {unit})</source>
            <translation>{item}（库存 {left} {unit}）</translation>
        </message>
        <message>
            <source>Numbers (seats or tickets)</source>
            <translation>号码（座位号或票号）</translation>
        </message>
        <message>
            <source>A list of names</source>
            <translation>名单</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>One name per line</source>
            <translation>每行一个姓名</translation>
        </message>
        <message>
            <source>Import names from a sheet…</source>
            <translation>从表格导入名单…</translation>
        </message>
        <message>
            <source>Leave out the winners of the other draws</source>
            <translation>排除其他抽奖已中奖者</translation>
        </message>
        <message>
            <source>Leave out the gala's own people (names of the committee)</source>
            <translation>排除晚会工作人员（筹备组名单中的姓名）</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Prize:</source>
            <translation>奖品：</translation>
        </message>
        <message>
            <source>Winners:</source>
            <translation>中奖人数：</translation>
        </message>
        <message>
            <source>Pool:</source>
            <translation>抽奖范围：</translation>
        </message>
        <message>
            <source>Leave out:</source>
            <translation>排除：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>This draw has been drawn: only its name and notes can change.</source>
            <translation>此抽奖已抽出，只能修改名称和备注。</translation>
        </message>
        <message>
            <source>Import names</source>
            <translation>导入名单</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) read from {file}.</source>
            <translation>
                <numerusform>已从 {file} 读入 %n 个姓名。</numerusform>
            </translation>
        </message>
        <message>
            <source>Numbers or ranges, e.g. 1-24, 37, 100-105</source>
            <translation>号码或号段，例如 1-24、37、100-105</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>姓名，用逗号或顿号分隔</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrawExport</name>
        <message>
            <source>Winners</source>
            <translation>中奖名单</translation>
        </message>
        <message>
            <source>Lucky draw winners</source>
            <translation>抽奖中奖名单</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>抽奖</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>中奖者</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>领奖情况</translation>
        </message>
        <message>
            <source>Drawn at</source>
            <translation>抽出时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>领奖人签名</translation>
        </message>
        <message>
            <source>No draw has been drawn yet.</source>
            <translation>尚未进行任何抽奖。</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>redrawn for {absent}</source>
            <translation>替补缺席的 {absent}</translation>
        </message>
        <message numerus="yes">
            <source>{winners} ({collected} of %n prize(s) collected, {absent} absent)</source>
            <translation>
                <numerusform>{winners}（%n 份奖品已领 {collected} 份，缺席 {absent} 人）</numerusform>
            </translation>
        </message>
        <message>
            <source>Lucky draw “{draw}”</source>
            <translation>抽奖“{draw}”</translation>
        </message>
    </context>
    <context>
        <name>DrawTableModel</name>
        <message>
            <source>Draw</source>
            <translation>抽奖</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>中奖人数</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>抽奖范围</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>抽奖情况</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未抽</translation>
        </message>
        <message>
            <source>Drawn {time} · {collected} collected</source>
            <translation>{time} 已抽 · 已领 {collected} 份</translation>
        </message>
    </context>
    <context>
        <name>Draws</name>
        <message>
            <source>Drawn</source>
            <translation>已抽中</translation>
        </message>
        <message>
            <source>Prize collected</source>
            <translation>已领奖</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>Numbers (seats or tickets)</source>
            <translation>号码（座位号或票号）</translation>
        </message>
        <message>
            <source>A list of names</source>
            <translation>名单</translation>
        </message>
        <message>
            <source>A draw needs a name.</source>
            <translation>请填写抽奖名称。</translation>
        </message>
        <message>
            <source>The draw's name is too long.</source>
            <translation>抽奖名称太长。</translation>
        </message>
        <message>
            <source>The number of winners must be between 1 and 1,000.</source>
            <translation>中奖人数须在 1 到 1,000 之间。</translation>
        </message>
        <message>
            <source>Give the first and the last number of the pool.</source>
            <translation>请填写起始号码和结束号码。</translation>
        </message>
        <message>
            <source>The numbers must run from a first to a last number, at most 100,000 of them.</source>
            <translation>号码须从起始号排到结束号，最多 100,000 个。</translation>
        </message>
        <message>
            <source>The list of names is empty.</source>
            <translation>名单是空的。</translation>
        </message>
        <message>
            <source>The list holds more than 20,000 names.</source>
            <translation>名单超过 20,000 人。</translation>
        </message>
        <message>
            <source>A name in the list is longer than 100 characters.</source>
            <translation>名单中有姓名超过 100 个字符。</translation>
        </message>
        <message>
            <source>Nos. {low}–{high}</source>
            <translation>{low}–{high} 号</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{pool}, %n left out</source>
            <translation>
                <numerusform>{pool}，排除 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only {available} can still win, and %n winner(s) wanted: widen the pool or draw fewer.</source>
            <translation>
                <numerusform>只有 {available} 个可以中奖，却要抽 %n 名：请扩大范围或减少中奖人数。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The prize's stock covers %n more winner(s), and {needed} are to be drawn: add to the stock in Supplies or draw fewer.</source>
            <translation>
                <numerusform>奖品库存只够 %n 人，却要抽 {needed} 名：请在“物品”中增加数量，或减少中奖人数。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The draw “{draw}” wants %n winner(s) but only {available} can win.</source>
            <translation>
                <numerusform>抽奖“{draw}”要抽 %n 名，但只有 {available} 个可以中奖。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The draw “{draw}” has %n winner(s) but “{prize}” has only {left} left.</source>
            <translation>
                <numerusform>抽奖“{draw}”要抽 %n 名，但“{prize}”只剩 {left} 份。</numerusform>
            </translation>
        </message>
        <message>
            <source>This draw has been drawn: its winners are on record and it is not drawn again, changed or deleted. Mark an absent winner and redraw them instead.</source>
            <translation>此抽奖已抽出，中奖结果已记录，不能重抽、修改或删除。如有中奖者缺席，请标记缺席后为其重抽。</translation>
        </message>
        <message>
            <source>Only a winner marked absent can be redrawn, and only once.</source>
            <translation>只有标记为缺席的中奖者才能重抽，且只能重抽一次。</translation>
        </message>
        <message>
            <source>“{part}” in the numbers left out is not a number or a range such as 100-105.</source>
            <translation>排除的号码中“{part}”不是号码，也不是 100-105 这样的号段。</translation>
        </message>
        <message>
            <source>No column headed 姓名 or Name was found in {name}.</source>
            <translation>{name} 中没有找到标题为“姓名”或 Name 的列。</translation>
        </message>
        <message>
            <source>The draw “{draw}” has no prize from the supplies.</source>
            <translation>抽奖“{draw}”没有从物品中选定奖品。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Redraw in “{draw}” for absent {absent}: {winners}</source>
            <translation>“{draw}”为缺席的 {absent} 重抽：{winners}</translation>
        </message>
        <message>
            <source>Lucky draw “{draw}” from {pool} ({count} could win): {winners}</source>
            <translation>抽奖“{draw}”，范围 {pool}（{count} 个可中奖）：{winners}</translation>
        </message>
        <message>
            <source>Add draw “{name}”</source>
            <translation>添加抽奖“{name}”</translation>
        </message>
        <message>
            <source>Edit draw “{name}”</source>
            <translation>修改抽奖“{name}”</translation>
        </message>
        <message>
            <source>Remove draw “{name}”</source>
            <translation>删除抽奖“{name}”</translation>
        </message>
        <message>
            <source>Mark {winner} “{status}”</source>
            <translation>将 {winner} 标记为“{status}”</translation>
        </message>
    </context>
    <context>
        <name>DrawsPage</name>
        <message>
            <source>Add draw…</source>
            <translation>添加抽奖…</translation>
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
            <source>Draw on the big screen…</source>
            <translation>大屏幕抽奖…</translation>
        </message>
        <message>
            <source>Prize collected</source>
            <translation>已领奖</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>Redraw for the absent…</source>
            <translation>为缺席者重抽…</translation>
        </message>
        <message>
            <source>Export winners…</source>
            <translation>导出中奖名单…</translation>
        </message>
        <message>
            <source>Winners of “{draw}”</source>
            <translation>“{draw}”的中奖者</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>中奖者</translation>
        </message>
        <message>
            <source>{prize}: {left} of {quantity} {unit} left</source>
            <translation>{prize}：共 {quantity} {unit}，还剩 {left}</translation>
        </message>
        <message>
            <source>Export winners</source>
            <translation>导出中奖名单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>winners</source>
            <translation>中奖名单</translation>
        </message>
    </context>
    <context>
        <name>WinnerTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>中奖者</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>领奖</translation>
        </message>
        <message>
            <source>Drawn at</source>
            <translation>抽出时间</translation>
        </message>
        <message>
            <source>Redrawn for</source>
            <translation>替补</translation>
        </message>
    </context>
</TS>
