<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ActDialog</name>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Stage needs</source>
            <translation>Stage needs</translation>
        </message>
        <message>
            <source>Host and notes</source>
            <translation>Host and notes</translation>
        </message>
        <message>
            <source>(name and phone below)</source>
            <translation>(name and phone below)</translation>
        </message>
        <message>
            <source>empty: the gala's default</source>
            <translation>empty: the gala's default</translation>
        </message>
        <message>
            <source>Fixed start at</source>
            <translation>Fixed start at</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>Performers</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Head count</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Submitted by</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Contact name</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Add to the running order (status: selected)</source>
            <translation>Add to the running order (status: selected)</translation>
        </message>
        <message>
            <source>Changeover after it</source>
            <translation>Changeover after it</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Microphones</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>Props</translation>
        </message>
        <message>
            <source>Music file</source>
            <translation>Music file</translation>
        </message>
        <message>
            <source>Lighting notes</source>
            <translation>Lighting notes</translation>
        </message>
        <message>
            <source>Sound notes</source>
            <translation>Sound notes</translation>
        </message>
        <message>
            <source>(no host)</source>
            <translation>(no host)</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Host link before it</source>
            <translation>Host link before it</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ActImport</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>Performers</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Head count</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Submitted by</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Microphones</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>Props</translation>
        </message>
        <message>
            <source>Music file</source>
            <translation>Music file</translation>
        </message>
        <message>
            <source>Lighting</source>
            <translation>Lighting</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sound</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Gala: {name}</source>
            <translation>Gala: {name}</translation>
        </message>
        <message>
            <source>Hand in by {date}</source>
            <translation>Hand in by {date}</translation>
        </message>
        <message>
            <source>Hand in by: ____________</source>
            <translation>Hand in by: ____________</translation>
        </message>
        <message>
            <source>Other: ________</source>
            <translation>Other: ________</translation>
        </message>
        <message>
            <source>Write it as 3:30, 3分30秒, 210秒 or 4分钟.</source>
            <translation>Write it as 3:30, 3分30秒, 210秒 or 4分钟.</translation>
        </message>
        <message>
            <source>people</source>
            <translation>people</translation>
        </message>
        <message>
            <source>One act per page; copy the page for more acts.</source>
            <translation>One act per page; copy the page for more acts.</translation>
        </message>
        <message>
            <source>Received by the committee (name, date):</source>
            <translation>Received by the committee (name, date):</translation>
        </message>
        <message>
            <source>duration “{value}” not understood (accepted: {formats})</source>
            <translation>duration “{value}” not understood (accepted: {formats})</translation>
        </message>
        <message>
            <source>duration “{value}” must be more than zero and at most six hours</source>
            <translation>duration “{value}” must be more than zero and at most six hours</translation>
        </message>
        <message>
            <source>kind “{value}” unknown: imported as “{other}”</source>
            <translation>kind “{value}” unknown: imported as “{other}”</translation>
        </message>
        <message>
            <source>no contact person</source>
            <translation>no contact person</translation>
        </message>
        <message>
            <source>no duration given: 3:00 assumed (write it as {formats})</source>
            <translation>no duration given: 3:00 assumed (write it as {formats})</translation>
        </message>
        <message>
            <source>neither a duration nor a start and an end time: 3:00 assumed</source>
            <translation>neither a duration nor a start and an end time: 3:00 assumed</translation>
        </message>
        <message>
            <source>“{value}” read as {seconds} seconds; Ontime writes {seconds} minutes as {value}: for minutes write {seconds}:00 or {seconds}分钟</source>
            <translation>“{value}” read as {seconds} seconds; Ontime writes {seconds} minutes as {value}: for minutes write {seconds}:00 or {seconds}分钟</translation>
        </message>
        <message>
            <source>{field} “{value}” is not a time of day (write it as 19:30 or 19:30:00)</source>
            <translation>{field} “{value}” is not a time of day (write it as 19:30 or 19:30:00)</translation>
        </message>
        <message>
            <source>{field} “{value}” is not a number (write a whole number such as 12)</source>
            <translation>{field} “{value}” is not a number (write a whole number such as 12)</translation>
        </message>
        <message>
            <source>{field} {value} is out of range (0 to 10000)</source>
            <translation>{field} {value} is out of range (0 to 10000)</translation>
        </message>
        <message>
            <source>the title has {value} characters; at most 200 are accepted</source>
            <translation>the title has {value} characters; at most 200 are accepted</translation>
        </message>
        <message>
            <source>the same act as row {value}</source>
            <translation>the same act as row {value}</translation>
        </message>
        <message>
            <source>Time Start</source>
            <translation>Time Start</translation>
        </message>
        <message>
            <source>Time End</source>
            <translation>Time End</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>{name} (row {row})</source>
            <translation>{name} (row {row})</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) without a title skipped.</source>
            <translation>
                <numerusform>%n row without a title skipped.</numerusform>
                <numerusform>%n rows without a title skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Groups of the rundown, as sections: {names}.</source>
            <translation>Groups of the rundown, as sections: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) not imported (markers, not acts): {rows}.</source>
            <translation>
                <numerusform>%n milestone not imported (markers, not acts): {rows}.</numerusform>
                <numerusform>%n milestones not imported (markers, not acts): {rows}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows of a type that is not imported: {rows}.</source>
            <translation>Rows of a type that is not imported: {rows}.</translation>
        </message>
        <message>
            <source>Put these acts into the running order in this order (acts already in it stay where they are)</source>
            <translation>Put these acts into the running order in this order (acts already in it stay where they are)</translation>
        </message>
        <message numerus="yes">
            <source>%n act(s) added, {updated} updated, {same} unchanged.</source>
            <translation>
                <numerusform>%n act added, {updated} updated, {same} unchanged.</numerusform>
                <numerusform>%n acts added, {updated} updated, {same} unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n act(s) put into the running order.</source>
            <translation>
                <numerusform>%n act put into the running order.</numerusform>
                <numerusform>%n acts put into the running order.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import acts from {file}</source>
            <translation>Import acts from {file}</translation>
        </message>
        <message numerus="yes">
            <source>Import %n act(s)</source>
            <translation>
                <numerusform>Import %n act</numerusform>
                <numerusform>Import %n acts</numerusform>
            </translation>
        </message>
        <message>
            <source>{new} new, {update} to update, {dup} unchanged, {err} with errors.</source>
            <translation>{new} new, {update} to update, {dup} unchanged, {err} with errors.</translation>
        </message>
        <message>
            <source>Already there (same submitter and title): unchanged</source>
            <translation>Already there (same submitter and title): unchanged</translation>
        </message>
        <message>
            <source>Every act in this sheet is already in the gala, unchanged.</source>
            <translation>Every act in this sheet is already in the gala, unchanged.</translation>
        </message>
        <message>
            <source>No sheet of {name} has a header row with an act title column (节目名称 or Title).</source>
            <translation>No sheet of {name} has a header row with an act title column (节目名称 or Title).</translation>
        </message>
        <message>
            <source>no act title column</source>
            <translation>no act title column</translation>
        </message>
        <message>
            <source>(example) Dance “Jasmine”</source>
            <translation>(example) Dance “Jasmine”</translation>
        </message>
        <message>
            <source>Dance team of the Art and Design faculty</source>
            <translation>Dance team of the Art and Design faculty</translation>
        </message>
        <message>
            <source>Art and Design faculty</source>
            <translation>Art and Design faculty</translation>
        </message>
        <message>
            <source>Zhou Ting</source>
            <translation>Zhou Ting</translation>
        </message>
        <message>
            <source>8 folding fans</source>
            <translation>8 folding fans</translation>
        </message>
        <message>
            <source>soft white light</source>
            <translation>soft white light</translation>
        </message>
        <message>
            <source>This row is an example and is not imported.</source>
            <translation>This row is an example and is not imported.</translation>
        </message>
        <message>
            <source>Acts</source>
            <translation>Acts</translation>
        </message>
        <message>
            <source>Act submission form</source>
            <translation>Act submission form</translation>
        </message>
        <message>
            <source>One act per row. Duration as 3:30, 3分30秒, 210秒 or 4分钟. Choose the kind from the list. The grey example row is not imported.</source>
            <translation>One act per row. Duration as 3:30, 3分30秒, 210秒 or 4分钟. Choose the kind from the list. The grey example row is not imported.</translation>
        </message>
        <message>
            <source>Choose a kind from the list.</source>
            <translation>Choose a kind from the list.</translation>
        </message>
        <message>
            <source>e.g. 3:30, 3分30秒, 210秒, 4分钟</source>
            <translation>e.g. 3:30, 3分30秒, 210秒, 4分钟</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
    </context>
    <context>
        <name>MusicPack</name>
        <message>
            <source>Playlist</source>
            <translation>Playlist</translation>
        </message>
        <message>
            <source>Track list</source>
            <translation>Track list</translation>
        </message>
        <message>
            <source>Music for the sound desk</source>
            <translation>Music for the sound desk</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>File in the pack</source>
            <translation>File in the pack</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Track</translation>
        </message>
        <message>
            <source>Act length</source>
            <translation>Act length</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>MISSING: not in the pack</source>
            <translation>MISSING: not in the pack</translation>
        </message>
        <message>
            <source>UNREADABLE: not in the pack</source>
            <translation>UNREADABLE: not in the pack</translation>
        </message>
        <message>
            <source>{over} longer than the act: fade out</source>
            <translation>{over} longer than the act: fade out</translation>
        </message>
        <message>
            <source>{gala} music pack</source>
            <translation>{gala} music pack</translation>
        </message>
        <message>
            <source>{number:02d} {title}: {file} could not be packed</source>
            <translation>{number:02d} {title}: {file} could not be packed</translation>
        </message>
    </context>
    <context>
        <name>Programme</name>
        <message>
            <source>Move “{title}”</source>
            <translation>Move “{title}”</translation>
        </message>
        <message>
            <source>Add “{title}” to the running order</source>
            <translation>Add “{title}” to the running order</translation>
        </message>
        <message numerus="yes">
            <source>Add %n acts to the running order</source>
            <translation>
                <numerusform>Add %n act to the running order</numerusform>
                <numerusform>Add %n acts to the running order</numerusform>
            </translation>
        </message>
        <message>
            <source>Take “{title}” out of the order</source>
            <translation>Take “{title}” out of the order</translation>
        </message>
        <message>
            <source>Add “{title}”</source>
            <translation>Add “{title}”</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>Edit “{title}”</translation>
        </message>
        <message>
            <source>Duplicate “{title}”</source>
            <translation>Duplicate “{title}”</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>Delete “{title}”</translation>
        </message>
        <message numerus="yes">
            <source>Set status of %n act(s)</source>
            <translation>
                <numerusform>Set status of %n act</numerusform>
                <numerusform>Set status of %n acts</numerusform>
            </translation>
        </message>
        <message>
            <source>Add section “{name}”</source>
            <translation>Add section “{name}”</translation>
        </message>
        <message>
            <source>Rename section to “{name}”</source>
            <translation>Rename section to “{name}”</translation>
        </message>
        <message>
            <source>Remove section “{name}”</source>
            <translation>Remove section “{name}”</translation>
        </message>
        <message>
            <source>Record a rehearsal</source>
            <translation>Record a rehearsal</translation>
        </message>
        <message>
            <source>Use measured durations</source>
            <translation>Use measured durations</translation>
        </message>
        <message>
            <source>Change programme settings</source>
            <translation>Change programme settings</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Dance</source>
            <translation>Dance</translation>
        </message>
        <message>
            <source>Song</source>
            <translation>Song</translation>
        </message>
        <message>
            <source>Sketch</source>
            <translation>Sketch</translation>
        </message>
        <message>
            <source>Stage play</source>
            <translation>Stage play</translation>
        </message>
        <message>
            <source>Crosstalk</source>
            <translation>Crosstalk</translation>
        </message>
        <message>
            <source>Recitation</source>
            <translation>Recitation</translation>
        </message>
        <message>
            <source>Instrumental</source>
            <translation>Instrumental</translation>
        </message>
        <message>
            <source>Prize quiz</source>
            <translation>Prize quiz</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Host segment</source>
            <translation>Host segment</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>Intermission</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Selected</translation>
        </message>
        <message>
            <source>Not selected</source>
            <translation>Not selected</translation>
        </message>
        <message>
            <source>Rehearsed</source>
            <translation>Rehearsed</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>handheld</source>
            <translation>handheld</translation>
        </message>
        <message>
            <source>headset</source>
            <translation>headset</translation>
        </message>
        <message>
            <source>lavalier</source>
            <translation>lavalier</translation>
        </message>
        <message>
            <source>on stand</source>
            <translation>on stand</translation>
        </message>
        <message>
            <source>First half</source>
            <translation>First half</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>Second half</translation>
        </message>
        <message>
            <source>First rehearsal</source>
            <translation>First rehearsal</translation>
        </message>
        <message>
            <source>Final rehearsal</source>
            <translation>Final rehearsal</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Changeover</source>
            <translation>Changeover</translation>
        </message>
        <message>
            <source>Default changeover</source>
            <translation>Default changeover</translation>
        </message>
        <message>
            <source>Measured time</source>
            <translation>Measured time</translation>
        </message>
        <message>
            <source>Fixed start</source>
            <translation>Fixed start</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Head count</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Microphones</translation>
        </message>
        <message>
            <source>Section name</source>
            <translation>Section name</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a length of time. Accepted formats: {formats}.</source>
            <translation>{field}: “{value}” is not a length of time. Accepted formats: {formats}.</translation>
        </message>
        <message>
            <source>{field}: the length must be more than zero and at most six hours (a changeover at most one hour).</source>
            <translation>{field}: the length must be more than zero and at most six hours (a changeover at most one hour).</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a time of day; type it as 21:00.</source>
            <translation>{field}: “{value}” is not a time of day; type it as 21:00.</translation>
        </message>
        <message>
            <source>{field} is too long.</source>
            <translation>{field} is too long.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field} is required.</translation>
        </message>
        <message>
            <source>{field}: the number is out of range.</source>
            <translation>{field}: the number is out of range.</translation>
        </message>
        <message>
            <source>{performer} performs in “{first}” and right after in “{second}”: no time to change.</source>
            <translation>{performer} performs in “{first}” and right after in “{second}”: no time to change.</translation>
        </message>
        <message>
            <source>“{title}” is in the running order but is “{status}”.</source>
            <translation>“{title}” is in the running order but is “{status}”.</translation>
        </message>
        <message>
            <source>“{title}” was withdrawn but is still in the running order.</source>
            <translation>“{title}” was withdrawn but is still in the running order.</translation>
        </message>
        <message>
            <source>“{title}” has no contact person.</source>
            <translation>“{title}” has no contact person.</translation>
        </message>
        <message>
            <source>The programme runs {minutes} min, shorter than the planned {min}–{max} min.</source>
            <translation>The programme runs {minutes} min, shorter than the planned {min}–{max} min.</translation>
        </message>
        <message>
            <source>The programme runs {minutes} min, longer than the planned {min}–{max} min.</source>
            <translation>The programme runs {minutes} min, longer than the planned {min}–{max} min.</translation>
        </message>
        <message>
            <source>“{title}” is fixed at {fixed}, but the act before it is still on for {minutes} min.</source>
            <translation>“{title}” is fixed at {fixed}, but the act before it is still on for {minutes} min.</translation>
        </message>
        <message>
            <source>The host link before “{title}” has no host to speak it.</source>
            <translation>The host link before “{title}” has no host to speak it.</translation>
        </message>
        <message>
            <source>“{first}” and “{second}” follow each other and need {needed} {kind} microphones; the gala has {available}.</source>
            <translation>“{first}” and “{second}” follow each other and need {needed} {kind} microphones; the gala has {available}.</translation>
        </message>
        <message>
            <source>“{title}” lasts only {length}; were {seconds} minutes meant ({clock} means {seconds} minutes in Ontime)?</source>
            <translation>“{title}” lasts only {length}; were {seconds} minutes meant ({clock} means {seconds} minutes in Ontime)?</translation>
        </message>
        <message>
            <source>“{title}” lasts {length}, longer than an hour.</source>
            <translation>“{title}” lasts {length}, longer than an hour.</translation>
        </message>
        <message>
            <source>The track of “{title}” is missing: {file}</source>
            <translation>The track of “{title}” is missing: {file}</translation>
        </message>
        <message>
            <source>The track of “{title}” cannot be read as audio: {file}</source>
            <translation>The track of “{title}” cannot be read as audio: {file}</translation>
        </message>
        <message>
            <source>The track of “{title}” plays {track}, longer than the act's {act}.</source>
            <translation>The track of “{title}” plays {track}, longer than the act's {act}.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” needs %n microphone(s); the gala has {available}.</source>
            <translation>
                <numerusform>“{title}” needs %n microphone; the gala has {available}.</numerusform>
                <numerusform>“{title}” needs %n microphones; the gala has {available}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>New act…</source>
            <translation>New act…</translation>
        </message>
        <message>
            <source>Edit act…</source>
            <translation>Edit act…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move to position…</source>
            <translation>Move to position…</translation>
        </message>
        <message>
            <source>Add the selected acts to the running order</source>
            <translation>Add the selected acts to the running order</translation>
        </message>
        <message>
            <source>Take out of the running order</source>
            <translation>Take out of the running order</translation>
        </message>
        <message>
            <source>Add a section…</source>
            <translation>Add a section…</translation>
        </message>
        <message>
            <source>Rename this act's section…</source>
            <translation>Rename this act's section…</translation>
        </message>
        <message>
            <source>Remove this act's section</source>
            <translation>Remove this act's section</translation>
        </message>
        <message>
            <source>Record rehearsal…</source>
            <translation>Record rehearsal…</translation>
        </message>
        <message>
            <source>Use measured durations</source>
            <translation>Use measured durations</translation>
        </message>
        <message>
            <source>Planned vs measured</source>
            <translation>Planned vs measured</translation>
        </message>
        <message>
            <source>Programme settings…</source>
            <translation>Programme settings…</translation>
        </message>
        <message>
            <source>← Add selected to order</source>
            <translation>← Add selected to order</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Take out →</source>
            <translation>Take out →</translation>
        </message>
        <message>
            <source>Move to position</source>
            <translation>Move to position</translation>
        </message>
        <message>
            <source>New position of “{title}” (1–{n}):</source>
            <translation>New position of “{title}” (1–{n}):</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (copy)</translation>
        </message>
        <message>
            <source>Move to section</source>
            <translation>Move to section</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>Add a section</translation>
        </message>
        <message>
            <source>Name of the section:</source>
            <translation>Name of the section:</translation>
        </message>
        <message>
            <source>Rename section</source>
            <translation>Rename section</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Export act submission form (Excel or paper)…</source>
            <translation>Export act submission form (Excel or paper)…</translation>
        </message>
        <message>
            <source>Import acts from Excel…</source>
            <translation>Import acts from Excel…</translation>
        </message>
        <message>
            <source>Print / Export run-sheet (PDF)…</source>
            <translation>Print / Export run-sheet (PDF)…</translation>
        </message>
        <message>
            <source>Export music pack (for the sound desk)…</source>
            <translation>Export music pack (for the sound desk)…</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Export act submission form</source>
            <translation>Export act submission form</translation>
        </message>
        <message>
            <source>act submission form</source>
            <translation>act submission form</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel workbooks</translation>
        </message>
        <message>
            <source>Paper form to print, one act per page</source>
            <translation>Paper form to print, one act per page</translation>
        </message>
        <message>
            <source>Where to put the music pack</source>
            <translation>Where to put the music pack</translation>
        </message>
        <message>
            <source>The music pack is written to {folder}, but these tracks could not come:</source>
            <translation>The music pack is written to {folder}, but these tracks could not come:</translation>
        </message>
        <message>
            <source>Submitted, not in the running order</source>
            <translation>Submitted, not in the running order</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeSettingsDialog</name>
        <message>
            <source>Programme settings</source>
            <translation>Programme settings</translation>
        </message>
        <message>
            <source>The gala records how many microphones it has</source>
            <translation>The gala records how many microphones it has</translation>
        </message>
        <message>
            <source>Default changeover after each act</source>
            <translation>Default changeover after each act</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Microphones</translation>
        </message>
    </context>
    <context>
        <name>RehearsalDialog</name>
        <message>
            <source>Record a rehearsal</source>
            <translation>Record a rehearsal</translation>
        </message>
        <message>
            <source>Type each measured time as 3:30, 3分30秒 or 210秒; leave empty for acts that were not timed.</source>
            <translation>Type each measured time as 3:30, 3分30秒 or 210秒; leave empty for acts that were not timed.</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>Rehearsal</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>RunningOrderTableModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>Performers</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Changeover</source>
            <translation>Changeover</translation>
        </message>
        <message>
            <source>Fixed start</source>
            <translation>Fixed start</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>{time} (overlap {m} min)</source>
            <translation>{time} (overlap {m} min)</translation>
        </message>
        <message>
            <source>{time} (gap {m} min)</source>
            <translation>{time} (gap {m} min)</translation>
        </message>
        <message>
            <source>The gala's default changeover (leave empty to keep it)</source>
            <translation>The gala's default changeover (leave empty to keep it)</translation>
        </message>
        <message>
            <source>Type e.g. 3:30, 3分30秒, 210秒 or 3.5分钟</source>
            <translation>Type e.g. 3:30, 3分30秒, 210秒 or 3.5分钟</translation>
        </message>
        <message>
            <source>A fixed start such as 21:00; empty: follows the act before</source>
            <translation>A fixed start such as 21:00; empty: follows the act before</translation>
        </message>
    </context>
    <context>
        <name>Runsheet</name>
        <message>
            <source>Run-sheet</source>
            <translation>Run-sheet</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Host script</source>
            <translation>Host script</translation>
        </message>
        <message>
            <source>Backstage call sheet</source>
            <translation>Backstage call sheet</translation>
        </message>
        <message>
            <source>Technical sheet</source>
            <translation>Technical sheet</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>Performers</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Mics / props / music</source>
            <translation>Mics / props / music</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Make-up by</source>
            <translation>Make-up by</translation>
        </message>
        <message>
            <source>Stand by</source>
            <translation>Stand by</translation>
        </message>
        <message>
            <source>On stage</source>
            <translation>On stage</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Microphones</translation>
        </message>
        <message>
            <source>Music file</source>
            <translation>Music file</translation>
        </message>
        <message>
            <source>Lighting</source>
            <translation>Lighting</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sound</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>Props</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>planned length {planned}: {difference}</source>
            <translation>planned length {planned}: {difference}</translation>
        </message>
        <message>
            <source>Start {time} · planned length {minutes} min</source>
            <translation>Start {time} · planned length {minutes} min</translation>
        </message>
        <message>
            <source>fixed at {time}</source>
            <translation>fixed at {time}</translation>
        </message>
        <message>
            <source>{m} min gap before</source>
            <translation>{m} min gap before</translation>
        </message>
        <message>
            <source>overlaps {m} min!</source>
            <translation>overlaps {m} min!</translation>
        </message>
        <message>
            <source>Scan for the live programme (on the hall's Wi-Fi): see what is on stage and what is next</source>
            <translation>Scan for the live programme (on the hall's Wi-Fi): see what is on stage and what is next</translation>
        </message>
        <message>
            <source>{n} × {kind}</source>
            <translation>{n} × {kind}</translation>
        </message>
        <message>
            <source>(no host link)</source>
            <translation>(no host link)</translation>
        </message>
        <message>
            <source>introduces “{title}”</source>
            <translation>introduces “{title}”</translation>
        </message>
        <message>
            <source>Host: {name}</source>
            <translation>Host: {name}</translation>
        </message>
        <message>
            <source>before the start</source>
            <translation>before the start</translation>
        </message>
        <message>
            <source>Thank you for coming!</source>
            <translation>Thank you for coming!</translation>
        </message>
        <message>
            <source>With thanks to our sponsors</source>
            <translation>With thanks to our sponsors</translation>
        </message>
        <message numerus="yes">
            <source>Planned end {end} · running time {total} · %n item(s)</source>
            <translation>
                <numerusform>Planned end {end} · running time {total} · %n item</numerusform>
                <numerusform>Planned end {end} · running time {total} · %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunsheetDialog</name>
        <message>
            <source>Print / Export PDF</source>
            <translation>Print / Export PDF</translation>
        </message>
        <message>
            <source>Automatic (best Chinese font found)</source>
            <translation>Automatic (best Chinese font found)</translation>
        </message>
        <message>
            <source>Open the PDF when it is written</source>
            <translation>Open the PDF when it is written</translation>
        </message>
        <message>
            <source>The font is embedded in the PDF, so it prints the same on any computer. Without a Chinese font the PDF falls back to a built-in one and says so on its first page.</source>
            <translation>The font is embedded in the PDF, so it prints the same on any computer. Without a Chinese font the PDF falls back to a built-in one and says so on its first page.</translation>
        </message>
        <message>
            <source>Run-sheet</source>
            <translation>Run-sheet</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>Chinese font</translation>
        </message>
        <message>
            <source>Export run-sheet</source>
            <translation>Export run-sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>TimingEntryTableModel</name>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
    </context>
    <context>
        <name>TotalsBar</name>
        <message>
            <source>The running order is empty.</source>
            <translation>The running order is empty.</translation>
        </message>
        <message numerus="yes">
            <source>Start {start} · planned end {end} · %n item(s) · running time {total}</source>
            <translation>
                <numerusform>Start {start} · planned end {end} · %n item · running time {total}</numerusform>
                <numerusform>Start {start} · planned end {end} · %n items · running time {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Over: {m} min longer than the longest {max} min</source>
            <translation>Over: {m} min longer than the longest {max} min</translation>
        </message>
        <message>
            <source>Under: {m} min shorter than the shortest {min} min</source>
            <translation>Under: {m} min shorter than the shortest {min} min</translation>
        </message>
        <message>
            <source>Within {min}–{max} min: {m} min over the planned {planned}</source>
            <translation>Within {min}–{max} min: {m} min over the planned {planned}</translation>
        </message>
        <message>
            <source>Within {min}–{max} min: {m} min under the planned {planned}</source>
            <translation>Within {min}–{max} min: {m} min under the planned {planned}</translation>
        </message>
        <message>
            <source>Within {min}–{max} min: exactly the planned {planned}</source>
            <translation>Within {min}–{max} min: exactly the planned {planned}</translation>
        </message>
    </context>
    <context>
        <name>UnorderedActsModel</name>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
    </context>
</TS>
