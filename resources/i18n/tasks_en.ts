<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    </context>
</TS>
