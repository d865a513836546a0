<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>No due date</translation>
        </message>
        <message>
            <source>Relative to the gala date</source>
            <translation>Relative to the gala date</translation>
        </message>
        <message>
            <source>On a fixed date</source>
            <translation>On a fixed date</translation>
        </message>
        <message>
            <source>days from the gala date (negative: before it)</source>
            <translation>days from the gala date (negative: before it)</translation>
        </message>
        <message>
            <source>At a time of day</source>
            <translation>At a time of day</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>New step</translation>
        </message>
    </context>
    <context>
        <name>TaskExport</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>No Chinese font was found: the PDF uses a built-in font that some viewers may not show.</source>
            <translation>No Chinese font was found: the PDF uses a built-in font that some viewers may not show.</translation>
        </message>
        <message>
            <source>Task list</source>
            <translation>Task list</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Overdue:</source>
            <translation>Overdue:</translation>
        </message>
        <message>
            <source>{total} tasks, {done} done, {late} overdue</source>
            <translation>{total} tasks, {done} done, {late} overdue</translation>
        </message>
        <message>
            <source>This gala has no tasks yet.</source>
            <translation>This gala has no tasks yet.</translation>
        </message>
        <message>
            <source>In charge: {who}</source>
            <translation>In charge: {who}</translation>
        </message>
        <message>
            <source>{gala} · tasks</source>
            <translation>{gala} · tasks</translation>
        </message>
        <message>
            <source>Cannot write “{suffix}” files: use .xlsx, .pdf or .ics.</source>
            <translation>Cannot write “{suffix}” files: use .xlsx, .pdf or .ics.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Before anything</source>
            <translation>Before anything</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coordination</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <source>Gala day</source>
            <translation>Gala day</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Afterwards</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>Doing</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>A task needs a title.</source>
            <translation>A task needs a title.</translation>
        </message>
        <message>
            <source>The title is too long (200 characters at most).</source>
            <translation>The title is too long (200 characters at most).</translation>
        </message>
        <message>
            <source>A checklist step is too long (300 characters at most).</source>
            <translation>A checklist step is too long (300 characters at most).</translation>
        </message>
        <message>
            <source>A due date is either a fixed date or relative to the gala date, not both.</source>
            <translation>A due date is either a fixed date or relative to the gala date, not both.</translation>
        </message>
        <message>
            <source>A relative due date must lie within a year of the gala.</source>
            <translation>A relative due date must lie within a year of the gala.</translation>
        </message>
        <message>
            <source>A time of day needs a due date.</source>
            <translation>A time of day needs a due date.</translation>
        </message>
        <message>
            <source>Tasks can be exported as .xlsx, .pdf or .ics files only.</source>
            <translation>Tasks can be exported as .xlsx, .pdf or .ics files only.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before the gala</source>
            <translation>
                <numerusform>%n day before the gala</numerusform>
                <numerusform>%n days before the gala</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) after the gala</source>
            <translation>
                <numerusform>%n day after the gala</numerusform>
                <numerusform>%n days after the gala</numerusform>
            </translation>
        </message>
        <message>
            <source>gala day</source>
            <translation>gala day</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>No due date</translation>
        </message>
        <message>
            <source>Overdue: {due}</source>
            <translation>Overdue: {due}</translation>
        </message>
        <message>
            <source>Task “{title}” was due today ({due}).</source>
            <translation>Task “{title}” was due today ({due}).</translation>
        </message>
        <message numerus="yes">
            <source>Task “{title}” is overdue by %n day(s) (due {due}).</source>
            <translation>
                <numerusform>Task “{title}” is overdue by %n day (due {due}).</numerusform>
                <numerusform>Task “{title}” is overdue by %n days (due {due}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Task “{title}” has nobody in charge.</source>
            <translation>Task “{title}” has nobody in charge.</translation>
        </message>
        <message>
            <source>Add task “{title}”</source>
            <translation>Add task “{title}”</translation>
        </message>
        <message>
            <source>Edit task “{title}”</source>
            <translation>Edit task “{title}”</translation>
        </message>
        <message>
            <source>Remove task “{title}”</source>
            <translation>Remove task “{title}”</translation>
        </message>
        <message>
            <source>Move task “{title}”</source>
            <translation>Move task “{title}”</translation>
        </message>
        <message>
            <source>Add the plan's tasks</source>
            <translation>Add the plan's tasks</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Add task…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add the plan's tasks</source>
            <translation>Add the plan's tasks</translation>
        </message>
        <message>
            <source>Adds every task of the standard plan that this gala does not have yet.</source>
            <translation>Adds every task of the standard plan that this gala does not have yet.</translation>
        </message>
        <message>
            <source>Columns:</source>
            <translation>Columns:</translation>
        </message>
        <message>
            <source>By phase</source>
            <translation>By phase</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>By status</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Gala</source>
            <translation>Gala</translation>
        </message>
        <message>
            <source>Export tasks…</source>
            <translation>Export tasks…</translation>
        </message>
        <message>
            <source>{total} tasks, {done} done, {late} overdue</source>
            <translation>{total} tasks, {done} done, {late} overdue</translation>
        </message>
        <message>
            <source>Export tasks</source>
            <translation>Export tasks</translation>
        </message>
        <message>
            <source>tasks.xlsx</source>
            <translation>tasks.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;PDF (*.pdf);;Calendar (*.ics)</source>
            <translation>Excel workbook (*.xlsx);;PDF (*.pdf);;Calendar (*.ics)</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) of the plan added.</source>
            <translation>
                <numerusform>%n task of the plan added.</numerusform>
                <numerusform>%n tasks of the plan added.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to phase</source>
            <translation>Move to phase</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
    </context>
</TS>
