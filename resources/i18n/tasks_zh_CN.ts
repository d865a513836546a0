<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <translation>标题太长(最多 200 个字符)。</translation>
        </message>
        <message>
            <source>A checklist step is too long (300 characters at most).</source>
            <translation>清单步骤太长(最多 300 个字符)。</translation>
        </message>
        <message>
            <source>A due date is either a fixed date or relative to the gala date, not both.</source>
            <translation>截止日期要么是固定日期,要么相对于晚会日期,不能两者都有。</translation>
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
            <source>Task “{title}” was due today ({due}).</source>
            <translation>任务“{title}”今天({due})到期。</translation>
        </message>
        <message numerus="yes">
            <source>Task “{title}” is overdue by %n day(s) (due {due}).</source>
            <translation>
                <numerusform>任务“{title}”已逾期 %n 天(截止 {due})。</numerusform>
            </translation>
        </message>
        <message>
            <source>Task “{title}” has nobody in charge.</source>
            <translation>任务“{title}”没有负责人。</translation>
        </message>
    </context>
</TS>
