<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BigScreenWindow</name>
        <message>
            <source>{draw}: redraw for {absent}</source>
            <translation>{draw}: redraw for {absent}</translation>
        </message>
        <message>
            <source>no prize set</source>
            <translation>no prize set</translation>
        </message>
        <message numerus="yes">
            <source>Prize: {prize} · %n winner(s)</source>
            <translation>
                <numerusform>Prize: {prize} · %n winner</numerusform>
                <numerusform>Prize: {prize} · %n winners</numerusform>
            </translation>
        </message>
        <message>
            <source>The gala is open read-only: nothing can be drawn.</source>
            <translation>The gala is open read-only: nothing can be drawn.</translation>
        </message>
        <message>
            <source>Space: start   ·   F11: full screen   ·   Esc: close</source>
            <translation>Space: start   ·   F11: full screen   ·   Esc: close</translation>
        </message>
        <message>
            <source>Space: stop</source>
            <translation>Space: stop</translation>
        </message>
        <message>
            <source>Congratulations!   ·   Esc: close</source>
            <translation>Congratulations!   ·   Esc: close</translation>
        </message>
        <message>
            <source>Esc: close</source>
            <translation>Esc: close</translation>
        </message>
        <message>
            <source>   ·   rehearsal: nothing is recorded as won</source>
            <translation>   ·   rehearsal: nothing is recorded as won</translation>
        </message>
    </context>
    <context>
        <name>DrawDialog</name>
        <message>
            <source>Lucky draw</source>
            <translation>Lucky draw</translation>
        </message>
        <message>
            <source>e.g. Lucky seat draw</source>
            <translation>e.g. Lucky seat draw</translation>
        </message>
        <message>
            <source>(no prize)</source>
            <translation>(no prize)</translation>
        </message>
        <message>
            <source>{item} (stock {left} {unit})</source>
            <translation>{item} (stock {left} {unit})</translation>
        </message>
        <message>
            <source>Numbers (seats or tickets)</source>
            <translation>Numbers (seats or tickets)</translation>
        </message>
        <message>
            <source>A list of names</source>
            <translation>A list of names</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>One name per line</source>
            <translation>One name per line</translation>
        </message>
        <message>
            <source>Import names from a sheet…</source>
            <translation>Import names from a sheet…</translation>
        </message>
        <message>
            <source>Leave out the winners of the other draws</source>
            <translation>Leave out the winners of the other draws</translation>
        </message>
        <message>
            <source>Leave out the gala's own people (names of the committee)</source>
            <translation>Leave out the gala's own people (names of the committee)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Prize:</source>
            <translation>Prize:</translation>
        </message>
        <message>
            <source>Winners:</source>
            <translation>Winners:</translation>
        </message>
        <message>
            <source>Pool:</source>
            <translation>Pool:</translation>
        </message>
        <message>
            <source>Leave out:</source>
            <translation>Leave out:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>This draw has been drawn: only its name and notes can change.</source>
            <translation>This draw has been drawn: only its name and notes can change.</translation>
        </message>
        <message>
            <source>Import names</source>
            <translation>Import names</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) read from {file}.</source>
            <translation>
                <numerusform>%n name read from {file}.</numerusform>
                <numerusform>%n names read from {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Numbers or ranges, e.g. 1-24, 37, 100-105</source>
            <translation>Numbers or ranges, e.g. 1-24, 37, 100-105</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n name</numerusform>
                <numerusform>%n names</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrawExport</name>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>Lucky draw winners</source>
            <translation>Lucky draw winners</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Draw</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Winner</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Drawn at</source>
            <translation>Drawn at</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>No draw has been drawn yet.</source>
            <translation>No draw has been drawn yet.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>redrawn for {absent}</source>
            <translation>redrawn for {absent}</translation>
        </message>
        <message numerus="yes">
            <source>{winners} ({collected} of %n prize(s) collected, {absent} absent)</source>
            <translation>
                <numerusform>{winners} ({collected} of %n prize collected, {absent} absent)</numerusform>
                <numerusform>{winners} ({collected} of %n prizes collected, {absent} absent)</numerusform>
            </translation>
        </message>
        <message>
            <source>Lucky draw “{draw}”</source>
            <translation>Lucky draw “{draw}”</translation>
        </message>
    </context>
    <context>
        <name>DrawTableModel</name>
        <message>
            <source>Draw</source>
            <translation>Draw</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>Drawn</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Drawn {time} · {collected} collected</source>
            <translation>Drawn {time} · {collected} collected</translation>
        </message>
    </context>
    <context>
        <name>Draws</name>
        <message>
            <source>Drawn</source>
            <translation>Drawn</translation>
        </message>
        <message>
            <source>Prize collected</source>
            <translation>Prize collected</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Numbers (seats or tickets)</source>
            <translation>Numbers (seats or tickets)</translation>
        </message>
        <message>
            <source>A list of names</source>
            <translation>A list of names</translation>
        </message>
        <message>
            <source>A draw needs a name.</source>
            <translation>A draw needs a name.</translation>
        </message>
        <message>
            <source>The draw's name is too long.</source>
            <translation>The draw's name is too long.</translation>
        </message>
        <message>
            <source>The number of winners must be between 1 and 1,000.</source>
            <translation>The number of winners must be between 1 and 1,000.</translation>
        </message>
        <message>
            <source>Give the first and the last number of the pool.</source>
            <translation>Give the first and the last number of the pool.</translation>
        </message>
        <message>
            <source>The numbers must run from a first to a last number, at most 100,000 of them.</source>
            <translation>The numbers must run from a first to a last number, at most 100,000 of them.</translation>
        </message>
        <message>
            <source>The list of names is empty.</source>
            <translation>The list of names is empty.</translation>
        </message>
        <message>
            <source>The list holds more than 20,000 names.</source>
            <translation>The list holds more than 20,000 names.</translation>
        </message>
        <message>
            <source>A name in the list is longer than 100 characters.</source>
            <translation>A name in the list is longer than 100 characters.</translation>
        </message>
        <message>
            <source>Nos. {low}–{high}</source>
            <translation>Nos. {low}–{high}</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n name</numerusform>
                <numerusform>%n names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{pool}, %n left out</source>
            <translation>
                <numerusform>{pool}, %n left out</numerusform>
                <numerusform>{pool}, %n left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only {available} can still win, and %n winner(s) wanted: widen the pool or draw fewer.</source>
            <translation>
                <numerusform>Only {available} can still win, and %n winner wanted: widen the pool or draw fewer.</numerusform>
                <numerusform>Only {available} can still win, and %n winners wanted: widen the pool or draw fewer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The prize's stock covers %n more winner(s), and {needed} are to be drawn: add to the stock in Supplies or draw fewer.</source>
            <translation>
                <numerusform>The prize's stock covers %n more winner, and {needed} are to be drawn: add to the stock in Supplies or draw fewer.</numerusform>
                <numerusform>The prize's stock covers %n more winners, and {needed} are to be drawn: add to the stock in Supplies or draw fewer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The draw “{draw}” wants %n winner(s) but only {available} can win.</source>
            <translation>
                <numerusform>The draw “{draw}” wants %n winner but only {available} can win.</numerusform>
                <numerusform>The draw “{draw}” wants %n winners but only {available} can win.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The draw “{draw}” has %n winner(s) but “{prize}” has only {left} left.</source>
            <translation>
                <numerusform>The draw “{draw}” has %n winner but “{prize}” has only {left} left.</numerusform>
                <numerusform>The draw “{draw}” has %n winners but “{prize}” has only {left} left.</numerusform>
            </translation>
        </message>
        <message>
            <source>This draw has been drawn: its winners are on record and it is not drawn again, changed or deleted. Mark an absent winner and redraw them instead.</source>
            <translation>This draw has been drawn: its winners are on record and it is not drawn again, changed or deleted. Mark an absent winner and redraw them instead.</translation>
        </message>
        <message>
            <source>Only a winner marked absent can be redrawn, and only once.</source>
            <translation>Only a winner marked absent can be redrawn, and only once.</translation>
        </message>
        <message>
            <source>“{part}” in the numbers left out is not a number or a range such as 100-105.</source>
            <translation>“{part}” in the numbers left out is not a number or a range such as 100-105.</translation>
        </message>
        <message>
            <source>No column headed 姓名 or Name was found in {name}.</source>
            <translation>No column headed 姓名 or Name was found in {name}.</translation>
        </message>
        <message>
            <source>The draw “{draw}” has no prize from the supplies.</source>
            <translation>The draw “{draw}” has no prize from the supplies.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Redraw in “{draw}” for absent {absent}: {winners}</source>
            <translation>Redraw in “{draw}” for absent {absent}: {winners}</translation>
        </message>
        <message>
            <source>Lucky draw “{draw}” from {pool} ({count} could win): {winners}</source>
            <translation>Lucky draw “{draw}” from {pool} ({count} could win): {winners}</translation>
        </message>
        <message>
            <source>Add draw “{name}”</source>
            <translation>Add draw “{name}”</translation>
        </message>
        <message>
            <source>Edit draw “{name}”</source>
            <translation>Edit draw “{name}”</translation>
        </message>
        <message>
            <source>Remove draw “{name}”</source>
            <translation>Remove draw “{name}”</translation>
        </message>
        <message>
            <source>Mark {winner} “{status}”</source>
            <translation>Mark {winner} “{status}”</translation>
        </message>
    </context>
    <context>
        <name>DrawsPage</name>
        <message>
            <source>Add draw…</source>
            <translation>Add draw…</translation>
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
            <source>Draw on the big screen…</source>
            <translation>Draw on the big screen…</translation>
        </message>
        <message>
            <source>Prize collected</source>
            <translation>Prize collected</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Redraw for the absent…</source>
            <translation>Redraw for the absent…</translation>
        </message>
        <message>
            <source>Export winners…</source>
            <translation>Export winners…</translation>
        </message>
        <message>
            <source>Winners of “{draw}”</source>
            <translation>Winners of “{draw}”</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>{prize}: {left} of {quantity} {unit} left</source>
            <translation>{prize}: {left} of {quantity} {unit} left</translation>
        </message>
        <message>
            <source>Export winners</source>
            <translation>Export winners</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>winners</source>
            <translation>winners</translation>
        </message>
    </context>
    <context>
        <name>WinnerTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Winner</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>Drawn at</source>
            <translation>Drawn at</translation>
        </message>
        <message>
            <source>Redrawn for</source>
            <translation>Redrawn for</translation>
        </message>
    </context>
</TS>
