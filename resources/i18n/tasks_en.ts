<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>NewGalaDialog</name>
        <message>
            <source>New gala from this one</source>
            <translation>New gala from this one</translation>
        </message>
        <message>
            <source>{name} (next)</source>
            <translation>{name} (next)</translation>
        </message>
        <message>
            <source>new-gala.gala</source>
            <translation>new-gala.gala</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Copied: departments, people and their roles, posts and shifts, the supply list (statuses back to planned), contingency plans and the tasks (back to to-do; dates relative to the gala follow the new date).
Not copied: acts, rehearsals, staffing assignments, the show log and the review.</source>
            <translation>Copied: departments, people and their roles, posts and shifts, the supply list (statuses back to planned), contingency plans and the tasks (back to to-do; dates relative to the gala follow the new date).
Not copied: acts, rehearsals, staffing assignments, the show log and the review.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Gala files (*.gala)</source>
            <translation>Gala files (*.gala)</translation>
        </message>
        <message>
            <source>The new gala needs a name.</source>
            <translation>The new gala needs a name.</translation>
        </message>
        <message>
            <source>Choose where to save the new gala.</source>
            <translation>Choose where to save the new gala.</translation>
        </message>
        <message>
            <source>{path} exists already; choose another name.</source>
            <translation>{path} exists already; choose another name.</translation>
        </message>
    </context>
    <context>
        <name>ReadinessWidget</name>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Overdue tasks</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Next deadlines</translation>
        </message>
        <message>
            <source>Acts confirmed</source>
            <translation>Acts confirmed</translation>
        </message>
        <message>
            <source>Supplies in hand</source>
            <translation>Supplies in hand</translation>
        </message>
        <message>
            <source>Posts staffed</source>
            <translation>Posts staffed</translation>
        </message>
        <message>
            <source>Budget used</source>
            <translation>Budget used</translation>
        </message>
        <message>
            <source>Tasks: {phase}</source>
            <translation>Tasks: {phase}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} of {total}</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>no supply list</source>
            <translation>no supply list</translation>
        </message>
        <message>
            <source>{cost}, no budget set</source>
            <translation>{cost}, no budget set</translation>
        </message>
        <message>
            <source>{cost} of {available}</source>
            <translation>{cost} of {available}</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <source>Spend vs budget</source>
            <translation>Spend vs budget</translation>
        </message>
        <message>
            <source>no supply list</source>
            <translation>no supply list</translation>
        </message>
        <message>
            <source>no budget set</source>
            <translation>no budget set</translation>
        </message>
        <message>
            <source>{cost} planned and bought ({spent} paid) of {budget}</source>
            <translation>{cost} planned and bought ({spent} paid) of {budget}</translation>
        </message>
        <message>
            <source>(over budget)</source>
            <translation>(over budget)</translation>
        </message>
        <message>
            <source>no show log; planned {planned}</source>
            <translation>no show log; planned {planned}</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>as planned</translation>
        </message>
        <message numerus="yes">
            <source>%n min over</source>
            <translation>
                <numerusform>%n min over</numerusform>
                <numerusform>%n min over</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min under</source>
            <translation>
                <numerusform>%n min under</numerusform>
                <numerusform>%n min under</numerusform>
            </translation>
        </message>
        <message>
            <source>{run} of {planned} planned ({diff})</source>
            <translation>{run} of {planned} planned ({diff})</translation>
        </message>
        <message>
            <source>Run time vs plan</source>
            <translation>Run time vs plan</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>Tasks done</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} of {total}</translation>
        </message>
        <message>
            <source>Review of the gala</source>
            <translation>Review of the gala</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Effect analysis</source>
            <translation>Effect analysis</translation>
        </message>
        <message>
            <source>Incidents of the night</source>
            <translation>Incidents of the night</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Began</source>
            <translation>Began</translation>
        </message>
        <message>
            <source>Lasted</source>
            <translation>Lasted</translation>
        </message>
        <message>
            <source>No incident was logged.</source>
            <translation>No incident was logged.</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <source>Went well</source>
            <translation>Went well</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>To improve</translation>
        </message>
        <message>
            <source>(not written yet)</source>
            <translation>(not written yet)</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>still open</translation>
        </message>
    </context>
    <context>
        <name>ReviewWidget</name>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>The gala as a whole</source>
            <translation>The gala as a whole</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source> people</source>
            <translation> people</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Effect analysis</source>
            <translation>Effect analysis</translation>
        </message>
        <message>
            <source>Went well</source>
            <translation>Went well</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>To improve</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save department review</source>
            <translation>Save department review</translation>
        </message>
        <message>
            <source>Edit the review</source>
            <translation>Edit the review</translation>
        </message>
        <message>
            <source>Edit a department's review</source>
            <translation>Edit a department's review</translation>
        </message>
    </context>
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
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
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
        <name>TaskListModel</name>
        <message>
            <source>Task</source>
            <translation>Task</translation>
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
        <message numerus="yes">
            <source>%n task(s), {done} done, {late} overdue</source>
            <translation>
                <numerusform>%n task, {done} done, {late} overdue</numerusform>
                <numerusform>%n tasks, {done} done, {late} overdue</numerusform>
            </translation>
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
            <source>No tasks here yet. “Add the plan's tasks” starts from the standard plan of the six phases; “Add task” adds one of your own.</source>
            <translation>No tasks here yet. “Add the plan's tasks” starts from the standard plan of the six phases; “Add task” adds one of your own.</translation>
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
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Every task of the plan is in this gala already: nothing was added.</source>
            <translation>Every task of the plan is in this gala already: nothing was added.</translation>
        </message>
        <message>
            <source>Show “{name}”</source>
            <translation>Show “{name}”</translation>
        </message>
        <message>
            <source>Export review (PDF)…</source>
            <translation>Export review (PDF)…</translation>
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
            <source>New gala from this one…</source>
            <translation>New gala from this one…</translation>
        </message>
        <message>
            <source>Export tasks</source>
            <translation>Export tasks</translation>
        </message>
        <message>
            <source>task list</source>
            <translation>task list</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <source>Export review</source>
            <translation>Export review</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The new gala was saved as {path}. Open it now?</source>
            <translation>The new gala was saved as {path}. Open it now?</translation>
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
