<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActDialog</name>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Stage needs</source>
            <translation>舞台需求</translation>
        </message>
        <message>
            <source>Host and notes</source>
            <translation>主持与备注</translation>
        </message>
        <message>
            <source>(name and phone below)</source>
            <translation>（在下方填写姓名和电话）</translation>
        </message>
        <message>
            <source>empty: the gala's default</source>
            <translation>留空：使用晚会默认值</translation>
        </message>
        <message>
            <source>Fixed start at</source>
            <translation>固定开始于</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>节目名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>表演者</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>报送单位</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Add to the running order (status: selected)</source>
            <translation>加入节目单（状态：已入选）</translation>
        </message>
        <message>
            <source>Changeover after it</source>
            <translation>之后换场时间</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>话筒</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>道具</translation>
        </message>
        <message>
            <source>Music file</source>
            <translation>音乐文件</translation>
        </message>
        <message>
            <source>Lighting notes</source>
            <translation>灯光说明</translation>
        </message>
        <message>
            <source>Sound notes</source>
            <translation>音响说明</translation>
        </message>
        <message>
            <source>(no host)</source>
            <translation>（无主持人）</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Host link before it</source>
            <translation>节目前串词</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ActImport</name>
        <message>
            <source>Title</source>
            <translation>节目名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>表演者</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>报送单位</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>话筒数量</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>道具</translation>
        </message>
        <message>
            <source>Music file</source>
            <translation>音乐文件</translation>
        </message>
        <message>
            <source>Lighting</source>
            <translation>灯光要求</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>音响要求</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Gala: {name}</source>
            <translation>晚会：{name}</translation>
        </message>
        <message>
            <source>Hand in by {date}</source>
            <translation>请于 {date} 前交回</translation>
        </message>
        <message>
            <source>Hand in by: ____________</source>
            <translation>交回日期：____________</translation>
        </message>
        <message>
            <source>Other: ________</source>
            <translation>其他：________</translation>
        </message>
        <message>
            <source>Write it as 3:30, 3分30秒, 210秒 or 4分钟.</source>
            <translation>可写作 3:30、3分30秒、210秒 或 4分钟。</translation>
        </message>
        <message>
            <source>people</source>
            <translation>人</translation>
        </message>
        <message>
            <source>One act per page; copy the page for more acts.</source>
            <translation>每页填写一个节目；节目多时请复印本页。</translation>
        </message>
        <message>
            <source>Received by the committee (name, date):</source>
            <translation>收表人（签名、日期）：</translation>
        </message>
        <message>
            <source>duration “{value}” not understood (accepted: {formats})</source>
            <translation>时长“{value}”无法识别（可以这样填写：{formats}）</translation>
        </message>
        <message>
            <source>duration “{value}” must be more than zero and at most six hours</source>
            <translation>时长“{value}”须大于零且不超过六小时</translation>
        </message>
        <message>
            <source>kind “{value}” unknown: imported as “{other}”</source>
            <translation>类型“{value}”无法识别，按“{other}”导入</translation>
        </message>
        <message>
            <source>no contact person</source>
            <translation>没有联系人</translation>
        </message>
        <message>
            <source>no duration given: 3:00 assumed (write it as {formats})</source>
            <translation>没有填写时长：暂按 3:00 计（可写作 {formats}）</translation>
        </message>
        <message>
            <source>neither a duration nor a start and an end time: 3:00 assumed</source>
            <translation>既没有时长，也没有开始和结束时间：暂按 3:00 计</translation>
        </message>
        <message>
            <source>“{value}” read as {seconds} seconds; Ontime writes {seconds} minutes as {value}: for minutes write {seconds}:00 or {seconds}分钟</source>
            <translation>“{value}”按 {seconds} 秒读取；Ontime 把 {seconds} 分钟写作 {value}：如指分钟，请写作 {seconds}:00 或 {seconds}分钟</translation>
        </message>
        <message>
            <source>{field} “{value}” is not a time of day (write it as 19:30 or 19:30:00)</source>
            <translation>{field}“{value}”不是时刻（请写作 19:30 或 19:30:00）</translation>
        </message>
        <message>
            <source>{field} “{value}” is not a number (write a whole number such as 12)</source>
            <translation>{field}“{value}”不是数字（请填整数，如 12）</translation>
        </message>
        <message>
            <source>{field} {value} is out of range (0 to 10000)</source>
            <translation>{field} {value} 超出范围（0 至 10000）</translation>
        </message>
        <message>
            <source>the title has {value} characters; at most 200 are accepted</source>
            <translation>节目名称有 {value} 个字，最多 200 个</translation>
        </message>
        <message>
            <source>the same act as row {value}</source>
            <translation>与第 {value} 行是同一个节目</translation>
        </message>
        <message>
            <source>Time Start</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Time End</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>板块</translation>
        </message>
        <message>
            <source>{name} (row {row})</source>
            <translation>{name}（第 {row} 行）</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) without a title skipped.</source>
            <translation>
                <numerusform>跳过 %n 个没有节目名称的行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Groups of the rundown, as sections: {names}.</source>
            <translation>流程表中的分组将成为板块：{names}。</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) not imported (markers, not acts): {rows}.</source>
            <translation>
                <numerusform>%n 个里程碑未导入（是时间标记，不是节目）：{rows}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows of a type that is not imported: {rows}.</source>
            <translation>以下行的类型不导入：{rows}。</translation>
        </message>
        <message>
            <source>Put these acts into the running order in this order (acts already in it stay where they are)</source>
            <translation>按此顺序把这些节目排入节目单（已在节目单中的节目位置不变）</translation>
        </message>
        <message numerus="yes">
            <source>%n act(s) added, {updated} updated, {same} unchanged.</source>
            <translation>
                <numerusform>新增 %n 个节目，更新 {updated} 个，{same} 个未变。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n act(s) put into the running order.</source>
            <translation>
                <numerusform>%n 个节目已排入节目单。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import acts from {file}</source>
            <translation>从 {file} 导入节目</translation>
        </message>
        <message numerus="yes">
            <source>Import %n act(s)</source>
            <translation>
                <numerusform>导入 %n 个节目</numerusform>
            </translation>
        </message>
        <message>
            <source>{new} new, {update} to update, {dup} unchanged, {err} with errors.</source>
            <translation>新增 {new} 个，更新 {update} 个，{dup} 个不变，{err} 个有错误。</translation>
        </message>
        <message>
            <source>Already there (same submitter and title): unchanged</source>
            <translation>已存在（报送单位和节目名称相同）：不变</translation>
        </message>
        <message>
            <source>Every act in this sheet is already in the gala, unchanged.</source>
            <translation>表中的节目都已在晚会中，没有变化。</translation>
        </message>
        <message>
            <source>No sheet of {name} has a header row with an act title column (节目名称 or Title).</source>
            <translation>{name} 中没有任何工作表带有“节目名称”（或 Title）列的表头行。</translation>
        </message>
        <message>
            <source>no act title column</source>
            <translation>没有“节目名称”列</translation>
        </message>
        <message>
            <source>(example) Dance “Jasmine”</source>
            <translation>（示例）舞蹈《茉莉花》</translation>
        </message>
        <message>
            <source>Dance team of the Art and Design faculty</source>
            <translation>艺术设计系舞蹈队</translation>
        </message>
        <message>
            <source>Art and Design faculty</source>
            <translation>艺术设计系</translation>
        </message>
        <message>
            <source>Zhou Ting</source>
            <translation>周婷</translation>
        </message>
        <message>
            <source>8 folding fans</source>
            <translation>折扇 8 把</translation>
        </message>
        <message>
            <source>soft white light</source>
            <translation>白色柔光</translation>
        </message>
        <message>
            <source>This row is an example and is not imported.</source>
            <translation>本行为示例，不会被导入。</translation>
        </message>
        <message>
            <source>Acts</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Act submission form</source>
            <translation>节目报名表</translation>
        </message>
        <message>
            <source>One act per row. Duration as 3:30, 3分30秒, 210秒 or 4分钟. Choose the kind from the list. The grey example row is not imported.</source>
            <translation>每行填写一个节目。时长可写作 3:30、3分30秒、210秒 或 4分钟。类型请从下拉列表中选择。灰色的示例行不会被导入。</translation>
        </message>
        <message>
            <source>Choose a kind from the list.</source>
            <translation>请从列表中选择类型。</translation>
        </message>
        <message>
            <source>e.g. 3:30, 3分30秒, 210秒, 4分钟</source>
            <translation>如 3:30、3分30秒、210秒、4分钟</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
    </context>
    <context>
        <name>MusicPack</name>
        <message>
            <source>Playlist</source>
            <translation>播放列表</translation>
        </message>
        <message>
            <source>Track list</source>
            <translation>曲目单</translation>
        </message>
        <message>
            <source>Music for the sound desk</source>
            <translation>音控台曲目单</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>File in the pack</source>
            <translation>音乐包中的文件</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>音乐时长</translation>
        </message>
        <message>
            <source>Act length</source>
            <translation>节目时长</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>MISSING: not in the pack</source>
            <translation>缺失：未放入音乐包</translation>
        </message>
        <message>
            <source>UNREADABLE: not in the pack</source>
            <translation>无法读取：未放入音乐包</translation>
        </message>
        <message>
            <source>{over} longer than the act: fade out</source>
            <translation>比节目长 {over}：需淡出</translation>
        </message>
        <message>
            <source>{gala} music pack</source>
            <translation>{gala} 音乐包</translation>
        </message>
        <message>
            <source>{number:02d} {title}: {file} could not be packed</source>
            <translation>{number:02d} {title}：{file} 无法放入</translation>
        </message>
    </context>
    <context>
        <name>Programme</name>
        <message>
            <source>Move “{title}”</source>
            <translation>移动“{title}”</translation>
        </message>
        <message>
            <source>Add “{title}” to the running order</source>
            <translation>把“{title}”加入节目单</translation>
        </message>
        <message numerus="yes">
            <source>Add %n acts to the running order</source>
            <translation>
                <numerusform>把 %n 个节目加入节目单</numerusform>
            </translation>
        </message>
        <message>
            <source>Take “{title}” out of the order</source>
            <translation>将“{title}”移出节目单</translation>
        </message>
        <message>
            <source>Add “{title}”</source>
            <translation>添加“{title}”</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>编辑“{title}”</translation>
        </message>
        <message>
            <source>Duplicate “{title}”</source>
            <translation>复制“{title}”</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>删除“{title}”</translation>
        </message>
        <message numerus="yes">
            <source>Set status of %n act(s)</source>
            <translation>
                <numerusform>设置 %n 个节目的状态</numerusform>
            </translation>
        </message>
        <message>
            <source>Add section “{name}”</source>
            <translation>添加分段“{name}”</translation>
        </message>
        <message>
            <source>Rename section to “{name}”</source>
            <translation>分段重命名为“{name}”</translation>
        </message>
        <message>
            <source>Remove section “{name}”</source>
            <translation>删除分段“{name}”</translation>
        </message>
        <message>
            <source>Record a rehearsal</source>
            <translation>记录彩排</translation>
        </message>
        <message>
            <source>Use measured durations</source>
            <translation>采用实测时长</translation>
        </message>
        <message>
            <source>Change programme settings</source>
            <translation>修改节目设置</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>开场</translation>
        </message>
        <message>
            <source>Dance</source>
            <translation>舞蹈</translation>
        </message>
        <message>
            <source>Song</source>
            <translation>歌曲</translation>
        </message>
        <message>
            <source>Sketch</source>
            <translation>小品</translation>
        </message>
        <message>
            <source>Stage play</source>
            <translation>话剧</translation>
        </message>
        <message>
            <source>Crosstalk</source>
            <translation>相声</translation>
        </message>
        <message>
            <source>Recitation</source>
            <translation>朗诵</translation>
        </message>
        <message>
            <source>Instrumental</source>
            <translation>器乐</translation>
        </message>
        <message>
            <source>Prize quiz</source>
            <translation>有奖问答</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>颁奖</translation>
        </message>
        <message>
            <source>Host segment</source>
            <translation>主持环节</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>中场休息</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>闭幕</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>已入选</translation>
        </message>
        <message>
            <source>Not selected</source>
            <translation>未入选</translation>
        </message>
        <message>
            <source>Rehearsed</source>
            <translation>已彩排</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已退出</translation>
        </message>
        <message>
            <source>handheld</source>
            <translation>手持</translation>
        </message>
        <message>
            <source>headset</source>
            <translation>头戴</translation>
        </message>
        <message>
            <source>lavalier</source>
            <translation>领夹</translation>
        </message>
        <message>
            <source>on stand</source>
            <translation>立式</translation>
        </message>
        <message>
            <source>First half</source>
            <translation>上半场</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>下半场</translation>
        </message>
        <message>
            <source>First rehearsal</source>
            <translation>第一次彩排</translation>
        </message>
        <message>
            <source>Final rehearsal</source>
            <translation>最终彩排</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>节目名称</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Changeover</source>
            <translation>换场时间</translation>
        </message>
        <message>
            <source>Default changeover</source>
            <translation>默认换场时间</translation>
        </message>
        <message>
            <source>Measured time</source>
            <translation>实测时长</translation>
        </message>
        <message>
            <source>Fixed start</source>
            <translation>固定开始时间</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>话筒</translation>
        </message>
        <message>
            <source>Section name</source>
            <translation>分段名称</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a length of time. Accepted formats: {formats}.</source>
            <translation>{field}：“{value}”不是有效的时长。可以这样填写：{formats}。</translation>
        </message>
        <message>
            <source>{field}: the length must be more than zero and at most six hours (a changeover at most one hour).</source>
            <translation>{field}：时长须大于零、不超过六小时（换场时间不超过一小时）。</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a time of day; type it as 21:00.</source>
            <translation>{field}：“{value}”不是有效的时刻，请按 21:00 的格式填写。</translation>
        </message>
        <message>
            <source>{field} is too long.</source>
            <translation>{field}太长。</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field}不能为空。</translation>
        </message>
        <message>
            <source>{field}: the number is out of range.</source>
            <translation>{field}：数值超出范围。</translation>
        </message>
        <message>
            <source>{performer} performs in “{first}” and right after in “{second}”: no time to change.</source>
            <translation>{performer}同时出演“{first}”和紧随其后的“{second}”，来不及换装。</translation>
        </message>
        <message>
            <source>“{title}” is in the running order but is “{status}”.</source>
            <translation>“{title}”已排入节目单，但状态为“{status}”。</translation>
        </message>
        <message>
            <source>“{title}” was withdrawn but is still in the running order.</source>
            <translation>“{title}”已退出，却仍在节目单中。</translation>
        </message>
        <message>
            <source>“{title}” has no contact person.</source>
            <translation>“{title}”没有联系人。</translation>
        </message>
        <message>
            <source>The programme runs {minutes} min, shorter than the planned {min}–{max} min.</source>
            <translation>节目总时长 {minutes} 分钟，短于计划的 {min}–{max} 分钟。</translation>
        </message>
        <message>
            <source>The programme runs {minutes} min, longer than the planned {min}–{max} min.</source>
            <translation>节目总时长 {minutes} 分钟，超过计划的 {min}–{max} 分钟。</translation>
        </message>
        <message>
            <source>“{title}” is fixed at {fixed}, but the act before it is still on for {minutes} min.</source>
            <translation>“{title}”固定在 {fixed} 开始，但前一个节目还要再演 {minutes} 分钟。</translation>
        </message>
        <message>
            <source>The host link before “{title}” has no host to speak it.</source>
            <translation>“{title}”前的串词还没有指定主持人。</translation>
        </message>
        <message>
            <source>“{first}” and “{second}” follow each other and need {needed} {kind} microphones; the gala has {available}.</source>
            <translation>“{first}”与“{second}”前后相连，共需 {needed} 支{kind}话筒，晚会只有 {available} 支。</translation>
        </message>
        <message>
            <source>“{title}” lasts only {length}; were {seconds} minutes meant ({clock} means {seconds} minutes in Ontime)?</source>
            <translation>“{title}”只有 {length}；是否本应是 {seconds} 分钟（在 Ontime 中 {clock} 表示 {seconds} 分钟）？</translation>
        </message>
        <message>
            <source>“{title}” lasts {length}, longer than an hour.</source>
            <translation>“{title}”长达 {length}，超过一小时。</translation>
        </message>
        <message>
            <source>The track of “{title}” is missing: {file}</source>
            <translation>“{title}”的音乐文件不存在：{file}</translation>
        </message>
        <message>
            <source>The track of “{title}” cannot be read as audio: {file}</source>
            <translation>“{title}”的音乐文件无法作为音频读取：{file}</translation>
        </message>
        <message>
            <source>The track of “{title}” plays {track}, longer than the act's {act}.</source>
            <translation>“{title}”的音乐时长 {track}，超过节目时长 {act}。</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” needs %n microphone(s); the gala has {available}.</source>
            <translation>
                <numerusform>“{title}”需要 %n 支话筒，晚会只有 {available} 支。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>New act…</source>
            <translation>新建节目…</translation>
        </message>
        <message>
            <source>Edit act…</source>
            <translation>编辑节目…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制节目</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
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
            <source>Move to position…</source>
            <translation>移到第几位…</translation>
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
            <source>Add a section…</source>
            <translation>添加分段…</translation>
        </message>
        <message>
            <source>Rename this act's section…</source>
            <translation>重命名所在分段…</translation>
        </message>
        <message>
            <source>Remove this act's section</source>
            <translation>删除所在分段</translation>
        </message>
        <message>
            <source>Record rehearsal…</source>
            <translation>记录彩排…</translation>
        </message>
        <message>
            <source>Use measured durations</source>
            <translation>采用实测时长</translation>
        </message>
        <message>
            <source>Planned vs measured</source>
            <translation>计划与实测对比</translation>
        </message>
        <message>
            <source>Programme settings…</source>
            <translation>节目设置…</translation>
        </message>
        <message>
            <source>← Add selected to order</source>
            <translation>← 加入节目单</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>分段</translation>
        </message>
        <message>
            <source>Take out →</source>
            <translation>移出 →</translation>
        </message>
        <message>
            <source>Move to position</source>
            <translation>移到第几位</translation>
        </message>
        <message>
            <source>New position of “{title}” (1–{n}):</source>
            <translation>“{title}”的新位置（1–{n}）：</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title}（副本）</translation>
        </message>
        <message>
            <source>Move to section</source>
            <translation>移到分段</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>设置状态</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>添加分段</translation>
        </message>
        <message>
            <source>Name of the section:</source>
            <translation>分段名称：</translation>
        </message>
        <message>
            <source>Rename section</source>
            <translation>重命名分段</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Export act submission form (Excel or paper)…</source>
            <translation>导出节目报名表（Excel 或纸质）…</translation>
        </message>
        <message>
            <source>Import acts from Excel…</source>
            <translation>从 Excel 导入节目…</translation>
        </message>
        <message>
            <source>Print / Export run-sheet (PDF)…</source>
            <translation>打印 / 导出流程单（PDF）…</translation>
        </message>
        <message>
            <source>Export music pack (for the sound desk)…</source>
            <translation>导出音乐包（给音控台）…</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Export act submission form</source>
            <translation>导出节目报名表</translation>
        </message>
        <message>
            <source>act submission form</source>
            <translation>节目报名表</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>Paper form to print, one act per page</source>
            <translation>纸质报名表，每页一个节目</translation>
        </message>
        <message>
            <source>Where to put the music pack</source>
            <translation>音乐包放在哪里</translation>
        </message>
        <message>
            <source>The music pack is written to {folder}, but these tracks could not come:</source>
            <translation>音乐包已写入 {folder}，但以下音乐无法放入：</translation>
        </message>
        <message>
            <source>Submitted, not in the running order</source>
            <translation>已报名、未排入节目单</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeSettingsDialog</name>
        <message>
            <source>Programme settings</source>
            <translation>节目设置</translation>
        </message>
        <message>
            <source>The gala records how many microphones it has</source>
            <translation>登记晚会可用的话筒数量</translation>
        </message>
        <message>
            <source>Default changeover after each act</source>
            <translation>每个节目之后的默认换场时间</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>话筒</translation>
        </message>
    </context>
    <context>
        <name>RehearsalDialog</name>
        <message>
            <source>Record a rehearsal</source>
            <translation>记录彩排</translation>
        </message>
        <message>
            <source>Type each measured time as 3:30, 3分30秒 or 210秒; leave empty for acts that were not timed.</source>
            <translation>按 3:30、3分30秒 或 210秒 填写每个节目的实测时长；未计时的节目留空。</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>彩排</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>RunningOrderTableModel</name>
        <message>
            <source>#</source>
            <translation>序</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>分段</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>表演者</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>实测</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差值</translation>
        </message>
        <message>
            <source>Changeover</source>
            <translation>换场</translation>
        </message>
        <message>
            <source>Fixed start</source>
            <translation>固定开始</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{time} (overlap {m} min)</source>
            <translation>{time}（重叠 {m} 分钟）</translation>
        </message>
        <message>
            <source>{time} (gap {m} min)</source>
            <translation>{time}（空档 {m} 分钟）</translation>
        </message>
        <message>
            <source>The gala's default changeover (leave empty to keep it)</source>
            <translation>晚会默认换场时间（留空即沿用）</translation>
        </message>
        <message>
            <source>Type e.g. 3:30, 3分30秒, 210秒 or 3.5分钟</source>
            <translation>可填写 3:30、3分30秒、210秒 或 3.5分钟</translation>
        </message>
        <message>
            <source>A fixed start such as 21:00; empty: follows the act before</source>
            <translation>固定开始时间，如 21:00；留空则紧接上一个节目</translation>
        </message>
    </context>
    <context>
        <name>Runsheet</name>
        <message>
            <source>Run-sheet</source>
            <translation>流程单</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>节目单</translation>
        </message>
        <message>
            <source>Host script</source>
            <translation>主持稿</translation>
        </message>
        <message>
            <source>Backstage call sheet</source>
            <translation>后台候场表</translation>
        </message>
        <message>
            <source>Technical sheet</source>
            <translation>技术单</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>表演者</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Mics / props / music</source>
            <translation>话筒 / 道具 / 音乐</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Make-up by</source>
            <translation>化妆截止</translation>
        </message>
        <message>
            <source>Stand by</source>
            <translation>候场</translation>
        </message>
        <message>
            <source>On stage</source>
            <translation>上场</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>话筒</translation>
        </message>
        <message>
            <source>Music file</source>
            <translation>音乐文件</translation>
        </message>
        <message>
            <source>Lighting</source>
            <translation>灯光</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>音响</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>道具</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>planned length {planned}: {difference}</source>
            <translation>计划时长 {planned}：{difference}</translation>
        </message>
        <message>
            <source>Start {time} · planned length {minutes} min</source>
            <translation>{time} 开始 · 计划时长 {minutes} 分钟</translation>
        </message>
        <message>
            <source>fixed at {time}</source>
            <translation>固定于 {time}</translation>
        </message>
        <message>
            <source>{m} min gap before</source>
            <translation>之前空档 {m} 分钟</translation>
        </message>
        <message>
            <source>overlaps {m} min!</source>
            <translation>重叠 {m} 分钟！</translation>
        </message>
        <message>
            <source>Scan for the live programme (on the hall's Wi-Fi): see what is on stage and what is next</source>
            <translation>连接会场 Wi-Fi 扫码查看实时节目单：正在演出什么、下一个是什么</translation>
        </message>
        <message>
            <source>{n} × {kind}</source>
            <translation>{kind} × {n}</translation>
        </message>
        <message>
            <source>(no host link)</source>
            <translation>（无串词）</translation>
        </message>
        <message>
            <source>introduces “{title}”</source>
            <translation>引出“{title}”</translation>
        </message>
        <message>
            <source>Host: {name}</source>
            <translation>主持人：{name}</translation>
        </message>
        <message>
            <source>before the start</source>
            <translation>开演前</translation>
        </message>
        <message>
            <source>Thank you for coming!</source>
            <translation>感谢您的光临！</translation>
        </message>
        <message>
            <source>With thanks to our sponsors</source>
            <translation>鸣谢赞助单位</translation>
        </message>
        <message numerus="yes">
            <source>Planned end {end} · running time {total} · %n item(s)</source>
            <translation>
                <numerusform>预计结束 {end} · 节目总时长 {total} · 共 %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunsheetDialog</name>
        <message>
            <source>Print / Export PDF</source>
            <translation>打印 / 导出 PDF</translation>
        </message>
        <message>
            <source>Automatic (best Chinese font found)</source>
            <translation>自动（选用找到的最佳中文字体）</translation>
        </message>
        <message>
            <source>Open the PDF when it is written</source>
            <translation>导出后打开 PDF</translation>
        </message>
        <message>
            <source>The font is embedded in the PDF, so it prints the same on any computer. Without a Chinese font the PDF falls back to a built-in one and says so on its first page.</source>
            <translation>字体会嵌入 PDF，在任何电脑上打印效果都一样。找不到中文字体时，PDF 改用内置字体，并在第一页注明。</translation>
        </message>
        <message>
            <source>Run-sheet</source>
            <translation>流程单类型</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>中文字体</translation>
        </message>
        <message>
            <source>Export run-sheet</source>
            <translation>导出流程单</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>TimingEntryTableModel</name>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>实测</translation>
        </message>
    </context>
    <context>
        <name>TotalsBar</name>
        <message>
            <source>The running order is empty.</source>
            <translation>节目单还是空的。</translation>
        </message>
        <message numerus="yes">
            <source>Start {start} · planned end {end} · %n item(s) · running time {total}</source>
            <translation>
                <numerusform>开始 {start} · 预计结束 {end} · 共 %n 项 · 节目总时长 {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Over: {m} min longer than the longest {max} min</source>
            <translation>超时：比最长 {max} 分钟多 {m} 分钟</translation>
        </message>
        <message>
            <source>Under: {m} min shorter than the shortest {min} min</source>
            <translation>偏短：比最短 {min} 分钟少 {m} 分钟</translation>
        </message>
        <message>
            <source>Within {min}–{max} min: {m} min over the planned {planned}</source>
            <translation>在 {min}–{max} 分钟内：比计划 {planned} 分钟多 {m} 分钟</translation>
        </message>
        <message>
            <source>Within {min}–{max} min: {m} min under the planned {planned}</source>
            <translation>在 {min}–{max} 分钟内：比计划 {planned} 分钟少 {m} 分钟</translation>
        </message>
        <message>
            <source>Within {min}–{max} min: exactly the planned {planned}</source>
            <translation>在 {min}–{max} 分钟内：正好是计划的 {planned} 分钟</translation>
        </message>
    </context>
    <context>
        <name>UnorderedActsModel</name>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
    </context>
</TS>
