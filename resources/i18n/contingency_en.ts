<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ActorsEdit</name>
        <message>
            <source>anyone else, e.g. the hosts</source>
            <translation>anyone else, e.g. the hosts</translation>
        </message>
    </context>
    <context>
        <name>AudienceShareBox</name>
        <message>
            <source>The audience's phones (public)</source>
            <translation>The audience's phones (public)</translation>
        </message>
        <message>
            <source>Print the programme with its code…</source>
            <translation>Print the programme with its code…</translation>
        </message>
        <message>
            <source>Anyone on the same Wi-Fi opens the address (or scans the code) and follows the programme: the act on stage, the next one, the sponsors. No key, and nothing but that: no contacts, no phones, no notes.</source>
            <translation>Anyone on the same Wi-Fi opens the address (or scans the code) and follows the programme: the act on stage, the next one, the sponsors. No key, and nothing but that: no contacts, no phones, no notes.</translation>
        </message>
        <message>
            <source>Close to the audience</source>
            <translation>Close to the audience</translation>
        </message>
        <message>
            <source>Open to the audience</source>
            <translation>Open to the audience</translation>
        </message>
        <message>
            <source>The printed programme gets the code once the view has been opened on the hall's network.</source>
            <translation>The printed programme gets the code once the view has been opened on the hall's network.</translation>
        </message>
        <message>
            <source>The printed programme's code points to {url}. Open the view there on the night (the router can keep this address for this computer).</source>
            <translation>The printed programme's code points to {url}. Open the view there on the night (the router can keep this address for this computer).</translation>
        </message>
        <message>
            <source>Not open to the audience.</source>
            <translation>Not open to the audience.</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>On stage</source>
            <translation>On stage</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>With thanks to our sponsors</source>
            <translation>With thanks to our sponsors</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>Intermission</translation>
        </message>
        <message>
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <source>reconnecting…</source>
            <translation>reconnecting…</translation>
        </message>
        <message>
            <source>The show has ended. Thank you for coming!</source>
            <translation>The show has ended. Thank you for coming!</translation>
        </message>
        <message>
            <source>The show starts at {time}</source>
            <translation>The show starts at {time}</translation>
        </message>
        <message>
            <source>{host} is not this computer's address on this network (it has {addresses}). Join the hall's Wi-Fi, or have the router give this computer that address, or choose another address and print the programme's code again.</source>
            <translation>{host} is not this computer's address on this network (it has {addresses}). Join the hall's Wi-Fi, or have the router give this computer that address, or choose another address and print the programme's code again.</translation>
        </message>
        <message>
            <source>Port {port} is taken by another program: close it or choose another port.</source>
            <translation>Port {port} is taken by another program: close it or choose another port.</translation>
        </message>
        <message>
            <source>Cannot share on {host}:{port}: {reason}</source>
            <translation>Cannot share on {host}:{port}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ConsoleActions</name>
        <message>
            <source>Press F5 to start the rehearsal run first.</source>
            <translation>Press F5 to start the rehearsal run first.</translation>
        </message>
        <message>
            <source>Not possible now.</source>
            <translation>Not possible now.</translation>
        </message>
        <message>
            <source>Host: “{text}”</source>
            <translation>Host: “{text}”</translation>
        </message>
        <message>
            <source>End the show now?</source>
            <translation>End the show now?</translation>
        </message>
        <message>
            <source>End the rehearsal run now?</source>
            <translation>End the rehearsal run now?</translation>
        </message>
        <message>
            <source>Prizes are handed out during the show only.</source>
            <translation>Prizes are handed out during the show only.</translation>
        </message>
        <message>
            <source>Quiz winner: {name}, {prize}</source>
            <translation>Quiz winner: {name}, {prize}</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Undone: {what}</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nothing to undo.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleKeys</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start the show</source>
            <translation>Start the show</translation>
        </message>
        <message>
            <source>Next act</source>
            <translation>Next act</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Breakdown</translation>
        </message>
        <message>
            <source>Breakdown: restart, then withdraw</source>
            <translation>Breakdown: restart, then withdraw</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Not ready</translation>
        </message>
        <message>
            <source>Next act not ready: swap</source>
            <translation>Next act not ready: swap</translation>
        </message>
        <message>
            <source>Skip next</source>
            <translation>Skip next</translation>
        </message>
        <message>
            <source>Skip the next act</source>
            <translation>Skip the next act</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>Intermission</translation>
        </message>
        <message>
            <source>Intermission start/end</source>
            <translation>Intermission start/end</translation>
        </message>
        <message>
            <source>End show</source>
            <translation>End show</translation>
        </message>
        <message>
            <source>End of the show</source>
            <translation>End of the show</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>Power failure</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>Injury</translation>
        </message>
        <message>
            <source>Disorder</source>
            <translation>Disorder</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>Other incident</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
        <message>
            <source>Escalate (serious)</source>
            <translation>Escalate (serious)</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Incident resolved</source>
            <translation>Incident resolved</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Music</translation>
        </message>
        <message>
            <source>Play or stop the act's track</source>
            <translation>Play or stop the act's track</translation>
        </message>
        <message>
            <source>Fade out</source>
            <translation>Fade out</translation>
        </message>
        <message>
            <source>Fade the track out</source>
            <translation>Fade the track out</translation>
        </message>
        <message>
            <source>Stage display</source>
            <translation>Stage display</translation>
        </message>
        <message>
            <source>Open or close the stage display</source>
            <translation>Open or close the stage display</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Phones</translation>
        </message>
        <message>
            <source>Share a live view with the crew's phones, or the programme with the audience's</source>
            <translation>Share a live view with the crew's phones, or the programme with the audience's</translation>
        </message>
        <message>
            <source>Quiz winner</source>
            <translation>Quiz winner</translation>
        </message>
        <message>
            <source>Record a quiz winner and hand out the prize</source>
            <translation>Record a quiz winner and hand out the prize</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo last action</source>
            <translation>Undo last action</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Full screen</translation>
        </message>
    </context>
    <context>
        <name>ConsoleLauncher</name>
        <message>
            <source>Show console</source>
            <translation>Show console</translation>
        </message>
        <message>
            <source>A rehearsal run or the show?</source>
            <translation>A rehearsal run or the show?</translation>
        </message>
        <message>
            <source>A rehearsal run records a rehearsal with each act's measured time; the show log is not touched. The show writes the night's log.</source>
            <translation>A rehearsal run records a rehearsal with each act's measured time; the show log is not touched. The show writes the night's log.</translation>
        </message>
        <message>
            <source>Rehearsal run</source>
            <translation>Rehearsal run</translation>
        </message>
        <message>
            <source>The show</source>
            <translation>The show</translation>
        </message>
        <message>
            <source>The show of this gala was still running. Open the show console to resume it?</source>
            <translation>The show of this gala was still running. Open the show console to resume it?</translation>
        </message>
        <message>
            <source>A rehearsal run of this gala was still going. Open the show console to resume it?</source>
            <translation>A rehearsal run of this gala was still going. Open the show console to resume it?</translation>
        </message>
        <message>
            <source>Resume the show</source>
            <translation>Resume the show</translation>
        </message>
    </context>
    <context>
        <name>ConsoleMenu</name>
        <message>
            <source>Rehearsal run (the show log is not touched)</source>
            <translation>Rehearsal run (the show log is not touched)</translation>
        </message>
        <message>
            <source>The show</source>
            <translation>The show</translation>
        </message>
        <message>
            <source>Reset the show…</source>
            <translation>Reset the show…</translation>
        </message>
        <message>
            <source>Full screen on</source>
            <translation>Full screen on</translation>
        </message>
        <message>
            <source>Stage display on</source>
            <translation>Stage display on</translation>
        </message>
        <message>
            <source>Share with phones (crew, audience)… (F9)</source>
            <translation>Share with phones (crew, audience)… (F9)</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>Close the console</translation>
        </message>
        <message>
            <source>Lucky draw</source>
            <translation>Lucky draw</translation>
        </message>
        <message>
            <source>{draw} (drawn)</source>
            <translation>{draw} (drawn)</translation>
        </message>
    </context>
    <context>
        <name>Contingency</name>
        <message>
            <source>Programme failure</source>
            <translation>Programme failure</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>Injury</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>Power failure</translation>
        </message>
        <message>
            <source>Disorder</source>
            <translation>Disorder</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>Other incident</translation>
        </message>
        <message>
            <source>Delay the start; the audience is free</source>
            <translation>Delay the start; the audience is free</translation>
        </message>
        <message>
            <source>Postpone the gala to another day</source>
            <translation>Postpone the gala to another day</translation>
        </message>
        <message>
            <source>Pause the show and wait for power</source>
            <translation>Pause the show and wait for power</translation>
        </message>
        <message>
            <source>End the gala</source>
            <translation>End the gala</translation>
        </message>
        <message>
            <source>The next act goes on at once</source>
            <translation>The next act goes on at once</translation>
        </message>
        <message>
            <source>No act left to bring forward: wait or drop it</source>
            <translation>No act left to bring forward: wait or drop it</translation>
        </message>
        <message>
            <source>The act's leader restarts it</source>
            <translation>The act's leader restarts it</translation>
        </message>
        <message>
            <source>The act leaves the stage</source>
            <translation>The act leaves the stage</translation>
        </message>
        <message>
            <source>Minor: the school's medical staff treat it on site</source>
            <translation>Minor: the school's medical staff treat it on site</translation>
        </message>
        <message>
            <source>Serious: take the person to hospital</source>
            <translation>Serious: take the person to hospital</translation>
        </message>
        <message>
            <source>The student union keeps order, politely</source>
            <translation>The student union keeps order, politely</translation>
        </message>
        <message>
            <source>Follow the plan's steps</source>
            <translation>Follow the plan's steps</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{posts}; {others}</source>
            <translation>{posts}; {others}</translation>
        </message>
        <message>
            <source>Because of a power failure the gala starts later, at the latest at {deadline}; you are free until then.</source>
            <translation>Because of a power failure the gala starts later, at the latest at {deadline}; you are free until then.</translation>
        </message>
        <message>
            <source>The power has failed; please stay in your seats while we restore it.</source>
            <translation>The power has failed; please stay in your seats while we restore it.</translation>
        </message>
        <message>
            <source>The power has not come back: the gala is postponed to another day.</source>
            <translation>The power has not come back: the gala is postponed to another day.</translation>
        </message>
        <message>
            <source>The power has not come back: the gala ends here. Thank you for coming.</source>
            <translation>The power has not come back: the gala ends here. Thank you for coming.</translation>
        </message>
        <message>
            <source>Next on stage: {title}.</source>
            <translation>Next on stage: {title}.</translation>
        </message>
        <message>
            <source>The act starts again from the beginning.</source>
            <translation>The act starts again from the beginning.</translation>
        </message>
        <message>
            <source>The act leaves the stage; we go on with the next one.</source>
            <translation>The act leaves the stage; we go on with the next one.</translation>
        </message>
        <message>
            <source>{phase} {kind} {timer}</source>
            <translation>{phase} {kind} {timer}</translation>
        </message>
        <message>
            <source>announce the postponement</source>
            <translation>announce the postponement</translation>
        </message>
        <message>
            <source>announce the end of the gala</source>
            <translation>announce the end of the gala</translation>
        </message>
        <message>
            <source>{head} — at {minutes} min {outcome} ({left} left)</source>
            <translation>{head} — at {minutes} min {outcome} ({left} left)</translation>
        </message>
        <message>
            <source>{head} — start may slip until {deadline}, then postpone</source>
            <translation>{head} — start may slip until {deadline}, then postpone</translation>
        </message>
        <message>
            <source>There is no contingency plan for: {kind}.</source>
            <translation>There is no contingency plan for: {kind}.</translation>
        </message>
        <message>
            <source>The contingency plan “{title}” has no steps.</source>
            <translation>The contingency plan “{title}” has no steps.</translation>
        </message>
        <message>
            <source>{name} in the plan “{title}” has no phone number.</source>
            <translation>{name} in the plan “{title}” has no phone number.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>One of the gala's people: change the name and the phone on the Staff page, and every card follows.</source>
            <translation>One of the gala's people: change the name and the phone on the Staff page, and every card follows.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>a kind of your own, e.g. bad weather</source>
            <translation>a kind of your own, e.g. bad weather</translation>
        </message>
    </context>
    <context>
        <name>ContingencyCards</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Contingency plan</source>
            <translation>Contingency plan</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>Who decides</translation>
        </message>
        <message>
            <source>Who acts</source>
            <translation>Who acts</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Equipment to have ready</source>
            <translation>Equipment to have ready</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>This gala has no contingency plans yet.</source>
            <translation>This gala has no contingency plans yet.</translation>
        </message>
        <message>
            <source>Before the start: the start may slip by at most {n} min; then the host announces the gala is postponed.</source>
            <translation>Before the start: the start may slip by at most {n} min; then the host announces the gala is postponed.</translation>
        </message>
        <message>
            <source>First half: after {n} min without power the host announces the gala is postponed to another day.</source>
            <translation>First half: after {n} min without power the host announces the gala is postponed to another day.</translation>
        </message>
        <message>
            <source>Second half: after {n} min without power the host announces the end of the gala.</source>
            <translation>Second half: after {n} min without power the host announces the end of the gala.</translation>
        </message>
        <message numerus="yes">
            <source>While an act performs, the next %n acts stand by backstage.</source>
            <translation>
                <numerusform>While an act performs, the next act stands by backstage.</numerusform>
                <numerusform>While an act performs, the next %n acts stand by backstage.</numerusform>
            </translation>
        </message>
        <message>
            <source>An act that cannot start on time: the next act goes on at once.</source>
            <translation>An act that cannot start on time: the next act goes on at once.</translation>
        </message>
        <message>
            <source>An act that breaks down is restarted {n} time(s); if it fails again it leaves the stage.</source>
            <translation>An act that breaks down is restarted {n} time(s); if it fails again it leaves the stage.</translation>
        </message>
        <message>
            <source>Minor injuries: the school's medical staff treat them on site. Serious ones: to hospital.</source>
            <translation>Minor injuries: the school's medical staff treat them on site. Serious ones: to hospital.</translation>
        </message>
        <message>
            <source>Student-union members keep order and handle small disturbances, politely.</source>
            <translation>Student-union members keep order and handle small disturbances, politely.</translation>
        </message>
    </context>
    <context>
        <name>ContingencyPage</name>
        <message>
            <source>New plan</source>
            <translation>New plan</translation>
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
            <source>Apply changes</source>
            <translation>Apply changes</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Open the show console (F11)</source>
            <translation>Open the show console (F11)</translation>
        </message>
        <message>
            <source>Export contingency cards (PDF)…</source>
            <translation>Export contingency cards (PDF)…</translation>
        </message>
        <message>
            <source>Print contingency plans…</source>
            <translation>Print contingency plans…</translation>
        </message>
        <message>
            <source>Export show report (PDF or Excel)…</source>
            <translation>Export show report (PDF or Excel)…</translation>
        </message>
        <message>
            <source>Edit plan “{title}”</source>
            <translation>Edit plan “{title}”</translation>
        </message>
        <message>
            <source>Delete plan “{title}”</source>
            <translation>Delete plan “{title}”</translation>
        </message>
        <message>
            <source>Move plan</source>
            <translation>Move plan</translation>
        </message>
        <message>
            <source>Change the rules of the plan</source>
            <translation>Change the rules of the plan</translation>
        </message>
        <message>
            <source>Export contingency cards</source>
            <translation>Export contingency cards</translation>
        </message>
        <message>
            <source>contingency cards</source>
            <translation>contingency cards</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Export show report</source>
            <translation>Export show report</translation>
        </message>
        <message>
            <source>Export the plan anyway?</source>
            <translation>Export the plan anyway?</translation>
        </message>
        <message>
            <source>show report</source>
            <translation>show report</translation>
        </message>
        <message>
            <source>PDF files</source>
            <translation>PDF files</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel workbooks</translation>
        </message>
    </context>
    <context>
        <name>CrewShareDialog</name>
        <message>
            <source>Phones: the crew's view and the audience's</source>
            <translation>Phones: the crew's view and the audience's</translation>
        </message>
        <message>
            <source>The crew's phones (private)</source>
            <translation>The crew's phones (private)</translation>
        </message>
        <message>
            <source>Address on the network:</source>
            <translation>Address on the network:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Phones on the same network open the address (or scan the code) and see what is on stage, who stands by and who is to be called, with their phones. The address holds a secret key; nothing can be changed from it.</source>
            <translation>Phones on the same network open the address (or scan the code) and see what is on stage, who stands by and who is to be called, with their phones. The address holds a secret key; nothing can be changed from it.</translation>
        </message>
        <message>
            <source>Cannot share on {host}:{port}: {reason}</source>
            <translation>Cannot share on {host}:{port}: {reason}</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Stop sharing</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Start sharing</translation>
        </message>
        <message>
            <source>Not shared.</source>
            <translation>Not shared.</translation>
        </message>
    </context>
    <context>
        <name>CrewView</name>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>ON STAGE</source>
            <translation>ON STAGE</translation>
        </message>
        <message>
            <source>STANDING BY (backstage, ready)</source>
            <translation>STANDING BY (backstage, ready)</translation>
        </message>
        <message>
            <source>TO CALL</source>
            <translation>TO CALL</translation>
        </message>
        <message>
            <source>INCIDENT</source>
            <translation>INCIDENT</translation>
        </message>
        <message>
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <source>reconnecting…</source>
            <translation>reconnecting…</translation>
        </message>
    </context>
    <context>
        <name>DeciderEdit</name>
        <message>
            <source>in what capacity, or someone from outside</source>
            <translation>in what capacity, or someone from outside</translation>
        </message>
        <message>
            <source>(nobody of the gala)</source>
            <translation>(nobody of the gala)</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanel</name>
        <message>
            <source>Host: “{text}”</source>
            <translation>Host: “{text}”</translation>
        </message>
        <message numerus="yes">
            <source>{n} more incident(s) running</source>
            <translation>
                <numerusform>{n} more incident running</numerusform>
                <numerusform>{n} more incidents running</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MusicControl</name>
        <message>
            <source>No track to play: the act names no music file.</source>
            <translation>No track to play: the act names no music file.</translation>
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
            <source>Cannot play “{title}”: {reason}</source>
            <translation>Cannot play “{title}”: {reason}</translation>
        </message>
        <message>
            <source>Playing the track of “{title}”.</source>
            <translation>Playing the track of “{title}”.</translation>
        </message>
        <message>
            <source>No music is playing.</source>
            <translation>No music is playing.</translation>
        </message>
        <message>
            <source>Fading out the track of “{title}”.</source>
            <translation>Fading out the track of “{title}”.</translation>
        </message>
        <message>
            <source>Music stopped.</source>
            <translation>Music stopped.</translation>
        </message>
        <message>
            <source>Sound output</source>
            <translation>Sound output</translation>
        </message>
        <message>
            <source>The system's default</source>
            <translation>The system's default</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>Who decides</translation>
        </message>
        <message>
            <source>Who acts</source>
            <translation>Who acts</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Steps (one per line)</source>
            <translation>Steps (one per line)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>From people…</source>
            <translation>From people…</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>Add a contact</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
    </context>
    <context>
        <name>PlanListModel</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>STANDING BY (backstage, ready)</source>
            <translation>STANDING BY (backstage, ready)</translation>
        </message>
        <message>
            <source>TO CALL</source>
            <translation>TO CALL</translation>
        </message>
    </context>
    <context>
        <name>RuleSettingsBox</name>
        <message>
            <source>Rules of the plan</source>
            <translation>Rules of the plan</translation>
        </message>
        <message>
            <source>Latest start delay (min)</source>
            <translation>Latest start delay (min)</translation>
        </message>
        <message>
            <source>First-half outage before postponing (min)</source>
            <translation>First-half outage before postponing (min)</translation>
        </message>
        <message>
            <source>Second-half outage before ending (min)</source>
            <translation>Second-half outage before ending (min)</translation>
        </message>
        <message>
            <source>Acts standing by backstage</source>
            <translation>Acts standing by backstage</translation>
        </message>
        <message>
            <source>Restarts before an act is withdrawn</source>
            <translation>Restarts before an act is withdrawn</translation>
        </message>
        <message>
            <source>Apply rules</source>
            <translation>Apply rules</translation>
        </message>
    </context>
    <context>
        <name>Serve</name>
        <message>
            <source>The audience's live programme of {file} (public, read-only):</source>
            <translation>The audience's live programme of {file} (public, read-only):</translation>
        </message>
        <message>
            <source>The crew's live view of {file} (read-only):</source>
            <translation>The crew's live view of {file} (read-only):</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Press Ctrl+C to stop.</translation>
        </message>
    </context>
    <context>
        <name>Show</name>
        <message>
            <source>Before the start</source>
            <translation>Before the start</translation>
        </message>
        <message>
            <source>First half</source>
            <translation>First half</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>Intermission</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>Second half</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>performed</source>
            <translation>performed</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <source>postponed (power failure)</source>
            <translation>postponed (power failure)</translation>
        </message>
        <message>
            <source>ended early (power failure)</source>
            <translation>ended early (power failure)</translation>
        </message>
        <message>
            <source>on stage</source>
            <translation>on stage</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>as planned</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>serious</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>Show started; on stage: {title}</source>
            <translation>Show started; on stage: {title}</translation>
        </message>
        <message>
            <source>{title} ended; no act left</source>
            <translation>{title} ended; no act left</translation>
        </message>
        <message>
            <source>{title} ended; on stage: {other}</source>
            <translation>{title} ended; on stage: {other}</translation>
        </message>
        <message>
            <source>{title} broke down and restarts</source>
            <translation>{title} broke down and restarts</translation>
        </message>
        <message>
            <source>{title} broke down again and is withdrawn; on stage: {other}</source>
            <translation>{title} broke down again and is withdrawn; on stage: {other}</translation>
        </message>
        <message>
            <source>{title} not ready; {other} goes first</source>
            <translation>{title} not ready; {other} goes first</translation>
        </message>
        <message>
            <source>{title} skipped</source>
            <translation>{title} skipped</translation>
        </message>
        <message>
            <source>Intermission begins</source>
            <translation>Intermission begins</translation>
        </message>
        <message>
            <source>Intermission over; on stage: {title}</source>
            <translation>Intermission over; on stage: {title}</translation>
        </message>
        <message>
            <source>Show ended ({reason})</source>
            <translation>Show ended ({reason})</translation>
        </message>
        <message>
            <source>Incident {n}: {kind}</source>
            <translation>Incident {n}: {kind}</translation>
        </message>
        <message>
            <source>Incident {n} escalated: {step}</source>
            <translation>Incident {n} escalated: {step}</translation>
        </message>
        <message>
            <source>Incident {n} resolved</source>
            <translation>Incident {n} resolved</translation>
        </message>
        <message>
            <source>Note on incident {n}: {text}</source>
            <translation>Note on incident {n}: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Note: {text}</translation>
        </message>
    </context>
    <context>
        <name>ShowBoard</name>
        <message>
            <source>REHEARSAL</source>
            <translation>REHEARSAL</translation>
        </message>
        <message>
            <source>SHOW</source>
            <translation>SHOW</translation>
        </message>
        <message>
            <source>Planned {start}–{end} · now ending {projected}</source>
            <translation>Planned {start}–{end} · now ending {projected}</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>On schedule</source>
            <translation>On schedule</translation>
        </message>
        <message>
            <source>Behind by {t}</source>
            <translation>Behind by {t}</translation>
        </message>
        <message>
            <source>Ahead by {t}</source>
            <translation>Ahead by {t}</translation>
        </message>
        <message>
            <source>{host}: {link}</source>
            <translation>{host}: {link}</translation>
        </message>
        <message>
            <source>The show has ended</source>
            <translation>The show has ended</translation>
        </message>
        <message>
            <source>Rehearsal run</source>
            <translation>Rehearsal run</translation>
        </message>
        <message>
            <source>Stage empty</source>
            <translation>Stage empty</translation>
        </message>
        <message>
            <source>started {time}</source>
            <translation>started {time}</translation>
        </message>
        <message>
            <source>paused: power failure</source>
            <translation>paused: power failure</translation>
        </message>
        <message>
            <source>over by {t}</source>
            <translation>over by {t}</translation>
        </message>
        <message>
            <source>restarted {n} time(s)</source>
            <translation>restarted {n} time(s)</translation>
        </message>
        <message>
            <source>Run time {t}</source>
            <translation>Run time {t}</translation>
        </message>
        <message>
            <source>Press Space when the second half begins</source>
            <translation>Press Space when the second half begins</translation>
        </message>
        <message>
            <source>Press Space to bring on the next act</source>
            <translation>Press Space to bring on the next act</translation>
        </message>
        <message>
            <source>No act left: press E to end</source>
            <translation>No act left: press E to end</translation>
        </message>
        <message>
            <source>Press F5 to start</source>
            <translation>Press F5 to start</translation>
        </message>
        <message>
            <source>The gala is on {date} at {time}</source>
            <translation>The gala is on {date} at {time}</translation>
        </message>
        <message>
            <source>Starts in {t}</source>
            <translation>Starts in {t}</translation>
        </message>
        <message>
            <source>Start time reached: press F5</source>
            <translation>Start time reached: press F5</translation>
        </message>
    </context>
    <context>
        <name>ShowConsoleWindow</name>
        <message>
            <source>Show console</source>
            <translation>Show console</translation>
        </message>
        <message>
            <source>Show console: rehearsal run</source>
            <translation>Show console: rehearsal run</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>End the current run first (E).</source>
            <translation>End the current run first (E).</translation>
        </message>
        <message>
            <source>Clear everything the show log holds? The gala file is backed up first; rehearsal runs are kept.</source>
            <translation>Clear everything the show log holds? The gala file is backed up first; rehearsal runs are kept.</translation>
        </message>
        <message numerus="yes">
            <source>Show reset: {n} action(s) cleared; backup: {path}</source>
            <translation>
                <numerusform>Show reset: {n} action cleared; backup: {path}</numerusform>
                <numerusform>Show reset: {n} actions cleared; backup: {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note for the show log:</source>
            <translation>Note for the show log:</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>Other incident</translation>
        </message>
        <message>
            <source>Which plan applies?</source>
            <translation>Which plan applies?</translation>
        </message>
    </context>
    <context>
        <name>ShowReport</name>
        <message>
            <source>Show report</source>
            <translation>Show report</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Planned and actual</source>
            <translation>Planned and actual</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Show log</source>
            <translation>Show log</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>How it ended</translation>
        </message>
        <message>
            <source>Run time</source>
            <translation>Run time</translation>
        </message>
        <message>
            <source>No show has been logged for this gala: this report holds the plan only.</source>
            <translation>No show has been logged for this gala: this report holds the plan only.</translation>
        </message>
        <message>
            <source>Programme length</source>
            <translation>Programme length</translation>
        </message>
        <message>
            <source>Planned length</source>
            <translation>Planned length</translation>
        </message>
        <message>
            <source>Against the planned length</source>
            <translation>Against the planned length</translation>
        </message>
        <message>
            <source>{time} {kind}: {text}</source>
            <translation>{time} {kind}: {text}</translation>
        </message>
        <message>
            <source>End against plan</source>
            <translation>End against plan</translation>
        </message>
        <message>
            <source>Acts over time</source>
            <translation>Acts over time</translation>
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
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Actual start</source>
            <translation>Actual start</translation>
        </message>
        <message>
            <source>Actual end</source>
            <translation>Actual end</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>Restarts</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
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
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Decision (the plan's rule)</source>
            <translation>Decision (the plan's rule)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>No incidents.</source>
            <translation>No incidents.</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>escalated</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
    </context>
    <context>
        <name>StageDisplayWindow</name>
        <message>
            <source>Stage display</source>
            <translation>Stage display</translation>
        </message>
        <message>
            <source>ON STAGE</source>
            <translation>ON STAGE</translation>
        </message>
        <message>
            <source>NEXT, AND THE HOST'S LINK</source>
            <translation>NEXT, AND THE HOST'S LINK</translation>
        </message>
        <message>
            <source>Scan for the live programme</source>
            <translation>Scan for the live programme</translation>
        </message>
        <message>
            <source>PAUSED: power failure</source>
            <translation>PAUSED: power failure</translation>
        </message>
        <message>
            <source>OVER TIME</source>
            <translation>OVER TIME</translation>
        </message>
        <message>
            <source>Last minute</source>
            <translation>Last minute</translation>
        </message>
    </context>
    <context>
        <name>StagePanel</name>
        <message>
            <source>ON STAGE</source>
            <translation>ON STAGE</translation>
        </message>
        <message>
            <source>NEXT, AND THE HOST'S LINK</source>
            <translation>NEXT, AND THE HOST'S LINK</translation>
        </message>
    </context>
</TS>
