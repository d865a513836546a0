<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>GuestDialog</name>
        <message>
            <source>New guest</source>
            <translation>New guest</translation>
        </message>
        <message>
            <source>Guest {name}</source>
            <translation>Guest {name}</translation>
        </message>
        <message>
            <source>as printed on the invitation, e.g. 院团委书记</source>
            <translation>as printed on the invitation, e.g. 院团委书记</translation>
        </message>
        <message>
            <source>phone or WeChat</source>
            <translation>phone or WeChat</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Post: {name}</source>
            <translation>Post: {name}</translation>
        </message>
        <message>
            <source>Arrives at</source>
            <translation>Arrives at</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title / organisation</source>
            <translation>Title / organisation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Represents</source>
            <translation>Represents</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Invited by</source>
            <translation>Invited by</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>Met by</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>GuestExport</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>INVITATION</source>
            <translation>INVITATION</translation>
        </message>
        <message>
            <source>With best regards,</source>
            <translation>With best regards,</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Invitations</translation>
        </message>
        <message>
            <source>No guest to invite.</source>
            <translation>No guest to invite.</translation>
        </message>
        <message>
            <source>fold here</source>
            <translation>fold here</translation>
        </message>
        <message>
            <source>Place cards</source>
            <translation>Place cards</translation>
        </message>
        <message>
            <source>No guest to print a card for.</source>
            <translation>No guest to print a card for.</translation>
        </message>
        <message>
            <source>Seating plan of the guests</source>
            <translation>Seating plan of the guests</translation>
        </message>
        <message>
            <source>STAGE</source>
            <translation>STAGE</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
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
            <source>Arrives</source>
            <translation>Arrives</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>Met by</translation>
        </message>
        <message>
            <source>Not seated yet: {names}</source>
            <translation>Not seated yet: {names}</translation>
        </message>
        <message>
            <source>free</source>
            <translation>free</translation>
        </message>
    </context>
    <context>
        <name>GuestListTab</name>
        <message>
            <source>Add guest…</source>
            <translation>Add guest…</translation>
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
            <source>Invitation of selected:</source>
            <translation>Invitation of selected:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>{confirmed} of {count} confirmed</source>
            <translation>{confirmed} of {count} confirmed</translation>
        </message>
    </context>
    <context>
        <name>GuestTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title / organisation</source>
            <translation>Title / organisation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Arrives</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>Met by</translation>
        </message>
        <message>
            <source>Invited by</source>
            <translation>Invited by</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Guests</name>
        <message>
            <source>School leader</source>
            <translation>School leader</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>Judge</translation>
        </message>
        <message>
            <source>Sponsor’s representative</source>
            <translation>Sponsor’s representative</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Press</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Alumnus</translation>
        </message>
        <message>
            <source>Other guest</source>
            <translation>Other guest</translation>
        </message>
        <message>
            <source>To invite</source>
            <translation>To invite</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>A guest needs a name.</source>
            <translation>A guest needs a name.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>The name is too long.</translation>
        </message>
        <message>
            <source>The title is too long.</source>
            <translation>The title is too long.</translation>
        </message>
        <message>
            <source>Between 1 and 30 rows.</source>
            <translation>Between 1 and 30 rows.</translation>
        </message>
        <message>
            <source>Between 1 and 60 seats a row.</source>
            <translation>Between 1 and 60 seats a row.</translation>
        </message>
        <message>
            <source>Guests sit where the smaller plan has no seat: move them first.</source>
            <translation>Guests sit where the smaller plan has no seat: move them first.</translation>
        </message>
        <message>
            <source>There is no such seat in the plan.</source>
            <translation>There is no such seat in the plan.</translation>
        </message>
        <message>
            <source>That seat is taken.</source>
            <translation>That seat is taken.</translation>
        </message>
        <message>
            <source>The text is too long.</source>
            <translation>The text is too long.</translation>
        </message>
        <message>
            <source>Row {row}, seat {number}</source>
            <translation>Row {row}, seat {number}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Row {row}</translation>
        </message>
        <message>
            <source>No guest of that name: {names}</source>
            <translation>No guest of that name: {names}</translation>
        </message>
        <message>
            <source>{name} has confirmed but has no seat.</source>
            <translation>{name} has confirmed but has no seat.</translation>
        </message>
        <message>
            <source>Nobody is to meet {name} on arrival.</source>
            <translation>Nobody is to meet {name} on arrival.</translation>
        </message>
        <message>
            <source>{name} sits in row {row}, seat {number}, which the seating plan does not have.</source>
            <translation>{name} sits in row {row}, seat {number}, which the seating plan does not have.</translation>
        </message>
        <message>
            <source>The judge {name} has not confirmed, and the gala is today.</source>
            <translation>The judge {name} has not confirmed, and the gala is today.</translation>
        </message>
        <message numerus="yes">
            <source>The judge {name} has not confirmed, %n day(s) before the gala.</source>
            <translation>
                <numerusform>The judge {name} has not confirmed, %n day before the gala.</numerusform>
                <numerusform>The judge {name} has not confirmed, %n days before the gala.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add guest {name}</source>
            <translation>Add guest {name}</translation>
        </message>
        <message>
            <source>Edit guest {name}</source>
            <translation>Edit guest {name}</translation>
        </message>
        <message>
            <source>Remove guest {name}</source>
            <translation>Remove guest {name}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n guest(s)</source>
            <translation>
                <numerusform>Remove %n guest</numerusform>
                <numerusform>Remove %n guests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n guest(s) “{status}”</source>
            <translation>
                <numerusform>Mark %n guest “{status}”</numerusform>
                <numerusform>Mark %n guests “{status}”</numerusform>
            </translation>
        </message>
        <message>
            <source>Seat {name} in {seat}</source>
            <translation>Seat {name} in {seat}</translation>
        </message>
        <message numerus="yes">
            <source>Take %n guest(s) off their seats</source>
            <translation>
                <numerusform>Take %n guest off their seats</numerusform>
                <numerusform>Take %n guests off their seats</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the seating plan</source>
            <translation>Change the seating plan</translation>
        </message>
        <message>
            <source>Change the invitation text</source>
            <translation>Change the invitation text</translation>
        </message>
    </context>
    <context>
        <name>GuestsPage</name>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Seating plan</source>
            <translation>Seating plan</translation>
        </message>
        <message>
            <source>Invitation texts</source>
            <translation>Invitation texts</translation>
        </message>
        <message>
            <source>Print invitations…</source>
            <translation>Print invitations…</translation>
        </message>
        <message>
            <source>Print place cards…</source>
            <translation>Print place cards…</translation>
        </message>
        <message>
            <source>Export seating plan…</source>
            <translation>Export seating plan…</translation>
        </message>
        <message>
            <source>invitations</source>
            <translation>invitations</translation>
        </message>
        <message>
            <source>place cards</source>
            <translation>place cards</translation>
        </message>
        <message>
            <source>seating plan</source>
            <translation>seating plan</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Invitation</name>
        <message>
            <source>Dear {title} {name},</source>
            <translation>Dear {title} {name},</translation>
        </message>
        <message>
            <source>Dear teacher {name},</source>
            <translation>Dear teacher {name},</translation>
        </message>
        <message>
            <source>Dear alumnus {name},</source>
            <translation>Dear alumnus {name},</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Dear {name},</translation>
        </message>
        <message>
            <source>{organiser} will hold {gala} on {date} at {time} at {venue}, under the theme “{theme}”.</source>
            <translation>{organiser} will hold {gala} on {date} at {time} at {venue}, under the theme “{theme}”.</translation>
        </message>
        <message>
            <source>We would be honoured by your presence and guidance.</source>
            <translation>We would be honoured by your presence and guidance.</translation>
        </message>
        <message>
            <source>We would be honoured if you would serve as a judge of the evening’s acts; your seat among the judges is kept for you.</source>
            <translation>We would be honoured if you would serve as a judge of the evening’s acts; your seat among the judges is kept for you.</translation>
        </message>
        <message>
            <source>With warm thanks for your support of the gala, we invite you to be our guest.</source>
            <translation>With warm thanks for your support of the gala, we invite you to be our guest.</translation>
        </message>
        <message>
            <source>We warmly invite you to cover the evening.</source>
            <translation>We warmly invite you to cover the evening.</translation>
        </message>
        <message>
            <source>Come back to campus and spend the evening with the students!</source>
            <translation>Come back to campus and spend the evening with the students!</translation>
        </message>
        <message>
            <source>We sincerely invite you to join us.</source>
            <translation>We sincerely invite you to join us.</translation>
        </message>
        <message>
            <source>{opening} {ending}</source>
            <translation>{opening} {ending}</translation>
        </message>
    </context>
    <context>
        <name>InvitationTextsTab</name>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Greeting</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Save the text</source>
            <translation>Save the text</translation>
        </message>
        <message>
            <source>Use the default words</source>
            <translation>Use the default words</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>These words are filled in: {names}</source>
            <translation>These words are filled in: {names}</translation>
        </message>
        <message>
            <source>The committee’s own words</source>
            <translation>The committee’s own words</translation>
        </message>
        <message>
            <source>The default words</source>
            <translation>The default words</translation>
        </message>
        <message>
            <source>Zhang San</source>
            <translation>Zhang San</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A5</source>
            <translation>A5</translation>
        </message>
        <message>
            <source>Every guest who has not declined</source>
            <translation>Every guest who has not declined</translation>
        </message>
        <message numerus="yes">
            <source>Only the %n selected guest(s)</source>
            <translation>
                <numerusform>Only the %n selected guest</numerusform>
                <numerusform>Only the %n selected guests</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SeatingTab</name>
        <message>
            <source>STAGE</source>
            <translation>STAGE</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Seats a row</source>
            <translation>Seats a row</translation>
        </message>
        <message>
            <source>Numbering</source>
            <translation>Numbering</translation>
        </message>
        <message>
            <source>1, 2, 3 … from the left</source>
            <translation>1, 2, 3 … from the left</translation>
        </message>
        <message>
            <source>Seat 1 in the middle, odd right, even left</source>
            <translation>Seat 1 in the middle, odd right, even left</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Seat the selected guest here</source>
            <translation>Seat the selected guest here</translation>
        </message>
        <message>
            <source>Take off the seat</source>
            <translation>Take off the seat</translation>
        </message>
        <message>
            <source>Drag a guest from the list onto a seat, or onto another guest to swap. Seats are shown as the audience faces the stage.</source>
            <translation>Drag a guest from the list onto a seat, or onto another guest to swap. Seats are shown as the audience faces the stage.</translation>
        </message>
    </context>
    <context>
        <name>SeatingTableModel</name>
        <message>
            <source>Seat {number}</source>
            <translation>Seat {number}</translation>
        </message>
    </context>
</TS>
