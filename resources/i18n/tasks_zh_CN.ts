<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>NewGalaDialog</name>
        <message>
            <source>New gala from this one</source>
            <translation>以本晚会为模板新建晚会</translation>
        </message>
        <message>
            <source>{name} (next)</source>
            <translation>{name}（下一届）</translation>
        </message>
        <message>
            <source>new-gala.gala</source>
            <translation>新晚会.gala</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Copied: departments, people and their roles, posts and shifts, the supply list (statuses back to planned), contingency plans and the tasks (back to to-do; dates relative to the gala follow the new date).
Not copied: acts, rehearsals, staffing assignments, the show log and the review.</source>
            <translation>将复制：部门、人员及其角色、岗位和班次、物品清单（状态恢复为计划中）、应急方案以及任务（恢复为待办；相对晚会日期的截止日期随新日期调整）。
不复制：节目、彩排、岗位人员安排、演出记录和活动总结。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Gala files (*.gala)</source>
            <translation>晚会文件 (*.gala)</translation>
        </message>
        <message>
            <source>The new gala needs a name.</source>
            <translation>新晚会需要一个名称。</translation>
        </message>
        <message>
            <source>Choose where to save the new gala.</source>
            <translation>请选择新晚会的保存位置。</translation>
        </message>
        <message>
            <source>{path} exists already; choose another name.</source>
            <translation>{path} 已存在，请换一个文件名。</translation>
        </message>
    </context>
    <context>
        <name>ReadinessWidget</name>
        <message>
            <source>Readiness</source>
            <translation>筹备进度</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>逾期任务</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>接下来的截止任务</translation>
        </message>
        <message>
            <source>Acts confirmed</source>
            <translation>已确认节目</translation>
        </message>
        <message>
            <source>Supplies in hand</source>
            <translation>物品到位</translation>
        </message>
        <message>
            <source>Posts staffed</source>
            <translation>岗位到人</translation>
        </message>
        <message>
            <source>Budget used</source>
            <translation>预算使用</translation>
        </message>
        <message>
            <source>Tasks: {phase}</source>
            <translation>任务：{phase}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <source>no supply list</source>
            <translation>无物品清单</translation>
        </message>
        <message>
            <source>{cost}, no budget set</source>
            <translation>{cost}，未设预算</translation>
        </message>
        <message>
            <source>{cost} of {available}</source>
            <translation>{cost} / {available}</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>观众人数</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Spend vs budget</source>
            <translation>支出与预算</translation>
        </message>
        <message>
            <source>no supply list</source>
            <translation>无物品清单</translation>
        </message>
        <message>
            <source>no budget set</source>
            <translation>未设预算</translation>
        </message>
        <message>
            <source>{cost} planned and bought ({spent} paid) of {budget}</source>
            <translation>计划及已购 {cost}（已支付 {spent}），预算 {budget}</translation>
        </message>
        <message>
            <source>(over budget)</source>
            <translation>（超出预算）</translation>
        </message>
        <message>
            <source>no show log; planned {planned}</source>
            <translation>无演出记录；计划时长 {planned}</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>与计划一致</translation>
        </message>
        <message numerus="yes">
            <source>%n min over</source>
            <translation>
                <numerusform>超出 %n 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min under</source>
            <translation>
                <numerusform>提前 %n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>{run} of {planned} planned ({diff})</source>
            <translation>实际 {run}，计划 {planned}（{diff}）</translation>
        </message>
        <message>
            <source>Run time vs plan</source>
            <translation>实际时长与计划</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>突发事件</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>已完成任务</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>Review of the gala</source>
            <translation>活动总结与效果分析</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>活动总结</translation>
        </message>
        <message>
            <source>Effect analysis</source>
            <translation>效果分析</translation>
        </message>
        <message>
            <source>Incidents of the night</source>
            <translation>当晚突发事件</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Began</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Lasted</source>
            <translation>持续</translation>
        </message>
        <message>
            <source>No incident was logged.</source>
            <translation>未记录任何突发事件。</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>各部门总结</translation>
        </message>
        <message>
            <source>Went well</source>
            <translation>做得好的</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>待改进</translation>
        </message>
        <message>
            <source>(not written yet)</source>
            <translation>（尚未填写）</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>颁奖结果</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>获奖节目</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>尚未解决</translation>
        </message>
    </context>
    <context>
        <name>ReviewWidget</name>
        <message>
            <source>Figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>The gala as a whole</source>
            <translation>晚会整体</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>各部门总结</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source> people</source>
            <translation> 人</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>观众人数</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>活动总结</translation>
        </message>
        <message>
            <source>Effect analysis</source>
            <translation>效果分析</translation>
        </message>
        <message>
            <source>Went well</source>
            <translation>做得好的</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>待改进</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save department review</source>
            <translation>保存部门总结</translation>
        </message>
        <message>
            <source>Edit the review</source>
            <translation>编辑活动总结</translation>
        </message>
        <message>
            <source>Edit a department's review</source>
            <translation>编辑部门总结</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Task</source>
            <translation>任务</translation>
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
            <source>No due date</source>
            <translation>无截止日期</translation>
        </message>
        <message>
            <source>Relative to the gala date</source>
            <translation>相对晚会日期</translation>
        </message>
        <message>
            <source>On a fixed date</source>
            <translation>固定日期</translation>
        </message>
        <message>
            <source>days from the gala date (negative: before it)</source>
            <translation>天（相对晚会日期，负数表示之前）</translation>
        </message>
        <message>
            <source>At a time of day</source>
            <translation>指定时刻</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>删除步骤</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>清单</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>应急方案</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>新步骤</translation>
        </message>
    </context>
    <context>
        <name>TaskExport</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>Task list</source>
            <translation>任务清单</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>When</source>
            <translation>截止说明</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Overdue:</source>
            <translation>逾期：</translation>
        </message>
        <message>
            <source>This gala has no tasks yet.</source>
            <translation>本晚会还没有任务。</translation>
        </message>
        <message>
            <source>In charge: {who}</source>
            <translation>负责人：{who}</translation>
        </message>
        <message>
            <source>{gala} · tasks</source>
            <translation>{gala} · 任务</translation>
        </message>
        <message>
            <source>Cannot write “{suffix}” files: use .xlsx, .pdf or .ics.</source>
            <translation>无法写入“{suffix}”文件：请使用 .xlsx、.pdf 或 .ics。</translation>
        </message>
    </context>
    <context>
        <name>TaskListModel</name>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Before anything</source>
            <translation>会前工作</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>策划及准备期</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>协调及进展期</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>倒计时期</translation>
        </message>
        <message>
            <source>Gala day</source>
            <translation>晚会当天</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>后期工作</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>A task needs a title.</source>
            <translation>任务需要填写标题。</translation>
        </message>
        <message>
            <source>The title is too long (200 characters at most).</source>
            <translation>标题太长（最多 200 个字符）。</translation>
        </message>
        <message>
            <source>A checklist step is too long (300 characters at most).</source>
            <translation>清单步骤太长（最多 300 个字符）。</translation>
        </message>
        <message>
            <source>A due date is either a fixed date or relative to the gala date, not both.</source>
            <translation>截止日期要么是固定日期，要么相对于晚会日期，不能两者都有。</translation>
        </message>
        <message>
            <source>A relative due date must lie within a year of the gala.</source>
            <translation>相对截止日期必须在晚会前后一年之内。</translation>
        </message>
        <message>
            <source>A time of day needs a due date.</source>
            <translation>设定时刻前需要先设定截止日期。</translation>
        </message>
        <message>
            <source>Tasks can be exported as .xlsx, .pdf or .ics files only.</source>
            <translation>任务只能导出为 .xlsx、.pdf 或 .ics 文件。</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before the gala</source>
            <translation>
                <numerusform>晚会前 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) after the gala</source>
            <translation>
                <numerusform>晚会后 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>gala day</source>
            <translation>晚会当天</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s), {done} done, {late} overdue</source>
            <translation>
                <numerusform>共 %n 项任务，已完成 {done} 项，逾期 {late} 项</numerusform>
            </translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>无截止日期</translation>
        </message>
        <message>
            <source>Overdue: {due}</source>
            <translation>逾期：{due}</translation>
        </message>
        <message>
            <source>Task “{title}” was due today ({due}).</source>
            <translation>任务“{title}”今天（{due}）到期。</translation>
        </message>
        <message numerus="yes">
            <source>Task “{title}” is overdue by %n day(s) (due {due}).</source>
            <translation>
                <numerusform>任务“{title}”已逾期 %n 天（截止 {due}）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Task “{title}” has nobody in charge.</source>
            <translation>任务“{title}”没有负责人。</translation>
        </message>
        <message>
            <source>Add task “{title}”</source>
            <translation>添加任务“{title}”</translation>
        </message>
        <message>
            <source>Edit task “{title}”</source>
            <translation>编辑任务“{title}”</translation>
        </message>
        <message>
            <source>Remove task “{title}”</source>
            <translation>删除任务“{title}”</translation>
        </message>
        <message>
            <source>Move task “{title}”</source>
            <translation>移动任务“{title}”</translation>
        </message>
        <message>
            <source>Add the plan's tasks</source>
            <translation>添加方案中的任务</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Add task…</source>
            <translation>添加任务…</translation>
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
            <source>Add the plan's tasks</source>
            <translation>添加方案中的任务</translation>
        </message>
        <message>
            <source>Adds every task of the standard plan that this gala does not have yet.</source>
            <translation>添加标准晚会方案中本晚会尚未有的全部任务。</translation>
        </message>
        <message>
            <source>Columns:</source>
            <translation>分栏：</translation>
        </message>
        <message>
            <source>By phase</source>
            <translation>按阶段</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>按状态</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <source>No tasks here yet. “Add the plan's tasks” starts from the standard plan of the six phases; “Add task” adds one of your own.</source>
            <translation>这里还没有任务。“添加方案中的任务”会按标准方案的六个阶段添加任务；“添加任务”可添加自己的任务。</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>活动总结</translation>
        </message>
        <message>
            <source>Every task of the plan is in this gala already: nothing was added.</source>
            <translation>方案中的任务已全部在本晚会中，未添加新任务。</translation>
        </message>
        <message>
            <source>Show “{name}”</source>
            <translation>查看“{name}”</translation>
        </message>
        <message>
            <source>Export review (PDF)…</source>
            <translation>导出活动总结（PDF）…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Gala</source>
            <translation>晚会</translation>
        </message>
        <message>
            <source>Export tasks…</source>
            <translation>导出任务…</translation>
        </message>
        <message>
            <source>New gala from this one…</source>
            <translation>以本晚会为模板新建…</translation>
        </message>
        <message>
            <source>Export tasks</source>
            <translation>导出任务</translation>
        </message>
        <message>
            <source>task list</source>
            <translation>任务清单</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <source>review</source>
            <translation>活动总结</translation>
        </message>
        <message>
            <source>Export review</source>
            <translation>导出活动总结</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The new gala was saved as {path}. Open it now?</source>
            <translation>新晚会已保存为 {path}。现在打开吗？</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) of the plan added.</source>
            <translation>
                <numerusform>已添加方案中的 %n 项任务。</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to phase</source>
            <translation>移到阶段</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>设置状态</translation>
        </message>
    </context>
</TS>
