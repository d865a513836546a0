<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Put on duty</source>
            <translation>Put on duty</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Choose a person, a post and a shift.</source>
            <translation>Choose a person, a post and a shift.</translation>
        </message>
    </context>
    <context>
        <name>DepartmentDialog</name>
        <message>
            <source>Edit department</source>
            <translation>Edit department</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Add department</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Duties</source>
            <translation>Duties</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>A name is required.</translation>
        </message>
        <message>
            <source>There is a department of this name already.</source>
            <translation>There is a department of this name already.</translation>
        </message>
        <message>
            <source>Choose a colour like {example}.</source>
            <translation>Choose a colour like {example}.</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsTab</name>
        <message>
            <source>Add department…</source>
            <translation>Add department…</translation>
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
            <source>Remove department</source>
            <translation>Remove department</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n member(s); they (and its tasks and supplies) will be left without a department. Remove it anyway?</source>
            <translation>
                <numerusform>{name} has %n member; they (and its tasks and supplies) will be left without a department. Remove it anyway?</numerusform>
                <numerusform>{name} has %n members; they (and its tasks and supplies) will be left without a department. Remove it anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HostLinksWidget</name>
        <message>
            <source>Host links of the running order (only chosen hosts are offered):</source>
            <translation>Host links of the running order (only chosen hosts are offered):</translation>
        </message>
        <message>
            <source>Give the selected links to</source>
            <translation>Give the selected links to</translation>
        </message>
        <message>
            <source>(no host)</source>
            <translation>(no host)</translation>
        </message>
        <message>
            <source>Host links to {name}</source>
            <translation>Host links to {name}</translation>
        </message>
    </context>
    <context>
        <name>HostsTab</name>
        <message>
            <source>Hosts wanted</source>
            <translation>Hosts wanted</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>In all</translation>
        </message>
        <message>
            <source>of them men</source>
            <translation>of them men</translation>
        </message>
        <message>
            <source>women</source>
            <translation>women</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Add as candidate</source>
            <translation>Add as candidate</translation>
        </message>
        <message>
            <source>Choose as host</source>
            <translation>Choose as host</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Back to candidate</source>
            <translation>Back to candidate</translation>
        </message>
        <message>
            <source>Remove from candidates</source>
            <translation>Remove from candidates</translation>
        </message>
        <message>
            <source>Chosen {n} of {wanted} wanted: {m} male ({wm} wanted), {f} female ({wf} wanted); {c} confirmed.</source>
            <translation>Chosen {n} of {wanted} wanted: {m} male ({wm} wanted), {f} female ({wf} wanted); {c} confirmed.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Search name, phone, class, notes…</source>
            <translation>Search name, phone, class, notes…</translation>
        </message>
        <message>
            <source>Add person…</source>
            <translation>Add person…</translation>
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
            <source>Print “my night”…</source>
            <translation>Print “my night”…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>(no department)</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>All roles</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) shown</source>
            <translation>
                <numerusform>%n person shown</numerusform>
                <numerusform>%n people shown</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Remove person</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>(no department)</translation>
        </message>
        <message>
            <source>WeChat or QQ</source>
            <translation>WeChat or QQ</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Host confirmed (no longer provisional)</source>
            <translation>Host confirmed (no longer provisional)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Other contact</translation>
        </message>
        <message>
            <source>Class / student no.</source>
            <translation>Class / student no.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>People needed</source>
            <translation>People needed</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>A name is required.</translation>
        </message>
        <message>
            <source>There is a post of this name already.</source>
            <translation>There is a post of this name already.</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <source>Put on duty…</source>
            <translation>Put on duty…</translation>
        </message>
        <message>
            <source>Add post…</source>
            <translation>Add post…</translation>
        </message>
        <message>
            <source>Edit post…</source>
            <translation>Edit post…</translation>
        </message>
        <message>
            <source>Remove post</source>
            <translation>Remove post</translation>
        </message>
        <message>
            <source>Add shift…</source>
            <translation>Add shift…</translation>
        </message>
        <message>
            <source>Edit shift…</source>
            <translation>Edit shift…</translation>
        </message>
        <message>
            <source>Remove shift</source>
            <translation>Remove shift</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Not staffed then</source>
            <translation>Not staffed then</translation>
        </message>
        <message>
            <source>Drag people onto the grid:</source>
            <translation>Drag people onto the grid:</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>People needed in the selected cell:</source>
            <translation>People needed in the selected cell:</translation>
        </message>
        <message>
            <source>Yellow: short of people · red: someone is needed elsewhere at the same time · green: staffed · grey: not staffed then</source>
            <translation>Yellow: short of people · red: someone is needed elsewhere at the same time · green: staffed · grey: not staffed then</translation>
        </message>
        <message>
            <source>Put someone on duty here…</source>
            <translation>Put someone on duty here…</translation>
        </message>
        <message>
            <source>Take {name} off duty</source>
            <translation>Take {name} off duty</translation>
        </message>
        <message>
            <source>People are on duty there; they will be taken off. Remove anyway?</source>
            <translation>People are on duty there; they will be taken off. Remove anyway?</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends (before the start: after midnight)</source>
            <translation>Ends (before the start: after midnight)</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>A name is required.</translation>
        </message>
        <message>
            <source>There is a shift of this name already.</source>
            <translation>There is a shift of this name already.</translation>
        </message>
        <message>
            <source>A shift must end after it starts.</source>
            <translation>A shift must end after it starts.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Duties</source>
            <translation>Duties</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Other contact</translation>
        </message>
        <message>
            <source>Class / student no.</source>
            <translation>Class / student no.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Not staffed in this shift. Drop a person here.</source>
            <translation>Not staffed in this shift. Drop a person here.</translation>
        </message>
        <message numerus="yes">
            <source>{assigned} of %n person(s)</source>
            <translation>
                <numerusform>{assigned} of %n person</numerusform>
                <numerusform>{assigned} of %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ marks someone who is needed elsewhere at the same time.</source>
            <translation>⚠ marks someone who is needed elsewhere at the same time.</translation>
        </message>
        <message>
            <source>Add person {name}</source>
            <translation>Add person {name}</translation>
        </message>
        <message>
            <source>Edit person {name}</source>
            <translation>Edit person {name}</translation>
        </message>
        <message>
            <source>Remove person {name}</source>
            <translation>Remove person {name}</translation>
        </message>
        <message>
            <source>Add department {name}</source>
            <translation>Add department {name}</translation>
        </message>
        <message>
            <source>Edit department {name}</source>
            <translation>Edit department {name}</translation>
        </message>
        <message>
            <source>Remove department {name}</source>
            <translation>Remove department {name}</translation>
        </message>
        <message>
            <source>Host status of {name}</source>
            <translation>Host status of {name}</translation>
        </message>
        <message>
            <source>Wanted hosts</source>
            <translation>Wanted hosts</translation>
        </message>
        <message>
            <source>Add post {name}</source>
            <translation>Add post {name}</translation>
        </message>
        <message>
            <source>Edit post {name}</source>
            <translation>Edit post {name}</translation>
        </message>
        <message>
            <source>Remove post {name}</source>
            <translation>Remove post {name}</translation>
        </message>
        <message>
            <source>Add shift {name}</source>
            <translation>Add shift {name}</translation>
        </message>
        <message>
            <source>Edit shift {name}</source>
            <translation>Edit shift {name}</translation>
        </message>
        <message>
            <source>Remove shift {name}</source>
            <translation>Remove shift {name}</translation>
        </message>
        <message>
            <source>Put {name} on duty</source>
            <translation>Put {name} on duty</translation>
        </message>
        <message>
            <source>Take {name} off duty</source>
            <translation>Take {name} off duty</translation>
        </message>
        <message>
            <source>People needed on a post</source>
            <translation>People needed on a post</translation>
        </message>
        <message>
            <source>Overall director</source>
            <translation>Overall director</translation>
        </message>
        <message>
            <source>Department head</source>
            <translation>Department head</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Host candidate</source>
            <translation>Host candidate</translation>
        </message>
        <message>
            <source>Usher</source>
            <translation>Usher</translation>
        </message>
        <message>
            <source>Lights and sound</source>
            <translation>Lights and sound</translation>
        </message>
        <message>
            <source>Order keeper</source>
            <translation>Order keeper</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Press</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>Medical staff</translation>
        </message>
        <message>
            <source>Act contact</source>
            <translation>Act contact</translation>
        </message>
        <message>
            <source>Performer</source>
            <translation>Performer</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>Not a candidate</source>
            <translation>Not a candidate</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <source>Chosen (provisional)</source>
            <translation>Chosen (provisional)</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>person in charge of {x}</source>
            <translation>person in charge of {x}</translation>
        </message>
        <message>
            <source>on post {x}</source>
            <translation>on post {x}</translation>
        </message>
        <message>
            <source>member {x}</source>
            <translation>member {x}</translation>
        </message>
        <message>
            <source>{x} on duty there</source>
            <translation>{x} on duty there</translation>
        </message>
        <message>
            <source>task “{x}”</source>
            <translation>task “{x}”</translation>
        </message>
        <message>
            <source>supply “{x}”</source>
            <translation>supply “{x}”</translation>
        </message>
        <message>
            <source>act “{x}”</source>
            <translation>act “{x}”</translation>
        </message>
        <message>
            <source>contact of act “{x}”</source>
            <translation>contact of act “{x}”</translation>
        </message>
        <message>
            <source>host of “{x}”</source>
            <translation>host of “{x}”</translation>
        </message>
        <message>
            <source>host link “{x}”</source>
            <translation>host link “{x}”</translation>
        </message>
        <message>
            <source>looks after sponsor “{x}”</source>
            <translation>looks after sponsor “{x}”</translation>
        </message>
        <message>
            <source>contact in the plan “{x}”</source>
            <translation>contact in the plan “{x}”</translation>
        </message>
        <message>
            <source>decides in the plan “{x}”</source>
            <translation>decides in the plan “{x}”</translation>
        </message>
        <message>
            <source>invites the guest {x}</source>
            <translation>invites the guest {x}</translation>
        </message>
        <message>
            <source>meets the guest {x}</source>
            <translation>meets the guest {x}</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>A name is required.</translation>
        </message>
        <message>
            <source>This name is already used.</source>
            <translation>This name is already used.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>The name is too long.</translation>
        </message>
        <message>
            <source>A phone number may only contain digits, spaces, +, - and brackets.</source>
            <translation>A phone number may only contain digits, spaces, +, - and brackets.</translation>
        </message>
        <message>
            <source>Choose a colour like #1c7ed6.</source>
            <translation>Choose a colour like #1c7ed6.</translation>
        </message>
        <message>
            <source>Men and women together cannot be more than the hosts wanted.</source>
            <translation>Men and women together cannot be more than the hosts wanted.</translation>
        </message>
        <message>
            <source>A shift must end after it starts.</source>
            <translation>A shift must end after it starts.</translation>
        </message>
        <message>
            <source>This person is already on that post in that shift.</source>
            <translation>This person is already on that post in that shift.</translation>
        </message>
        <message>
            <source>Between 0 and 99 people.</source>
            <translation>Between 0 and 99 people.</translation>
        </message>
        <message>
            <source>Nobody of this name is in the gala.</source>
            <translation>Nobody of this name is in the gala.</translation>
        </message>
        <message numerus="yes">
            <source>Post {post} needs %n person(s) during {shift}, only {assigned} assigned.</source>
            <translation>
                <numerusform>Post {post} needs %n person during {shift}, only {assigned} assigned.</numerusform>
                <numerusform>Post {post} needs %n people during {shift}, only {assigned} assigned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n host(s) chosen, {wanted} wanted.</source>
            <translation>
                <numerusform>%n host chosen, {wanted} wanted.</numerusform>
                <numerusform>%n hosts chosen, {wanted} wanted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hosts chosen: {chosen_male} male, {chosen_female} female; wanted {male} and {female}.</source>
            <translation>Hosts chosen: {chosen_male} male, {chosen_female} female; wanted {male} and {female}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>This person cannot be removed, still: {refs}.</source>
            <translation>This person cannot be removed, still: {refs}.</translation>
        </message>
        <message>
            <source>This department is still used by: {refs}.</source>
            <translation>This department is still used by: {refs}.</translation>
        </message>
        <message>
            <source>People are on duty at this post: {refs}.</source>
            <translation>People are on duty at this post: {refs}.</translation>
        </message>
        <message>
            <source>People are on duty in this shift: {refs}.</source>
            <translation>People are on duty in this shift: {refs}.</translation>
        </message>
        <message>
            <source>People are on duty there: {refs}.</source>
            <translation>People are on duty there: {refs}.</translation>
        </message>
        <message>
            <source>Still used by: {refs}.</source>
            <translation>Still used by: {refs}.</translation>
        </message>
        <message>
            <source>{person} is on two posts at once: {post_a} ({shift_a}) and {post_b} ({shift_b}).</source>
            <translation>{person} is on two posts at once: {post_a} ({shift_a}) and {post_b} ({shift_b}).</translation>
        </message>
        <message>
            <source>{person} is on post {post} ({shift}) while busy with {what}.</source>
            <translation>{person} is on post {post} ({shift}) while busy with {what}.</translation>
        </message>
        <message>
            <source>Department {department} has no person in charge.</source>
            <translation>Department {department} has no person in charge.</translation>
        </message>
        <message>
            <source>{person} speaks the link of “{title}” but is not a chosen host.</source>
            <translation>{person} speaks the link of “{title}” but is not a chosen host.</translation>
        </message>
        <message>
            <source>Host {person} has no link in the running order yet.</source>
            <translation>Host {person} has no link in the running order yet.</translation>
        </message>
        <message>
            <source>Hosts not yet confirmed: {names}.</source>
            <translation>Hosts not yet confirmed: {names}.</translation>
        </message>
    </context>
    <context>
        <name>StaffExport</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>(no department)</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>Contact list</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Other contact</translation>
        </message>
        <message>
            <source>Post on the night</source>
            <translation>Post on the night</translation>
        </message>
        <message>
            <source>{people} in {departments}</source>
            <translation>{people} in {departments}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n department(s)</source>
            <translation>
                <numerusform>%n department</numerusform>
                <numerusform>%n departments</numerusform>
            </translation>
        </message>
        <message>
            <source>Internal: contains personal phone numbers. Do not publish or pass on.</source>
            <translation>Internal: contains personal phone numbers. Do not publish or pass on.</translation>
        </message>
        <message>
            <source>This gala has no people yet.</source>
            <translation>This gala has no people yet.</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>People on duty</source>
            <translation>People on duty</translation>
        </message>
        <message>
            <source>Staffed</source>
            <translation>Staffed</translation>
        </message>
        <message>
            <source>Together with</source>
            <translation>Together with</translation>
        </message>
        <message>
            <source>{name}: my night</source>
            <translation>{name}: my night</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>By person</translation>
        </message>
        <message>
            <source>No posts are staffed yet.</source>
            <translation>No posts are staffed yet.</translation>
        </message>
        <message>
            <source>No post on the night.</source>
            <translation>No post on the night.</translation>
        </message>
        <message>
            <source>Questions on the night: {who}</source>
            <translation>Questions on the night: {who}</translation>
        </message>
        <message>
            <source>Cannot write “{suffix}” files: use .pdf or .xlsx.</source>
            <translation>Cannot write “{suffix}” files: use .pdf or .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>StaffImport</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Already there (same name and phone): skipped</source>
            <translation>Already there (same name and phone): skipped</translation>
        </message>
        <message>
            <source>the name has {value} characters; at most 100 are accepted</source>
            <translation>the name has {value} characters; at most 100 are accepted</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number (digits, spaces and + - ( ) only)</source>
            <translation>“{value}” is not a phone number (digits, spaces and + - ( ) only)</translation>
        </message>
        <message>
            <source>New departments: {names}.</source>
            <translation>New departments: {names}.</translation>
        </message>
        <message>
            <source>the name is missing</source>
            <translation>the name is missing</translation>
        </message>
        <message>
            <source>{value} has not 11 digits; check the mobile number</source>
            <translation>{value} has not 11 digits; check the mobile number</translation>
        </message>
        <message>
            <source>gender “{value}” not understood (left open)</source>
            <translation>gender “{value}” not understood (left open)</translation>
        </message>
        <message>
            <source>role “{value}” not understood (ignored)</source>
            <translation>role “{value}” not understood (ignored)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n person(s) ({dup} already there, skipped).</source>
            <translation>
                <numerusform>Imported %n person ({dup} already there, skipped).</numerusform>
                <numerusform>Imported %n people ({dup} already there, skipped).</numerusform>
            </translation>
        </message>
        <message>
            <source>Import people from {file}</source>
            <translation>Import people from {file}</translation>
        </message>
        <message numerus="yes">
            <source>Import %n person(s)</source>
            <translation>
                <numerusform>Import %n person</numerusform>
                <numerusform>Import %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>{new} new, {dup} already there (skipped), {err} with errors.</source>
            <translation>{new} new, {dup} already there (skipped), {err} with errors.</translation>
        </message>
        <message>
            <source>Everyone in this sheet is already in the gala.</source>
            <translation>Everyone in this sheet is already in the gala.</translation>
        </message>
        <message>
            <source>No sheet of {name} has a header row with a name column (姓名 or Name).</source>
            <translation>No sheet of {name} has a header row with a name column (姓名 or Name).</translation>
        </message>
        <message>
            <source>no name column</source>
            <translation>no name column</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>contact list</source>
            <translation>contact list</translation>
        </message>
        <message>
            <source>duty roster</source>
            <translation>duty roster</translation>
        </message>
        <message>
            <source>my night</source>
            <translation>my night</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Hosts</translation>
        </message>
        <message>
            <source>Posts and shifts</source>
            <translation>Posts and shifts</translation>
        </message>
        <message>
            <source>Export contact list…</source>
            <translation>Export contact list…</translation>
        </message>
        <message>
            <source>Export duty roster…</source>
            <translation>Export duty roster…</translation>
        </message>
        <message>
            <source>Import people from Excel…</source>
            <translation>Import people from Excel…</translation>
        </message>
    </context>
</TS>
