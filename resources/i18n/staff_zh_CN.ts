<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Put on duty</source>
            <translation>安排值岗</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Choose a person, a post and a shift.</source>
            <translation>请选择人员、岗位和时段。</translation>
        </message>
    </context>
    <context>
        <name>DepartmentDialog</name>
        <message>
            <source>Edit department</source>
            <translation>编辑部门</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>添加部门</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>（暂无）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Duties</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <source>There is a department of this name already.</source>
            <translation>已有同名部门。</translation>
        </message>
        <message>
            <source>Choose a colour like {example}.</source>
            <translation>请选择形如 {example} 的颜色。</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsTab</name>
        <message>
            <source>Add department…</source>
            <translation>添加部门…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove department</source>
            <translation>删除部门</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n member(s); they (and its tasks and supplies) will be left without a department. Remove it anyway?</source>
            <translation>
                <numerusform>{name}有 %n 名成员；删除后他们（以及该部门的任务和物品）将不属于任何部门。仍要删除吗？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HostLinksWidget</name>
        <message>
            <source>Host links of the running order (only chosen hosts are offered):</source>
            <translation>节目单中的主持串词（只列出已选主持人）：</translation>
        </message>
        <message>
            <source>Give the selected links to</source>
            <translation>将所选串词交给</translation>
        </message>
        <message>
            <source>(no host)</source>
            <translation>（无主持人）</translation>
        </message>
        <message>
            <source>Host links to {name}</source>
            <translation>串词交给{name}</translation>
        </message>
    </context>
    <context>
        <name>HostsTab</name>
        <message>
            <source>Hosts wanted</source>
            <translation>所需主持人</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>共</translation>
        </message>
        <message>
            <source>of them men</source>
            <translation>其中男</translation>
        </message>
        <message>
            <source>women</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Add as candidate</source>
            <translation>加为候选人</translation>
        </message>
        <message>
            <source>Choose as host</source>
            <translation>选为主持人</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Back to candidate</source>
            <translation>退回候选</translation>
        </message>
        <message>
            <source>Remove from candidates</source>
            <translation>移出候选</translation>
        </message>
        <message>
            <source>Chosen {n} of {wanted} wanted: {m} male ({wm} wanted), {f} female ({wf} wanted); {c} confirmed.</source>
            <translation>已选 {n} 人（需 {wanted} 人）：男 {m} 人（需 {wm} 人），女 {f} 人（需 {wf} 人）；已确认 {c} 人。</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Search name, phone, class, notes…</source>
            <translation>搜索姓名、电话、班级、备注…</translation>
        </message>
        <message>
            <source>Add person…</source>
            <translation>添加人员…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Print “my night”…</source>
            <translation>打印“我的晚会安排”…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>（无部门）</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>全部角色</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) shown</source>
            <translation>
                <numerusform>显示 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>删除人员</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>编辑人员</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>（无部门）</translation>
        </message>
        <message>
            <source>WeChat or QQ</source>
            <translation>微信或 QQ</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Host confirmed (no longer provisional)</source>
            <translation>主持人已确认（不再是暂定）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>其他联系方式</translation>
        </message>
        <message>
            <source>Class / student no.</source>
            <translation>班级/学号</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>People needed</source>
            <translation>所需人数</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <source>There is a post of this name already.</source>
            <translation>已有同名岗位。</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <source>Put on duty…</source>
            <translation>安排值岗…</translation>
        </message>
        <message>
            <source>Add post…</source>
            <translation>添加岗位…</translation>
        </message>
        <message>
            <source>Edit post…</source>
            <translation>编辑岗位…</translation>
        </message>
        <message>
            <source>Remove post</source>
            <translation>删除岗位</translation>
        </message>
        <message>
            <source>Add shift…</source>
            <translation>添加时段…</translation>
        </message>
        <message>
            <source>Edit shift…</source>
            <translation>编辑时段…</translation>
        </message>
        <message>
            <source>Remove shift</source>
            <translation>删除时段</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Not staffed then</source>
            <translation>此时段不设岗</translation>
        </message>
        <message>
            <source>Drag people onto the grid:</source>
            <translation>把人员拖到表格中：</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>搜索…</translation>
        </message>
        <message>
            <source>People needed in the selected cell:</source>
            <translation>所选格子所需人数：</translation>
        </message>
        <message>
            <source>Yellow: short of people · red: someone is needed elsewhere at the same time · green: staffed · grey: not staffed then</source>
            <translation>黄色：人手不足 · 红色：有人同一时间另有任务 · 绿色：人手齐全 · 灰色：此时段不设岗</translation>
        </message>
        <message>
            <source>Put someone on duty here…</source>
            <translation>在此安排值岗…</translation>
        </message>
        <message>
            <source>Take {name} off duty</source>
            <translation>取消{name}的值岗</translation>
        </message>
        <message>
            <source>People are on duty there; they will be taken off. Remove anyway?</source>
            <translation>这里已安排了值岗人员，删除后将取消他们的值岗。仍要删除吗？</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Shift</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends (before the start: after midnight)</source>
            <translation>结束（早于开始时间即为次日凌晨）</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <source>There is a shift of this name already.</source>
            <translation>已有同名时段。</translation>
        </message>
        <message>
            <source>A shift must end after it starts.</source>
            <translation>时段的结束时间必须晚于开始时间。</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Duties</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>（暂无）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>其他联系方式</translation>
        </message>
        <message>
            <source>Class / student no.</source>
            <translation>班级/学号</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Not staffed in this shift. Drop a person here.</source>
            <translation>此时段不设岗。把人员拖到这里即可安排。</translation>
        </message>
        <message numerus="yes">
            <source>{assigned} of %n person(s)</source>
            <translation>
                <numerusform>已安排 {assigned} 人，需 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ marks someone who is needed elsewhere at the same time.</source>
            <translation>⚠ 表示此人同一时间另有任务。</translation>
        </message>
        <message>
            <source>Add person {name}</source>
            <translation>添加人员 {name}</translation>
        </message>
        <message>
            <source>Edit person {name}</source>
            <translation>编辑人员 {name}</translation>
        </message>
        <message>
            <source>Remove person {name}</source>
            <translation>删除人员 {name}</translation>
        </message>
        <message>
            <source>Add department {name}</source>
            <translation>添加部门 {name}</translation>
        </message>
        <message>
            <source>Edit department {name}</source>
            <translation>编辑部门 {name}</translation>
        </message>
        <message>
            <source>Remove department {name}</source>
            <translation>删除部门 {name}</translation>
        </message>
        <message>
            <source>Host status of {name}</source>
            <translation>{name}的主持状态</translation>
        </message>
        <message>
            <source>Wanted hosts</source>
            <translation>所需主持人</translation>
        </message>
        <message>
            <source>Add post {name}</source>
            <translation>添加岗位 {name}</translation>
        </message>
        <message>
            <source>Edit post {name}</source>
            <translation>编辑岗位 {name}</translation>
        </message>
        <message>
            <source>Remove post {name}</source>
            <translation>删除岗位 {name}</translation>
        </message>
        <message>
            <source>Add shift {name}</source>
            <translation>添加时段 {name}</translation>
        </message>
        <message>
            <source>Edit shift {name}</source>
            <translation>编辑时段 {name}</translation>
        </message>
        <message>
            <source>Remove shift {name}</source>
            <translation>删除时段 {name}</translation>
        </message>
        <message>
            <source>Put {name} on duty</source>
            <translation>安排{name}值岗</translation>
        </message>
        <message>
            <source>Take {name} off duty</source>
            <translation>取消{name}的值岗</translation>
        </message>
        <message>
            <source>People needed on a post</source>
            <translation>岗位所需人数</translation>
        </message>
        <message>
            <source>Overall director</source>
            <translation>总指挥</translation>
        </message>
        <message>
            <source>Department head</source>
            <translation>部门负责人</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>串词</translation>
        </message>
        <message>
            <source>Host candidate</source>
            <translation>主持候选人</translation>
        </message>
        <message>
            <source>Usher</source>
            <translation>礼仪</translation>
        </message>
        <message>
            <source>Lights and sound</source>
            <translation>灯光音响</translation>
        </message>
        <message>
            <source>Order keeper</source>
            <translation>秩序</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>记者</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>医务</translation>
        </message>
        <message>
            <source>Act contact</source>
            <translation>节目联系人</translation>
        </message>
        <message>
            <source>Performer</source>
            <translation>演员</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>Not a candidate</source>
            <translation>非候选人</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>候选人</translation>
        </message>
        <message>
            <source>Chosen (provisional)</source>
            <translation>已选（暂定）</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>person in charge of {x}</source>
            <translation>{x}负责人</translation>
        </message>
        <message>
            <source>on post {x}</source>
            <translation>值岗：{x}</translation>
        </message>
        <message>
            <source>member {x}</source>
            <translation>成员{x}</translation>
        </message>
        <message>
            <source>{x} on duty there</source>
            <translation>{x}在此值岗</translation>
        </message>
        <message>
            <source>task “{x}”</source>
            <translation>任务“{x}”</translation>
        </message>
        <message>
            <source>supply “{x}”</source>
            <translation>物品“{x}”</translation>
        </message>
        <message>
            <source>act “{x}”</source>
            <translation>节目“{x}”</translation>
        </message>
        <message>
            <source>contact of act “{x}”</source>
            <translation>节目“{x}”的联系人</translation>
        </message>
        <message>
            <source>host of “{x}”</source>
            <translation>“{x}”的主持人</translation>
        </message>
        <message>
            <source>host link “{x}”</source>
            <translation>串词“{x}”</translation>
        </message>
        <message>
            <source>looks after sponsor “{x}”</source>
            <translation>对接赞助商“{x}”</translation>
        </message>
        <message>
            <source>contact in the plan “{x}”</source>
            <translation>应急方案“{x}”的联系人</translation>
        </message>
        <message>
            <source>decides in the plan “{x}”</source>
            <translation>应急方案“{x}”的决策人</translation>
        </message>
        <message>
            <source>invites the guest {x}</source>
            <translation>邀请嘉宾{x}</translation>
        </message>
        <message>
            <source>meets the guest {x}</source>
            <translation>接待嘉宾{x}</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <source>This name is already used.</source>
            <translation>这个名称已被使用。</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>名称太长。</translation>
        </message>
        <message>
            <source>A phone number may only contain digits, spaces, +, - and brackets.</source>
            <translation>电话号码只能包含数字、空格、+、- 和括号。</translation>
        </message>
        <message>
            <source>Choose a colour like #1c7ed6.</source>
            <translation>请选择形如 #1c7ed6 的颜色。</translation>
        </message>
        <message>
            <source>Men and women together cannot be more than the hosts wanted.</source>
            <translation>男女人数之和不能超过所需主持人总数。</translation>
        </message>
        <message>
            <source>A shift must end after it starts.</source>
            <translation>时段的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>This person is already on that post in that shift.</source>
            <translation>此人在该时段已在这个岗位上。</translation>
        </message>
        <message>
            <source>Between 0 and 99 people.</source>
            <translation>人数须在 0 到 99 之间。</translation>
        </message>
        <message>
            <source>Nobody of this name is in the gala.</source>
            <translation>本晚会中没有这个人。</translation>
        </message>
        <message numerus="yes">
            <source>Post {post} needs %n person(s) during {shift}, only {assigned} assigned.</source>
            <translation>
                <numerusform>岗位“{post}”在“{shift}”需要 %n 人，只安排了 {assigned} 人。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n host(s) chosen, {wanted} wanted.</source>
            <translation>
                <numerusform>已选主持人 %n 名，需要 {wanted} 名。</numerusform>
            </translation>
        </message>
        <message>
            <source>Hosts chosen: {chosen_male} male, {chosen_female} female; wanted {male} and {female}.</source>
            <translation>主持人为男 {chosen_male} 名、女 {chosen_female} 名；需要男 {male} 名、女 {female} 名。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>This person cannot be removed, still: {refs}.</source>
            <translation>无法删除此人，仍有关联：{refs}。</translation>
        </message>
        <message>
            <source>This department is still used by: {refs}.</source>
            <translation>该部门仍被使用：{refs}。</translation>
        </message>
        <message>
            <source>People are on duty at this post: {refs}.</source>
            <translation>该岗位仍有人值岗：{refs}。</translation>
        </message>
        <message>
            <source>People are on duty in this shift: {refs}.</source>
            <translation>该时段仍有人值岗：{refs}。</translation>
        </message>
        <message>
            <source>People are on duty there: {refs}.</source>
            <translation>这里仍有人值岗：{refs}。</translation>
        </message>
        <message>
            <source>Still used by: {refs}.</source>
            <translation>仍被使用：{refs}。</translation>
        </message>
        <message>
            <source>{person} is on two posts at once: {post_a} ({shift_a}) and {post_b} ({shift_b}).</source>
            <translation>{person}同时在两个岗位：{post_a}（{shift_a}）和{post_b}（{shift_b}）。</translation>
        </message>
        <message>
            <source>{person} is on post {post} ({shift}) while busy with {what}.</source>
            <translation>{person}在{post}（{shift}）值岗，但同一时间要参加{what}。</translation>
        </message>
        <message>
            <source>Department {department} has no person in charge.</source>
            <translation>部门“{department}”没有负责人。</translation>
        </message>
        <message>
            <source>{person} speaks the link of “{title}” but is not a chosen host.</source>
            <translation>{person}负责“{title}”的串词，但不是已选主持人。</translation>
        </message>
        <message>
            <source>Host {person} has no link in the running order yet.</source>
            <translation>主持人{person}在节目单中还没有串词。</translation>
        </message>
        <message>
            <source>Hosts not yet confirmed: {names}.</source>
            <translation>主持人尚未确认：{names}。</translation>
        </message>
    </context>
    <context>
        <name>StaffExport</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>（无部门）</translation>
        </message>
        <message>
            <source>Contact list</source>
            <translation>通讯录</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>其他联系方式</translation>
        </message>
        <message>
            <source>Post on the night</source>
            <translation>晚会当天岗位</translation>
        </message>
        <message>
            <source>{people} in {departments}</source>
            <translation>共 {people}，{departments}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n department(s)</source>
            <translation>
                <numerusform>%n 个部门</numerusform>
            </translation>
        </message>
        <message>
            <source>Internal: contains personal phone numbers. Do not publish or pass on.</source>
            <translation>内部资料：含个人电话号码，请勿公开或外传。</translation>
        </message>
        <message>
            <source>This gala has no people yet.</source>
            <translation>本晚会还没有人员。</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>值岗安排表</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>People on duty</source>
            <translation>值岗人员</translation>
        </message>
        <message>
            <source>Staffed</source>
            <translation>到岗</translation>
        </message>
        <message>
            <source>Together with</source>
            <translation>同岗人员</translation>
        </message>
        <message>
            <source>{name}: my night</source>
            <translation>{name}的晚会安排</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>按人员</translation>
        </message>
        <message>
            <source>No posts are staffed yet.</source>
            <translation>还没有安排任何岗位。</translation>
        </message>
        <message>
            <source>No post on the night.</source>
            <translation>晚会当天没有岗位。</translation>
        </message>
        <message>
            <source>Questions on the night: {who}</source>
            <translation>当晚有问题请联系：{who}</translation>
        </message>
        <message>
            <source>Cannot write “{suffix}” files: use .pdf or .xlsx.</source>
            <translation>无法写入“{suffix}”文件：请使用 .pdf 或 .xlsx。</translation>
        </message>
    </context>
    <context>
        <name>StaffImport</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Already there (same name and phone): skipped</source>
            <translation>已存在（姓名和电话相同）：跳过</translation>
        </message>
        <message>
            <source>the name has {value} characters; at most 100 are accepted</source>
            <translation>姓名有 {value} 个字，最多 100 个</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number (digits, spaces and + - ( ) only)</source>
            <translation>“{value}”不是电话号码（只能含数字、空格及加号、减号和括号）</translation>
        </message>
        <message>
            <source>New departments: {names}.</source>
            <translation>将新建部门：{names}。</translation>
        </message>
        <message>
            <source>the name is missing</source>
            <translation>缺少姓名</translation>
        </message>
        <message>
            <source>{value} has not 11 digits; check the mobile number</source>
            <translation>{value} 不是 11 位，请核对手机号</translation>
        </message>
        <message>
            <source>gender “{value}” not understood (left open)</source>
            <translation>无法识别性别“{value}”（留空）</translation>
        </message>
        <message>
            <source>role “{value}” not understood (ignored)</source>
            <translation>无法识别角色“{value}”（已忽略）</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n person(s) ({dup} already there, skipped).</source>
            <translation>
                <numerusform>已导入 %n 人（已存在 {dup} 人，已跳过）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import people from {file}</source>
            <translation>从 {file} 导入人员</translation>
        </message>
        <message numerus="yes">
            <source>Import %n person(s)</source>
            <translation>
                <numerusform>导入 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>{new} new, {dup} already there (skipped), {err} with errors.</source>
            <translation>新增 {new} 人，已存在 {dup} 人（跳过），{err} 行有错误。</translation>
        </message>
        <message>
            <source>Everyone in this sheet is already in the gala.</source>
            <translation>表中的人员都已在本晚会中。</translation>
        </message>
        <message>
            <source>No sheet of {name} has a header row with a name column (姓名 or Name).</source>
            <translation>{name} 中没有任何工作表带有“姓名”（或 Name）列的表头行。</translation>
        </message>
        <message>
            <source>no name column</source>
            <translation>没有“姓名”列</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>contact list</source>
            <translation>通讯录</translation>
        </message>
        <message>
            <source>duty roster</source>
            <translation>值班表</translation>
        </message>
        <message>
            <source>my night</source>
            <translation>我的晚会</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Posts and shifts</source>
            <translation>岗位与时段</translation>
        </message>
        <message>
            <source>Export contact list…</source>
            <translation>导出通讯录…</translation>
        </message>
        <message>
            <source>Export duty roster…</source>
            <translation>导出值岗安排表…</translation>
        </message>
        <message>
            <source>Import people from Excel…</source>
            <translation>从 Excel 导入人员…</translation>
        </message>
    </context>
</TS>
