<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gala Manager</source>
            <translation>关于晚会管家</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Gala Manager {version}&lt;/h2&gt;&lt;p&gt;Plan and run a student evening gala from one file.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;晚会管家 {version}&lt;/h2&gt;&lt;p&gt;用一个文件筹划并执行一场学生晚会。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Licence: {licence}&lt;br&gt;Schema version of the open file: {schema}&lt;br&gt;Data folder (backups, demo): {folder}</source>
            <translation>许可协议：{licence}&lt;br&gt;当前文件的数据结构版本：{schema}&lt;br&gt;数据文件夹（备份、演示晚会）：{folder}</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>许可协议全文</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制版本信息</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>所用软件库：</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>软件库</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可协议</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>AwardsPage</name>
        <message>
            <source>Awards</source>
            <translation>奖项</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Backups are taken when the gala is opened and every ten minutes of editing; the newest 20 are kept. The chosen backup opens as a new copy.</source>
            <translation>每次打开晚会文件时以及编辑期间每 10 分钟自动备份一次，保留最新的 20 份。所选备份将作为新副本打开。</translation>
        </message>
        <message>
            <source>There are no backups of this gala yet.</source>
            <translation>这个晚会还没有备份。</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Taken</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>{kb} KB</source>
            <translation>{kb} KB</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Checked {path}</source>
            <translation>已检查 {path}</translation>
        </message>
        <message>
            <source>Interrupted save: {journal} held a save that was cut off (the app or the computer stopped during it). It was undone; the gala is as after its last complete save.</source>
            <translation>中断的保存：{journal} 中存有一次被中断的保存（保存时程序或电脑停止了）。已撤销该次保存，晚会恢复到最后一次完整保存后的状态。</translation>
        </message>
        <message>
            <source>Database integrity: {status}</source>
            <translation>数据库完整性：{status}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Foreign keys: {status}</source>
            <translation>外键引用：{status}</translation>
        </message>
        <message>
            <source>Plan checks: {errors}, {warnings}</source>
            <translation>方案检查：{errors}，{warnings}</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 个错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 个警告</numerusform>
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <source>The output must end in {suffixes}: {path}</source>
            <translation>输出文件必须以 {suffixes} 结尾：{path}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check file</source>
            <translation>检查文件</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Database integrity: {status}</source>
            <translation>数据库完整性：{status}</translation>
        </message>
        <message numerus="yes">
            <source>%n fault(s)</source>
            <translation>
                <numerusform>%n 处错误</numerusform>
            </translation>
        </message>
        <message>
            <source>Foreign keys: {status}</source>
            <translation>外键引用：{status}</translation>
        </message>
        <message numerus="yes">
            <source>%n broken reference(s)</source>
            <translation>
                <numerusform>%n 处引用失效</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan checks: %n problem(s)</source>
            <translation>
                <numerusform>方案检查：%n 个问题</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>The gala's {fact} is not set.</source>
            <translation>晚会的{fact}尚未填写。</translation>
        </message>
    </context>
    <context>
        <name>ColumnChooser</name>
        <message>
            <source>Reset columns</source>
            <translation>恢复默认列</translation>
        </message>
    </context>
    <context>
        <name>ContingencyPage</name>
        <message>
            <source>Contingency</source>
            <translation>应急方案</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Type the whole date: 2027-05-01, 2027/5/1 or 5月1日. ↑/↓ change it by a day, Alt+↓ opens the calendar.</source>
            <translation>直接输入完整日期：2027-05-01、2027/5/1 或 5月1日。↑/↓ 按天调整，Alt+↓ 打开日历。</translation>
        </message>
        <message>
            <source>Calendar (Alt+↓)</source>
            <translation>日历（Alt+↓）</translation>
        </message>
    </context>
    <context>
        <name>DrawsPage</name>
        <message>
            <source>Lucky draw</source>
            <translation>抽奖</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no file at {path}.</source>
            <translation>找不到文件 {path}。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a gala file.</source>
            <translation>{path} 是一个文件夹，不是晚会文件。</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes): it is not a gala file.</source>
            <translation>{path} 是空文件（0 字节），不是晚会文件。</translation>
        </message>
        <message>
            <source>{path} is not a gala file (it is not a database at all).</source>
            <translation>{path} 不是晚会文件（根本不是数据库）。</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a gala file; it was not changed.</source>
            <translation>{path} 是其他程序的数据库，不是晚会文件；文件未被改动。</translation>
        </message>
        <message>
            <source>{path} is incomplete (cut off while copying?). Restore it from a backup.</source>
            <translation>{path} 不完整（可能在复制时被截断）。请从备份恢复。</translation>
        </message>
        <message>
            <source>{path} is damaged. Restore it from a backup.</source>
            <translation>{path} 已损坏。请从备份恢复。</translation>
        </message>
        <message>
            <source>{path} was saved by a newer version of Gala Manager; update the app to open it. The file was not changed.</source>
            <translation>{path} 由更新版本的晚会管家保存；请升级软件后再打开。文件未被改动。</translation>
        </message>
        <message>
            <source>{path} could not be upgraded to this version; it was left exactly as it was.</source>
            <translation>{path} 无法升级到当前版本；文件保持原样，未作任何改动。</translation>
        </message>
        <message>
            <source>You may not read or write {path}; check the file's permissions or whether another program holds it.</source>
            <translation>无权读写 {path}；请检查文件权限，或是否有其他程序正在占用它。</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved, the gala is as it was. Free some space and try again.</source>
            <translation>磁盘已满：没有保存任何内容，晚会保持原样。请腾出一些空间后重试。</translation>
        </message>
        <message>
            <source>{path} cannot be saved where it is ({why}); nothing was changed.</source>
            <translation>{path} 无法在当前位置保存（{why}），未做任何更改。</translation>
        </message>
        <message>
            <source>{path} exists already; choose another name (or --force).</source>
            <translation>{path} 已存在；请换一个名字（或使用 --force）。</translation>
        </message>
        <message>
            <source>The change conflicts with other data (something it refers to was removed, or a name is used twice); nothing was changed.</source>
            <translation>此修改与其他数据冲突（所引用的内容已被删除，或名称重复）；未作任何修改。</translation>
        </message>
        <message>
            <source>This gala is open read-only; nothing can be changed.</source>
            <translation>此晚会以只读方式打开，无法修改。</translation>
        </message>
        <message>
            <source>That item no longer exists; the view has been refreshed.</source>
            <translation>该项目已不存在；视图已刷新。</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>文件是只读的</translation>
        </message>
        <message>
            <source>its folder or disk is read-only</source>
            <translation>所在文件夹或磁盘是只读的</translation>
        </message>
        <message>
            <source>its name is too long for the journal file that every save writes beside it</source>
            <translation>文件名太长，每次保存时在旁边写入的日志文件无法命名</translation>
        </message>
        <message>
            <source>Recovered from an interrupted save: the gala is as after its last complete save.</source>
            <translation>已从中断的保存中恢复：晚会恢复到最后一次完整保存后的状态。</translation>
        </message>
        <message>
            <source>{path} was being saved when the app or the computer stopped. The unfinished save waits in “{journal}” to be undone, which needs a write, but {why}. Open it in Gala Manager to recover it into a copy; do not delete the journal file, the gala needs it.</source>
            <translation>{path} 在保存过程中程序或电脑停止了。未完成的保存存放在“{journal}”中，需要写入文件才能撤销，但{why}。请在晚会管家中打开它，恢复为一个副本；不要删除这个日志文件，晚会需要它。</translation>
        </message>
        <message numerus="yes">
            <source>The name {name} is too long: every save writes a journal file beside the gala, named like it plus “-journal”, and that name would be too long for the disk. Shorten the name by at least %n character(s).</source>
            <translation>
                <numerusform>文件名 {name} 太长：每次保存都会在晚会旁边写入一个日志文件，名称为原名加“-journal”，这个名称对磁盘来说太长。请将文件名至少缩短 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>This gala is open on {host} by {user} since {since}.</source>
            <translation>此晚会已被 {user} 在 {host} 上打开（自 {since} 起）。</translation>
        </message>
        <message>
            <source>{path} is in use by another program.</source>
            <translation>{path} 正被其他程序占用。</translation>
        </message>
        <message>
            <source>{path} is from an older version and must be upgraded before it can be opened read-only; open it normally once.</source>
            <translation>{path} 来自旧版本，需先升级才能以只读方式打开；请先正常打开一次。</translation>
        </message>
        <message>
            <source>Cannot delete: still used by {refs}.</source>
            <translation>无法删除：仍被以下内容使用：{refs}。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>意外错误：{error}</translation>
        </message>
        <message>
            <source>Invalid value: {value}</source>
            <translation>无效的值：{value}</translation>
        </message>
    </context>
    <context>
        <name>Exporting</name>
        <message>
            <source>Writing {name}…</source>
            <translation>正在写入 {name}…</translation>
        </message>
    </context>
    <context>
        <name>Facts</name>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>活动对象</translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <source>Upgraded from an older version; the original was kept as {name}.</source>
            <translation>已从旧版本升级；原文件已保留为 {name}。</translation>
        </message>
        <message>
            <source>Demo gala</source>
            <translation>演示晚会</translation>
        </message>
        <message>
            <source>Save the new gala</source>
            <translation>保存新晚会</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation>（副本）</translation>
        </message>
        <message>
            <source>Copy saved to {path}</source>
            <translation>副本已保存到 {path}</translation>
        </message>
        <message>
            <source>Save the restored copy as</source>
            <translation>将恢复的副本保存为</translation>
        </message>
        <message>
            <source>Edit gala properties</source>
            <translation>修改晚会信息</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>备份失败：{reason}</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Spreadsheets</source>
            <translation>电子表格</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>dddd, d MMMM yyyy</source>
            <translation>yyyy年M月d日 dddd</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h}小时{m}分钟</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h}小时</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m}分钟</translation>
        </message>
        <message>
            <source>{text} ({note})</source>
            <translation>{text}（{note}）</translation>
        </message>
        <message>
            <source>as long as planned</source>
            <translation>与计划相符</translation>
        </message>
        <message>
            <source>{minutes} min longer than planned</source>
            <translation>比计划长 {minutes} 分钟</translation>
        </message>
        <message>
            <source>{minutes} min shorter than planned</source>
            <translation>比计划短 {minutes} 分钟</translation>
        </message>
    </context>
    <context>
        <name>GalaController</name>
        <message>
            <source>Gala Manager</source>
            <translation>晚会管家</translation>
        </message>
    </context>
    <context>
        <name>GalaDialog</name>
        <message>
            <source>New gala</source>
            <translation>新建晚会</translation>
        </message>
        <message>
            <source>Gala properties</source>
            <translation>晚会信息</translation>
        </message>
        <message>
            <source>Date fixed</source>
            <translation>日期已定</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>tolerated from</source>
            <translation>可接受范围</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Co-organisers / sponsors</source>
            <translation>协办单位 / 赞助商</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Planned length</source>
            <translation>计划时长</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>活动对象</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
    </context>
    <context>
        <name>GuestsPage</name>
        <message>
            <source>Guests</source>
            <translation>嘉宾</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{name} is empty: there is nothing to import.</source>
            <translation>{name} 是空的，没有可导入的内容。</translation>
        </message>
        <message>
            <source>{name} is not a spreadsheet; open it in Excel, WPS or LibreOffice and save it as .xlsx, .xls, .ods or .csv.</source>
            <translation>{name} 不是电子表格；请用 Excel、WPS 或 LibreOffice 打开，另存为 .xlsx、.xls、.ods 或 .csv 后再导入。</translation>
        </message>
        <message>
            <source>{name} is a web page saved under a spreadsheet's name; open it in Excel or WPS and save it as .xlsx.</source>
            <translation>{name} 是以表格文件名保存的网页；请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <source>{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.</source>
            <translation>{name} 是 Excel 二进制工作簿（.xlsb）；请先另存为 .xlsx。</translation>
        </message>
        <message>
            <source>{name} is protected by a password; save an unprotected copy first.</source>
            <translation>{name} 设有密码保护，请先另存一份不加密的副本。</translation>
        </message>
        <message>
            <source>{name} is incomplete (cut off while copying or downloading).</source>
            <translation>{name} 不完整（复制或下载时被截断）。</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read.</source>
            <translation>{name} 已损坏，无法读取。</translation>
        </message>
        <message>
            <source>{name} is too large to import ({detail}).</source>
            <translation>{name} 太大，无法导入（{detail}）。</translation>
        </message>
        <message>
            <source>{name} contains forbidden XML constructs and was not read.</source>
            <translation>{name} 含有不允许的 XML 结构，未读取。</translation>
        </message>
        <message>
            <source>the cell holds a formula without a saved value: open and save the sheet in Excel or WPS, or type the value</source>
            <translation>该单元格是没有保存计算结果的公式：请在 Excel 或 WPS 中打开并保存表格，或直接填入数值</translation>
        </message>
        <message>
            <source>several people in the gala are named “{value}”: not linked; choose the right one by hand</source>
            <translation>晚会中有多人名为“{value}”：未关联，请手动选择</translation>
        </message>
        <message>
            <source>“{value}” in the gala has another phone number: not linked</source>
            <translation>晚会中的“{value}”电话号码不同：未关联</translation>
        </message>
        <message>
            <source>{name} (linked)</source>
            <translation>{name}（已关联）</translation>
        </message>
        <message>
            <source>{name} (several in the gala: not linked)</source>
            <translation>{name}（晚会中有多人同名：未关联）</translation>
        </message>
        <message>
            <source>{name} (another phone in the gala: not linked)</source>
            <translation>{name}（晚会中此人电话不同：未关联）</translation>
        </message>
        <message>
            <source>Will be added</source>
            <translation>将添加</translation>
        </message>
        <message>
            <source>Will be updated</source>
            <translation>将更新</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>a text of {length} characters is longer than the {limit} a gala keeps; shorten it in the sheet</source>
            <translation>有一段文字长 {length} 个字符，超过晚会能保存的 {limit} 个字符；请在表格中缩短</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”: {counts}</source>
            <translation>工作表“{sheet}”：{counts}</translation>
        </message>
        <message>
            <source>Sheets imported: {names}.</source>
            <translation>导入的工作表：{names}。</translation>
        </message>
        <message>
            <source>Sheets left out because their rows repeat earlier sheets (tick them to import them too): {names}.</source>
            <translation>以下工作表的行与前面的工作表重复，已略过（勾选即可一并导入）：{names}。</translation>
        </message>
        <message>
            <source>Sheets left out by your choice: {names}.</source>
            <translation>您未选择的工作表：{names}。</translation>
        </message>
        <message>
            <source>Sheets not used ({reason}): {names}.</source>
            <translation>未使用的工作表（{reason}）：{names}。</translation>
        </message>
        <message>
            <source>Columns not used in “{sheet}”: {names}.</source>
            <translation>“{sheet}”中未使用的列：{names}。</translation>
        </message>
        <message numerus="yes">
            <source>The %n row(s) with errors will be left out.</source>
            <translation>
                <numerusform>有错误的 %n 行将不导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fix the %n row(s) marked red in the sheet, or import the others and leave these out.</source>
            <translation>
                <numerusform>请在表格中修改标红的 %n 行，或者只导入其余各行、略过这些行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fix the %n row(s) marked red in the sheet: until then nothing can be imported.</source>
            <translation>
                <numerusform>请先在表格中改正标红的 %n 行，否则不会导入任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n good row(s) and leave out the {bad} with errors</source>
            <translation>
                <numerusform>导入无误的 %n 行，略过有错误的 {bad} 行</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet} 第 {row} 行</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>第 {row} 行</translation>
        </message>
        <message>
            <source>  {where} ({name}), {mark}: {text}</source>
            <translation>  {where}（{name}），{mark}：{text}</translation>
        </message>
        <message>
            <source>  {where}, {mark}: {text}</source>
            <translation>  {where}，{mark}：{text}</translation>
        </message>
        <message>
            <source>No sheet with a header is called {names}; the sheets to choose from are {sheets}.</source>
            <translation>没有名为 {names} 且带表头的工作表；可选的工作表：{sheets}。</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n row(s) with errors in the sheet and import again, or import the others with --skip-invalid.</source>
            <translation>
                <numerusform>未导入任何内容：请修改表格中有错误的 %n 行后重新导入，或使用 --skip-invalid 只导入其余各行。</numerusform>
            </translation>
        </message>
        <message>
            <source>{cell}: {text}</source>
            <translation>{cell}：{text}</translation>
        </message>
        <message>
            <source>Rows to correct</source>
            <translation>待修改的行</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>What to correct</source>
            <translation>需修改之处</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Sheets to import:</source>
            <translation>要导入的工作表：</translation>
        </message>
        <message>
            <source>Save rows to correct…</source>
            <translation>保存待修改的行…</translation>
        </message>
        <message>
            <source>{name} - rows to correct.xlsx</source>
            <translation>{name}-待修改的行.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewTableModel</name>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>撤销 {action}(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>重做 {action}(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>此文件已不存在。</translation>
        </message>
        <message>
            <source>Remove missing files</source>
            <translation>移除不存在的文件</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New gala…</source>
            <translation>新建晚会(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>另存副本(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>C&amp;heck file…</source>
            <translation>检查文件(&amp;H)…</translation>
        </message>
        <message>
            <source>Gala &amp;properties…</source>
            <translation>晚会信息(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Gala Manager</source>
            <translation>关于晚会管家(&amp;A)</translation>
        </message>
        <message>
            <source>Show &amp;console</source>
            <translation>演出控制台(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening {path}…</source>
            <translation>正在打开 {path}…</translation>
        </message>
        <message>
            <source>Gala Manager</source>
            <translation>晚会管家</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [只读]</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>✓ Saved</source>
            <translation>✓ 已保存</translation>
        </message>
    </context>
    <context>
        <name>MultiLineEdit</name>
        <message>
            <source>Ctrl+Enter starts a new line; Tab moves to the next field.</source>
            <translation>Ctrl+Enter 换行；Tab 跳到下一项。</translation>
        </message>
    </context>
    <context>
        <name>Opener</name>
        <message>
            <source>Gala files (*.gala)</source>
            <translation>晚会文件 (*.gala)</translation>
        </message>
        <message>
            <source>Gala in use</source>
            <translation>晚会正在使用中</translation>
        </message>
        <message>
            <source>Open it read-only?</source>
            <translation>以只读方式打开吗？</translation>
        </message>
        <message>
            <source>Open it read-only, to read or copy it?</source>
            <translation>以只读方式打开，以便查看或复制？</translation>
        </message>
        <message>
            <source>Disk full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>Recover it into a copy now?</source>
            <translation>现在恢复为一个副本吗？</translation>
        </message>
        <message>
            <source>Interrupted save</source>
            <translation>中断的保存</translation>
        </message>
        <message>
            <source>Save the recovered gala as</source>
            <translation>将恢复的晚会保存为</translation>
        </message>
        <message>
            <source> (recovered)</source>
            <translation>（已恢复）</translation>
        </message>
        <message>
            <source>Gala Manager</source>
            <translation>晚会管家</translation>
        </message>
        <message>
            <source>Open gala</source>
            <translation>打开晚会</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Edit gala properties…</source>
            <translation>修改晚会信息…</translation>
        </message>
        <message>
            <source>The gala</source>
            <translation>晚会信息</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>Co-organisers / sponsors</source>
            <translation>协办单位 / 赞助商</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Date and start</source>
            <translation>日期与开始时间</translation>
        </message>
        <message>
            <source>Planned length</source>
            <translation>计划时长</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>活动对象</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>{planned} (between {low} and {high})</source>
            <translation>{planned}（可接受 {low} 至 {high}）</translation>
        </message>
        <message>
            <source>Set the gala's date to see the countdown.</source>
            <translation>填写晚会日期后即可看到倒计时。</translation>
        </message>
        <message>
            <source>The gala is today!</source>
            <translation>晚会就在今天！</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) to the gala</source>
            <translation>
                <numerusform>距晚会还有 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The gala was %n day(s) ago</source>
            <translation>
                <numerusform>晚会已于 %n 天前举行</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPage</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>打印于 {time}</translation>
        </message>
        <message>
            <source>No Chinese TrueType font was found on this computer: the PDF uses the built-in STSong-Light, which is not embedded and may show as boxes elsewhere. Choose a font under Edit ▸ Preferences.</source>
            <translation>本机未找到中文 TrueType 字体：PDF 使用内置字体 STSong-Light，该字体不会嵌入文件，在其他电脑上可能显示为方框。请在“编辑 ▸ 首选项”中选择字体。</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>（续）</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Automatic (best Chinese font found)</source>
            <translation>自动（使用找到的最佳中文字体）</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>其他文件…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>PDF font</source>
            <translation>PDF 字体</translation>
        </message>
        <message>
            <source>PDFs embed this TrueType font so that Chinese prints on any computer. Without one, a built-in font is used that shows as boxes where no Chinese font is installed.</source>
            <translation>PDF 会嵌入此 TrueType 字体，使中文在任何电脑上都能正常显示和打印。若没有可用字体，将使用内置字体，在未安装中文字体的电脑上会显示为方框。</translation>
        </message>
        <message>
            <source>Choose a font file</source>
            <translation>选择字体文件</translation>
        </message>
        <message>
            <source>TrueType fonts (*.ttf *.ttc)</source>
            <translation>TrueType 字体 (*.ttf *.ttc)</translation>
        </message>
        <message>
            <source>{name} cannot be embedded or has no Chinese characters; choose another font.</source>
            <translation>{name} 无法嵌入或不含中文字符；请选择其他字体。</translation>
        </message>
    </context>
    <context>
        <name>ProblemListModel</name>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Double-click to go where this is fixed.</source>
            <translation>双击前往修改处。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more like these</source>
            <translation>
                <numerusform>……还有 %n 个同类问题</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>Programme</source>
            <translation>节目</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>Quiz</source>
            <translation>有奖问答</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>Open read-only: {why} To edit, wait until it is closed there, or save a copy.</source>
            <translation>以只读方式打开：{why}如需编辑，请等对方关闭，或另存一个副本。</translation>
        </message>
        <message>
            <source>Open read-only: the disk is full, so no change could be saved. Free some space and open it again, or save a copy elsewhere.</source>
            <translation>以只读方式打开：磁盘已满，任何更改都无法保存。请腾出空间后重新打开，或将副本保存到别处。</translation>
        </message>
        <message>
            <source>This gala cannot be saved here: {why}. It is open read-only; to edit it, save a copy as a new gala (the copy opens at once).</source>
            <translation>这个晚会无法在此保存：{why}。它以只读方式打开；如需编辑，请另存为新的晚会（副本会立即打开）。</translation>
        </message>
        <message>
            <source>Open read-only: nothing can be changed.</source>
            <translation>以只读方式打开：无法做任何更改。</translation>
        </message>
        <message>
            <source>Save a copy as…</source>
            <translation>另存副本…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutTableModel</name>
        <message>
            <source>Where</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere in the main window</source>
            <translation>主窗口各处</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Staff ▸ People</source>
            <translation>人员与岗位 ▸ 人员</translation>
        </message>
        <message>
            <source>Staff ▸ Departments</source>
            <translation>人员与岗位 ▸ 部门</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>赞助</translation>
        </message>
        <message>
            <source>Contingency</source>
            <translation>应急方案</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Show console</source>
            <translation>演出控制台</translation>
        </message>
        <message>
            <source>New gala</source>
            <translation>新建晚会</translation>
        </message>
        <message>
            <source>Open a gala</source>
            <translation>打开晚会</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source>Gala properties</source>
            <translation>晚会信息</translation>
        </message>
        <message>
            <source>Close the gala</source>
            <translation>关闭晚会</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Go to page 1 … 9 of the page list</source>
            <translation>转到页面列表中的第 1 … 9 页</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Open the show console</source>
            <translation>打开演出控制台</translation>
        </message>
        <message>
            <source>New act</source>
            <translation>新建节目</translation>
        </message>
        <message>
            <source>Open the selected act</source>
            <translation>打开选中的节目</translation>
        </message>
        <message>
            <source>Open the act under the cursor in either list</source>
            <translation>打开任一列表中光标所在的节目</translation>
        </message>
        <message>
            <source>Duplicate act</source>
            <translation>复制节目</translation>
        </message>
        <message>
            <source>Delete the selected act (Ctrl+Z brings it back)</source>
            <translation>删除选中的节目（Ctrl+Z 可恢复）</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Add the selected acts to the running order</source>
            <translation>把选中的节目加入节目单</translation>
        </message>
        <message>
            <source>Take out of the running order</source>
            <translation>移出节目单</translation>
        </message>
        <message>
            <source>Switch between the running order and the acts not in it</source>
            <translation>在节目单和未排入的节目之间切换</translation>
        </message>
        <message>
            <source>Print / export the run-sheet</source>
            <translation>打印／导出流程单</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <source>Remove the selected person</source>
            <translation>删除选中的人员</translation>
        </message>
        <message>
            <source>Add a department</source>
            <translation>添加部门</translation>
        </message>
        <message>
            <source>Add an item</source>
            <translation>添加物品</translation>
        </message>
        <message>
            <source>Remove the selected items</source>
            <translation>删除选中的物品</translation>
        </message>
        <message>
            <source>Add a sponsor</source>
            <translation>添加赞助商</translation>
        </message>
        <message>
            <source>Add a guest</source>
            <translation>添加嘉宾</translation>
        </message>
        <message>
            <source>Remove the selected guests</source>
            <translation>删除所选嘉宾</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>新建方案</translation>
        </message>
        <message>
            <source>Add a task</source>
            <translation>添加任务</translation>
        </message>
        <message>
            <source>Remove the selected task</source>
            <translation>删除选中的任务</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Find a key or an action…</source>
            <translation>查找按键或操作…</translation>
        </message>
        <message>
            <source>A page's keys work while the page shows; Del and the Alt keys only while the keyboard is in its lists. Ctrl is ⌘ on macOS.</source>
            <translation>页面的快捷键在该页面显示时有效；Del 和 Alt 组合键只在键盘焦点位于其列表中时有效。macOS 上 Ctrl 即 ⌘。</translation>
        </message>
    </context>
    <context>
        <name>SponsorsPage</name>
        <message>
            <source>Sponsors</source>
            <translation>赞助</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Staff</source>
            <translation>人员与岗位</translation>
        </message>
    </context>
    <context>
        <name>StartWidget</name>
        <message>
            <source>This file no longer exists.</source>
            <translation>此文件已不存在。</translation>
        </message>
        <message>
            <source>Gala Manager</source>
            <translation>晚会管家</translation>
        </message>
        <message>
            <source>Plan the programme, the people, the supplies and the contingency plans of your gala in one file.</source>
            <translation>在一个文件里筹划晚会的节目、人员、物资和应急方案。</translation>
        </message>
        <message>
            <source>New gala…</source>
            <translation>新建晚会…</translation>
        </message>
        <message>
            <source>Open a gala…</source>
            <translation>打开晚会…</translation>
        </message>
        <message>
            <source>Open the demo gala</source>
            <translation>打开演示晚会</translation>
        </message>
        <message>
            <source>Recent galas</source>
            <translation>最近的晚会</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <source>Supplies</source>
            <translation>物品</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>Too long: a text holds at most {limit} characters, this would have been {length}. The edit was undone.</source>
            <translation>太长了：一段文字最多 {limit} 个字符，这次会变成 {length} 个。已撤销这次输入。</translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <source>Type the time: 19:00, 1900 or 19点30. ↑/↓ change it by 5 minutes.</source>
            <translation>直接输入时间：19:00、1900 或 19点30。↑/↓ 每次调整 5 分钟。</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>此项为必填。</translation>
        </message>
        <message>
            <source>This name is already used.</source>
            <translation>该名称已被使用。</translation>
        </message>
        <message>
            <source>The value is out of range.</source>
            <translation>数值超出范围。</translation>
        </message>
        <message>
            <source>The shortest length must not exceed the longest.</source>
            <translation>最短时长不能超过最长时长。</translation>
        </message>
        <message>
            <source>The planned length must lie between the shortest and the longest.</source>
            <translation>计划时长必须介于最短与最长时长之间。</translation>
        </message>
        <message>
            <source>“{value}” is not a date: type it as 2027-05-01, 2027/5/1 or 5月1日.</source>
            <translation>“{value}”不是日期：请按 2027-05-01、2027/5/1 或 5月1日 的格式输入。</translation>
        </message>
        <message>
            <source>“{value}” is not a time of day: type it as 19:00, 1900 or 19点30.</source>
            <translation>“{value}”不是时间：请按 19:00、1900 或 19点30 的格式输入。</translation>
        </message>
        <message>
            <source>{field} is too long: {length} characters, at most {limit}. Shorten it and try again.</source>
            <translation>{field}太长：{length} 个字符，最多 {limit} 个。请缩短后重试。</translation>
        </message>
        <message>
            <source>A text is too long: {length} characters, at most {limit}. Shorten it and try again.</source>
            <translation>有一段文字太长：{length} 个字符，最多 {limit} 个。请缩短后重试。</translation>
        </message>
    </context>
    <context>
        <name>WrittenFiles</name>
        <message>
            <source>No program to open the file</source>
            <translation>没有可以打开此文件的程序</translation>
        </message>
        <message>
            <source>The file was written, but no program to open {kind} files was found on this computer. Open it from its folder, or install a viewer.</source>
            <translation>文件已写好，但这台电脑上找不到能打开 {kind} 文件的程序。请到文件所在的文件夹中打开，或安装一个阅读器。</translation>
        </message>
        <message>
            <source>Where the file is</source>
            <translation>文件位置</translation>
        </message>
    </context>
    <context>
        <name>WrittenNotice</name>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>Written: {name} — {open} · {folder}</source>
            <translation>已写入：{name}——{open} · {folder}</translation>
        </message>
    </context>
</TS>
