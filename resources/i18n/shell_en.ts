<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gala Manager</source>
            <translation>About Gala Manager</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Gala Manager {version}&lt;/h2&gt;&lt;p&gt;Plan and run a student evening gala from one file.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Gala Manager {version}&lt;/h2&gt;&lt;p&gt;Plan and run a student evening gala from one file.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Licence: {licence}&lt;br&gt;Schema version of the open file: {schema}&lt;br&gt;Data folder (backups, demo): {folder}</source>
            <translation>Licence: {licence}&lt;br&gt;Schema version of the open file: {schema}&lt;br&gt;Data folder (backups, demo): {folder}</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Licence text</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Built with:</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>AwardsPage</name>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Backups are taken when the gala is opened and every ten minutes of editing; the newest 20 are kept. The chosen backup opens as a new copy.</source>
            <translation>Backups are taken when the gala is opened and every ten minutes of editing; the newest 20 are kept. The chosen backup opens as a new copy.</translation>
        </message>
        <message>
            <source>There are no backups of this gala yet.</source>
            <translation>There are no backups of this gala yet.</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
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
            <translation>Checked {path}</translation>
        </message>
        <message>
            <source>Interrupted save: {journal} held a save that was cut off (the app or the computer stopped during it). It was undone; the gala is as after its last complete save.</source>
            <translation>Interrupted save: {journal} held a save that was cut off (the app or the computer stopped during it). It was undone; the gala is as after its last complete save.</translation>
        </message>
        <message>
            <source>Database integrity: {status}</source>
            <translation>Database integrity: {status}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Foreign keys: {status}</source>
            <translation>Foreign keys: {status}</translation>
        </message>
        <message>
            <source>Plan checks: {errors}, {warnings}</source>
            <translation>Plan checks: {errors}, {warnings}</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Wrote {path}</translation>
        </message>
        <message>
            <source>The output must end in {suffixes}: {path}</source>
            <translation>The output must end in {suffixes}: {path}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check file</source>
            <translation>Check file</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Database integrity: {status}</source>
            <translation>Database integrity: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n fault(s)</source>
            <translation>
                <numerusform>%n fault</numerusform>
                <numerusform>%n faults</numerusform>
            </translation>
        </message>
        <message>
            <source>Foreign keys: {status}</source>
            <translation>Foreign keys: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n broken reference(s)</source>
            <translation>
                <numerusform>%n broken reference</numerusform>
                <numerusform>%n broken references</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan checks: %n problem(s)</source>
            <translation>
                <numerusform>Plan checks: %n problem</numerusform>
                <numerusform>Plan checks: %n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>The gala's {fact} is not set.</source>
            <translation>The gala's {fact} is not set.</translation>
        </message>
    </context>
    <context>
        <name>ColumnChooser</name>
        <message>
            <source>Reset columns</source>
            <translation>Reset columns</translation>
        </message>
    </context>
    <context>
        <name>ContingencyPage</name>
        <message>
            <source>Contingency</source>
            <translation>Contingency</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Type the whole date: 2027-05-01, 2027/5/1 or 5月1日. ↑/↓ change it by a day, Alt+↓ opens the calendar.</source>
            <translation>Type the whole date: 2027-05-01, 2027/5/1 or 5月1日. ↑/↓ change it by a day, Alt+↓ opens the calendar.</translation>
        </message>
        <message>
            <source>Calendar (Alt+↓)</source>
            <translation>Calendar (Alt+↓)</translation>
        </message>
    </context>
    <context>
        <name>DrawsPage</name>
        <message>
            <source>Lucky draw</source>
            <translation>Lucky draw</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>There is no file at {path}.</source>
            <translation>There is no file at {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a gala file.</source>
            <translation>{path} is a folder, not a gala file.</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes): it is not a gala file.</source>
            <translation>{path} is empty (0 bytes): it is not a gala file.</translation>
        </message>
        <message>
            <source>{path} is not a gala file (it is not a database at all).</source>
            <translation>{path} is not a gala file (it is not a database at all).</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a gala file; it was not changed.</source>
            <translation>{path} is a database of another program, not a gala file; it was not changed.</translation>
        </message>
        <message>
            <source>{path} is incomplete (cut off while copying?). Restore it from a backup.</source>
            <translation>{path} is incomplete (cut off while copying?). Restore it from a backup.</translation>
        </message>
        <message>
            <source>{path} is damaged. Restore it from a backup.</source>
            <translation>{path} is damaged. Restore it from a backup.</translation>
        </message>
        <message>
            <source>{path} was saved by a newer version of Gala Manager; update the app to open it. The file was not changed.</source>
            <translation>{path} was saved by a newer version of Gala Manager; update the app to open it. The file was not changed.</translation>
        </message>
        <message>
            <source>{path} could not be upgraded to this version; it was left exactly as it was.</source>
            <translation>{path} could not be upgraded to this version; it was left exactly as it was.</translation>
        </message>
        <message>
            <source>You may not read or write {path}; check the file's permissions or whether another program holds it.</source>
            <translation>You may not read or write {path}; check the file's permissions or whether another program holds it.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved, the gala is as it was. Free some space and try again.</source>
            <translation>The disk is full: nothing was saved, the gala is as it was. Free some space and try again.</translation>
        </message>
        <message>
            <source>{path} cannot be saved where it is ({why}); nothing was changed.</source>
            <translation>{path} cannot be saved where it is ({why}); nothing was changed.</translation>
        </message>
        <message>
            <source>{path} exists already; choose another name (or --force).</source>
            <translation>{path} exists already; choose another name (or --force).</translation>
        </message>
        <message>
            <source>The change conflicts with other data (something it refers to was removed, or a name is used twice); nothing was changed.</source>
            <translation>The change conflicts with other data (something it refers to was removed, or a name is used twice); nothing was changed.</translation>
        </message>
        <message>
            <source>This gala is open read-only; nothing can be changed.</source>
            <translation>This gala is open read-only; nothing can be changed.</translation>
        </message>
        <message>
            <source>That item no longer exists; the view has been refreshed.</source>
            <translation>That item no longer exists; the view has been refreshed.</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>the file is read-only</translation>
        </message>
        <message>
            <source>its folder or disk is read-only</source>
            <translation>its folder or disk is read-only</translation>
        </message>
        <message>
            <source>its name is too long for the journal file that every save writes beside it</source>
            <translation>its name is too long for the journal file that every save writes beside it</translation>
        </message>
        <message>
            <source>Recovered from an interrupted save: the gala is as after its last complete save.</source>
            <translation>Recovered from an interrupted save: the gala is as after its last complete save.</translation>
        </message>
        <message>
            <source>{path} was being saved when the app or the computer stopped. The unfinished save waits in “{journal}” to be undone, which needs a write, but {why}. Open it in Gala Manager to recover it into a copy; do not delete the journal file, the gala needs it.</source>
            <translation>{path} was being saved when the app or the computer stopped. The unfinished save waits in “{journal}” to be undone, which needs a write, but {why}. Open it in Gala Manager to recover it into a copy; do not delete the journal file, the gala needs it.</translation>
        </message>
        <message numerus="yes">
            <source>The name {name} is too long: every save writes a journal file beside the gala, named like it plus “-journal”, and that name would be too long for the disk. Shorten the name by at least %n character(s).</source>
            <translation>
                <numerusform>The name {name} is too long: every save writes a journal file beside the gala, named like it plus “-journal”, and that name would be too long for the disk. Shorten the name by at least %n character.</numerusform>
                <numerusform>The name {name} is too long: every save writes a journal file beside the gala, named like it plus “-journal”, and that name would be too long for the disk. Shorten the name by at least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>This gala is open on {host} by {user} since {since}.</source>
            <translation>This gala is open on {host} by {user} since {since}.</translation>
        </message>
        <message>
            <source>{path} is in use by another program.</source>
            <translation>{path} is in use by another program.</translation>
        </message>
        <message>
            <source>{path} is from an older version and must be upgraded before it can be opened read-only; open it normally once.</source>
            <translation>{path} is from an older version and must be upgraded before it can be opened read-only; open it normally once.</translation>
        </message>
        <message>
            <source>Cannot delete: still used by {refs}.</source>
            <translation>Cannot delete: still used by {refs}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unexpected error: {error}</translation>
        </message>
        <message>
            <source>Invalid value: {value}</source>
            <translation>Invalid value: {value}</translation>
        </message>
    </context>
    <context>
        <name>Exporting</name>
        <message>
            <source>Writing {name}…</source>
            <translation>Writing {name}…</translation>
        </message>
    </context>
    <context>
        <name>Facts</name>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <source>Upgraded from an older version; the original was kept as {name}.</source>
            <translation>Upgraded from an older version; the original was kept as {name}.</translation>
        </message>
        <message>
            <source>Demo gala</source>
            <translation>Demo gala</translation>
        </message>
        <message>
            <source>Save the new gala</source>
            <translation>Save the new gala</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <source>Copy saved to {path}</source>
            <translation>Copy saved to {path}</translation>
        </message>
        <message>
            <source>Save the restored copy as</source>
            <translation>Save the restored copy as</translation>
        </message>
        <message>
            <source>Edit gala properties</source>
            <translation>Edit gala properties</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Backup failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Spreadsheets</source>
            <translation>Spreadsheets</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>All files</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>dddd, d MMMM yyyy</source>
            <translation>dddd, d MMMM yyyy</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <source>{text} ({note})</source>
            <translation>{text} ({note})</translation>
        </message>
        <message>
            <source>as long as planned</source>
            <translation>as long as planned</translation>
        </message>
        <message>
            <source>{minutes} min longer than planned</source>
            <translation>{minutes} min longer than planned</translation>
        </message>
        <message>
            <source>{minutes} min shorter than planned</source>
            <translation>{minutes} min shorter than planned</translation>
        </message>
    </context>
    <context>
        <name>GalaController</name>
        <message>
            <source>Gala Manager</source>
            <translation>Gala Manager</translation>
        </message>
    </context>
    <context>
        <name>GalaDialog</name>
        <message>
            <source>New gala</source>
            <translation>New gala</translation>
        </message>
        <message>
            <source>Gala properties</source>
            <translation>Gala properties</translation>
        </message>
        <message>
            <source>Date fixed</source>
            <translation>Date fixed</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>tolerated from</source>
            <translation>tolerated from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Co-organisers / sponsors</source>
            <translation>Co-organisers / sponsors</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Planned length</source>
            <translation>Planned length</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
    </context>
    <context>
        <name>GuestsPage</name>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{name} is empty: there is nothing to import.</source>
            <translation>{name} is empty: there is nothing to import.</translation>
        </message>
        <message>
            <source>{name} is not a spreadsheet; open it in Excel, WPS or LibreOffice and save it as .xlsx, .xls, .ods or .csv.</source>
            <translation>{name} is not a spreadsheet; open it in Excel, WPS or LibreOffice and save it as .xlsx, .xls, .ods or .csv.</translation>
        </message>
        <message>
            <source>{name} is a web page saved under a spreadsheet's name; open it in Excel or WPS and save it as .xlsx.</source>
            <translation>{name} is a web page saved under a spreadsheet's name; open it in Excel or WPS and save it as .xlsx.</translation>
        </message>
        <message>
            <source>{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.</source>
            <translation>{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.</translation>
        </message>
        <message>
            <source>{name} is protected by a password; save an unprotected copy first.</source>
            <translation>{name} is protected by a password; save an unprotected copy first.</translation>
        </message>
        <message>
            <source>{name} is incomplete (cut off while copying or downloading).</source>
            <translation>{name} is incomplete (cut off while copying or downloading).</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read.</source>
            <translation>{name} is damaged and cannot be read.</translation>
        </message>
        <message>
            <source>{name} is too large to import ({detail}).</source>
            <translation>{name} is too large to import ({detail}).</translation>
        </message>
        <message>
            <source>{name} contains forbidden XML constructs and was not read.</source>
            <translation>{name} contains forbidden XML constructs and was not read.</translation>
        </message>
        <message>
            <source>the cell holds a formula without a saved value: open and save the sheet in Excel or WPS, or type the value</source>
            <translation>the cell holds a formula without a saved value: open and save the sheet in Excel or WPS, or type the value</translation>
        </message>
        <message>
            <source>several people in the gala are named “{value}”: not linked; choose the right one by hand</source>
            <translation>several people in the gala are named “{value}”: not linked; choose the right one by hand</translation>
        </message>
        <message>
            <source>“{value}” in the gala has another phone number: not linked</source>
            <translation>“{value}” in the gala has another phone number: not linked</translation>
        </message>
        <message>
            <source>{name} (linked)</source>
            <translation>{name} (linked)</translation>
        </message>
        <message>
            <source>{name} (several in the gala: not linked)</source>
            <translation>{name} (several in the gala: not linked)</translation>
        </message>
        <message>
            <source>{name} (another phone in the gala: not linked)</source>
            <translation>{name} (another phone in the gala: not linked)</translation>
        </message>
        <message>
            <source>Will be added</source>
            <translation>Will be added</translation>
        </message>
        <message>
            <source>Will be updated</source>
            <translation>Will be updated</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a text of {length} characters is longer than the {limit} a gala keeps; shorten it in the sheet</source>
            <translation>a text of {length} characters is longer than the {limit} a gala keeps; shorten it in the sheet</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Sheet “{sheet}”: {counts}</source>
            <translation>Sheet “{sheet}”: {counts}</translation>
        </message>
        <message>
            <source>Sheets imported: {names}.</source>
            <translation>Sheets imported: {names}.</translation>
        </message>
        <message>
            <source>Sheets left out because their rows repeat earlier sheets (tick them to import them too): {names}.</source>
            <translation>Sheets left out because their rows repeat earlier sheets (tick them to import them too): {names}.</translation>
        </message>
        <message>
            <source>Sheets left out by your choice: {names}.</source>
            <translation>Sheets left out by your choice: {names}.</translation>
        </message>
        <message>
            <source>Sheets not used ({reason}): {names}.</source>
            <translation>Sheets not used ({reason}): {names}.</translation>
        </message>
        <message>
            <source>Columns not used in “{sheet}”: {names}.</source>
            <translation>Columns not used in “{sheet}”: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>The %n row(s) with errors will be left out.</source>
            <translation>
                <numerusform>The %n row with errors will be left out.</numerusform>
                <numerusform>The %n rows with errors will be left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fix the %n row(s) marked red in the sheet, or import the others and leave these out.</source>
            <translation>
                <numerusform>Fix the %n row marked red in the sheet, or import the others and leave these out.</numerusform>
                <numerusform>Fix the %n rows marked red in the sheet, or import the others and leave these out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fix the %n row(s) marked red in the sheet: until then nothing can be imported.</source>
            <translation>
                <numerusform>Fix the %n row marked red in the sheet: until then nothing can be imported.</numerusform>
                <numerusform>Fix the %n rows marked red in the sheet: until then nothing can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n good row(s) and leave out the {bad} with errors</source>
            <translation>
                <numerusform>Import the %n good row and leave out the {bad} with errors</numerusform>
                <numerusform>Import the %n good rows and leave out the {bad} with errors</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, row {row}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <source>  {where} ({name}), {mark}: {text}</source>
            <translation>  {where} ({name}), {mark}: {text}</translation>
        </message>
        <message>
            <source>  {where}, {mark}: {text}</source>
            <translation>  {where}, {mark}: {text}</translation>
        </message>
        <message>
            <source>No sheet with a header is called {names}; the sheets to choose from are {sheets}.</source>
            <translation>No sheet with a header is called {names}; the sheets to choose from are {sheets}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: fix the %n row(s) with errors in the sheet and import again, or import the others with --skip-invalid.</source>
            <translation>
                <numerusform>Nothing was imported: fix the %n row with errors in the sheet and import again, or import the others with --skip-invalid.</numerusform>
                <numerusform>Nothing was imported: fix the %n rows with errors in the sheet and import again, or import the others with --skip-invalid.</numerusform>
            </translation>
        </message>
        <message>
            <source>{cell}: {text}</source>
            <translation>{cell}: {text}</translation>
        </message>
        <message>
            <source>Rows to correct</source>
            <translation>Rows to correct</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>What to correct</source>
            <translation>What to correct</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Sheets to import:</source>
            <translation>Sheets to import:</translation>
        </message>
        <message>
            <source>Save rows to correct…</source>
            <translation>Save rows to correct…</translation>
        </message>
        <message>
            <source>{name} - rows to correct.xlsx</source>
            <translation>{name} - rows to correct.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewTableModel</name>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Undo {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Redo {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>This file no longer exists.</translation>
        </message>
        <message>
            <source>Remove missing files</source>
            <translation>Remove missing files</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Clear list</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New gala…</source>
            <translation>&amp;New gala…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>C&amp;heck file…</source>
            <translation>C&amp;heck file…</translation>
        </message>
        <message>
            <source>Gala &amp;properties…</source>
            <translation>Gala &amp;properties…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;About Gala Manager</source>
            <translation>&amp;About Gala Manager</translation>
        </message>
        <message>
            <source>Show &amp;console</source>
            <translation>Show &amp;console</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening {path}…</source>
            <translation>Opening {path}…</translation>
        </message>
        <message>
            <source>Gala Manager</source>
            <translation>Gala Manager</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [read-only]</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>✓ Saved</source>
            <translation>✓ Saved</translation>
        </message>
    </context>
    <context>
        <name>MultiLineEdit</name>
        <message>
            <source>Ctrl+Enter starts a new line; Tab moves to the next field.</source>
            <translation>Ctrl+Enter starts a new line; Tab moves to the next field.</translation>
        </message>
    </context>
    <context>
        <name>Opener</name>
        <message>
            <source>Gala files (*.gala)</source>
            <translation>Gala files (*.gala)</translation>
        </message>
        <message>
            <source>Gala in use</source>
            <translation>Gala in use</translation>
        </message>
        <message>
            <source>Open it read-only?</source>
            <translation>Open it read-only?</translation>
        </message>
        <message>
            <source>Open it read-only, to read or copy it?</source>
            <translation>Open it read-only, to read or copy it?</translation>
        </message>
        <message>
            <source>Disk full</source>
            <translation>Disk full</translation>
        </message>
        <message>
            <source>Recover it into a copy now?</source>
            <translation>Recover it into a copy now?</translation>
        </message>
        <message>
            <source>Interrupted save</source>
            <translation>Interrupted save</translation>
        </message>
        <message>
            <source>Save the recovered gala as</source>
            <translation>Save the recovered gala as</translation>
        </message>
        <message>
            <source> (recovered)</source>
            <translation> (recovered)</translation>
        </message>
        <message>
            <source>Gala Manager</source>
            <translation>Gala Manager</translation>
        </message>
        <message>
            <source>Open gala</source>
            <translation>Open gala</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Edit gala properties…</source>
            <translation>Edit gala properties…</translation>
        </message>
        <message>
            <source>The gala</source>
            <translation>The gala</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Co-organisers / sponsors</source>
            <translation>Co-organisers / sponsors</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Date and start</source>
            <translation>Date and start</translation>
        </message>
        <message>
            <source>Planned length</source>
            <translation>Planned length</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <source>{planned} (between {low} and {high})</source>
            <translation>{planned} (between {low} and {high})</translation>
        </message>
        <message>
            <source>Set the gala's date to see the countdown.</source>
            <translation>Set the gala's date to see the countdown.</translation>
        </message>
        <message>
            <source>The gala is today!</source>
            <translation>The gala is today!</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) to the gala</source>
            <translation>
                <numerusform>%n day to the gala</numerusform>
                <numerusform>%n days to the gala</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The gala was %n day(s) ago</source>
            <translation>
                <numerusform>The gala was %n day ago</numerusform>
                <numerusform>The gala was %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPage</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>No Chinese TrueType font was found on this computer: the PDF uses the built-in STSong-Light, which is not embedded and may show as boxes elsewhere. Choose a font under Edit ▸ Preferences.</source>
            <translation>No Chinese TrueType font was found on this computer: the PDF uses the built-in STSong-Light, which is not embedded and may show as boxes elsewhere. Choose a font under Edit ▸ Preferences.</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(continued)</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Automatic (best Chinese font found)</source>
            <translation>Automatic (best Chinese font found)</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Other file…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>PDF font</source>
            <translation>PDF font</translation>
        </message>
        <message>
            <source>PDFs embed this TrueType font so that Chinese prints on any computer. Without one, a built-in font is used that shows as boxes where no Chinese font is installed.</source>
            <translation>PDFs embed this TrueType font so that Chinese prints on any computer. Without one, a built-in font is used that shows as boxes where no Chinese font is installed.</translation>
        </message>
        <message>
            <source>Choose a font file</source>
            <translation>Choose a font file</translation>
        </message>
        <message>
            <source>TrueType fonts (*.ttf *.ttc)</source>
            <translation>TrueType fonts (*.ttf *.ttc)</translation>
        </message>
        <message>
            <source>{name} cannot be embedded or has no Chinese characters; choose another font.</source>
            <translation>{name} cannot be embedded or has no Chinese characters; choose another font.</translation>
        </message>
    </context>
    <context>
        <name>ProblemListModel</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Double-click to go where this is fixed.</source>
            <translation>Double-click to go where this is fixed.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more like these</source>
            <translation>
                <numerusform>… and %n more like this</numerusform>
                <numerusform>… and %n more like these</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>Open read-only: {why} To edit, wait until it is closed there, or save a copy.</source>
            <translation>Open read-only: {why} To edit, wait until it is closed there, or save a copy.</translation>
        </message>
        <message>
            <source>Open read-only: the disk is full, so no change could be saved. Free some space and open it again, or save a copy elsewhere.</source>
            <translation>Open read-only: the disk is full, so no change could be saved. Free some space and open it again, or save a copy elsewhere.</translation>
        </message>
        <message>
            <source>This gala cannot be saved here: {why}. It is open read-only; to edit it, save a copy as a new gala (the copy opens at once).</source>
            <translation>This gala cannot be saved here: {why}. It is open read-only; to edit it, save a copy as a new gala (the copy opens at once).</translation>
        </message>
        <message>
            <source>Open read-only: nothing can be changed.</source>
            <translation>Open read-only: nothing can be changed.</translation>
        </message>
        <message>
            <source>Save a copy as…</source>
            <translation>Save a copy as…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutTableModel</name>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere in the main window</source>
            <translation>Everywhere in the main window</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Staff ▸ People</source>
            <translation>Staff ▸ People</translation>
        </message>
        <message>
            <source>Staff ▸ Departments</source>
            <translation>Staff ▸ Departments</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Supplies</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Sponsors</translation>
        </message>
        <message>
            <source>Contingency</source>
            <translation>Contingency</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Show console</source>
            <translation>Show console</translation>
        </message>
        <message>
            <source>New gala</source>
            <translation>New gala</translation>
        </message>
        <message>
            <source>Open a gala</source>
            <translation>Open a gala</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <source>Gala properties</source>
            <translation>Gala properties</translation>
        </message>
        <message>
            <source>Close the gala</source>
            <translation>Close the gala</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Go to page 1 … 9 of the page list</source>
            <translation>Go to page 1 … 9 of the page list</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Open the show console</source>
            <translation>Open the show console</translation>
        </message>
        <message>
            <source>New act</source>
            <translation>New act</translation>
        </message>
        <message>
            <source>Open the selected act</source>
            <translation>Open the selected act</translation>
        </message>
        <message>
            <source>Open the act under the cursor in either list</source>
            <translation>Open the act under the cursor in either list</translation>
        </message>
        <message>
            <source>Duplicate act</source>
            <translation>Duplicate act</translation>
        </message>
        <message>
            <source>Delete the selected act (Ctrl+Z brings it back)</source>
            <translation>Delete the selected act (Ctrl+Z brings it back)</translation>
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
            <source>Add the selected acts to the running order</source>
            <translation>Add the selected acts to the running order</translation>
        </message>
        <message>
            <source>Take out of the running order</source>
            <translation>Take out of the running order</translation>
        </message>
        <message>
            <source>Switch between the running order and the acts not in it</source>
            <translation>Switch between the running order and the acts not in it</translation>
        </message>
        <message>
            <source>Print / export the run-sheet</source>
            <translation>Print / export the run-sheet</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>Remove the selected person</source>
            <translation>Remove the selected person</translation>
        </message>
        <message>
            <source>Add a department</source>
            <translation>Add a department</translation>
        </message>
        <message>
            <source>Add an item</source>
            <translation>Add an item</translation>
        </message>
        <message>
            <source>Remove the selected items</source>
            <translation>Remove the selected items</translation>
        </message>
        <message>
            <source>Add a sponsor</source>
            <translation>Add a sponsor</translation>
        </message>
        <message>
            <source>Add a guest</source>
            <translation>Add a guest</translation>
        </message>
        <message>
            <source>Remove the selected guests</source>
            <translation>Remove the selected guests</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>New plan</translation>
        </message>
        <message>
            <source>Add a task</source>
            <translation>Add a task</translation>
        </message>
        <message>
            <source>Remove the selected task</source>
            <translation>Remove the selected task</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Find a key or an action…</source>
            <translation>Find a key or an action…</translation>
        </message>
        <message>
            <source>A page's keys work while the page shows; Del and the Alt keys only while the keyboard is in its lists. Ctrl is ⌘ on macOS.</source>
            <translation>A page's keys work while the page shows; Del and the Alt keys only while the keyboard is in its lists. Ctrl is ⌘ on macOS.</translation>
        </message>
    </context>
    <context>
        <name>SponsorsPage</name>
        <message>
            <source>Sponsors</source>
            <translation>Sponsors</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
    </context>
    <context>
        <name>StartWidget</name>
        <message>
            <source>This file no longer exists.</source>
            <translation>This file no longer exists.</translation>
        </message>
        <message>
            <source>Gala Manager</source>
            <translation>Gala Manager</translation>
        </message>
        <message>
            <source>Plan the programme, the people, the supplies and the contingency plans of your gala in one file.</source>
            <translation>Plan the programme, the people, the supplies and the contingency plans of your gala in one file.</translation>
        </message>
        <message>
            <source>New gala…</source>
            <translation>New gala…</translation>
        </message>
        <message>
            <source>Open a gala…</source>
            <translation>Open a gala…</translation>
        </message>
        <message>
            <source>Open the demo gala</source>
            <translation>Open the demo gala</translation>
        </message>
        <message>
            <source>Recent galas</source>
            <translation>Recent galas</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <source>Supplies</source>
            <translation>Supplies</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>Too long: a text holds at most {limit} characters, this would have been {length}. The edit was undone.</source>
            <translation>Too long: a text holds at most {limit} characters, this would have been {length}. The edit was undone.</translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <source>Type the time: 19:00, 1900 or 19点30. ↑/↓ change it by 5 minutes.</source>
            <translation>Type the time: 19:00, 1900 or 19点30. ↑/↓ change it by 5 minutes.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>This name is already used.</source>
            <translation>This name is already used.</translation>
        </message>
        <message>
            <source>The value is out of range.</source>
            <translation>The value is out of range.</translation>
        </message>
        <message>
            <source>The shortest length must not exceed the longest.</source>
            <translation>The shortest length must not exceed the longest.</translation>
        </message>
        <message>
            <source>The planned length must lie between the shortest and the longest.</source>
            <translation>The planned length must lie between the shortest and the longest.</translation>
        </message>
        <message>
            <source>“{value}” is not a date: type it as 2027-05-01, 2027/5/1 or 5月1日.</source>
            <translation>“{value}” is not a date: type it as 2027-05-01, 2027/5/1 or 5月1日.</translation>
        </message>
        <message>
            <source>“{value}” is not a time of day: type it as 19:00, 1900 or 19点30.</source>
            <translation>“{value}” is not a time of day: type it as 19:00, 1900 or 19点30.</translation>
        </message>
        <message>
            <source>{field} is too long: {length} characters, at most {limit}. Shorten it and try again.</source>
            <translation>{field} is too long: {length} characters, at most {limit}. Shorten it and try again.</translation>
        </message>
        <message>
            <source>A text is too long: {length} characters, at most {limit}. Shorten it and try again.</source>
            <translation>A text is too long: {length} characters, at most {limit}. Shorten it and try again.</translation>
        </message>
    </context>
    <context>
        <name>WrittenFiles</name>
        <message>
            <source>No program to open the file</source>
            <translation>No program to open the file</translation>
        </message>
        <message>
            <source>The file was written, but no program to open {kind} files was found on this computer. Open it from its folder, or install a viewer.</source>
            <translation>The file was written, but no program to open {kind} files was found on this computer. Open it from its folder, or install a viewer.</translation>
        </message>
        <message>
            <source>Where the file is</source>
            <translation>Where the file is</translation>
        </message>
    </context>
    <context>
        <name>WrittenNotice</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <source>Written: {name} — {open} · {folder}</source>
            <translation>Written: {name} — {open} · {folder}</translation>
        </message>
    </context>
</TS>
