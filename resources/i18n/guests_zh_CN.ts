<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>GuestDialog</name>
        <message>
            <source>New guest</source>
            <translation>新嘉宾</translation>
        </message>
        <message>
            <source>Guest {name}</source>
            <translation>嘉宾 {name}</translation>
        </message>
        <message>
            <source>as printed on the invitation, e.g. 院团委书记</source>
            <translation>按邀请函上的写法，例如：院团委书记</translation>
        </message>
        <message>
            <source>phone or WeChat</source>
            <translation>电话或微信</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Post: {name}</source>
            <translation>岗位：{name}</translation>
        </message>
        <message>
            <source>Arrives at</source>
            <translation>到场时间</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title / organisation</source>
            <translation>职务／单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Represents</source>
            <translation>所属赞助商</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Invited by</source>
            <translation>邀请人</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>邀请状态</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>接待</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>GuestExport</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>座位</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>邀请函</translation>
        </message>
        <message>
            <source>INVITATION</source>
            <translation>INVITATION</translation>
        </message>
        <message>
            <source>With best regards,</source>
            <translation>此致
敬礼！</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>邀请函</translation>
        </message>
        <message>
            <source>No guest to invite.</source>
            <translation>没有要邀请的嘉宾。</translation>
        </message>
        <message>
            <source>fold here</source>
            <translation>沿此线对折</translation>
        </message>
        <message>
            <source>Place cards</source>
            <translation>桌签</translation>
        </message>
        <message>
            <source>No guest to print a card for.</source>
            <translation>没有要打印桌签的嘉宾。</translation>
        </message>
        <message>
            <source>Seating plan of the guests</source>
            <translation>嘉宾座位表</translation>
        </message>
        <message>
            <source>STAGE</source>
            <translation>舞　台</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务／单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>接待</translation>
        </message>
        <message>
            <source>Not seated yet: {names}</source>
            <translation>尚未安排座位：{names}</translation>
        </message>
        <message>
            <source>free</source>
            <translation>空</translation>
        </message>
    </context>
    <context>
        <name>GuestListTab</name>
        <message>
            <source>Add guest…</source>
            <translation>添加嘉宾…</translation>
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
            <source>Invitation of selected:</source>
            <translation>将选中嘉宾标为：</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>{confirmed} of {count} confirmed</source>
            <translation>{count} 位嘉宾中 {confirmed} 位已确认</translation>
        </message>
    </context>
    <context>
        <name>GuestTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title / organisation</source>
            <translation>职务／单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>邀请状态</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>座位</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>接待</translation>
        </message>
        <message>
            <source>Invited by</source>
            <translation>邀请人</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Guests</name>
        <message>
            <source>School leader</source>
            <translation>校领导</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>评委</translation>
        </message>
        <message>
            <source>Sponsor’s representative</source>
            <translation>赞助商代表</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>媒体记者</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>校友</translation>
        </message>
        <message>
            <source>Other guest</source>
            <translation>其他嘉宾</translation>
        </message>
        <message>
            <source>To invite</source>
            <translation>待邀请</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>已邀请</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已婉拒</translation>
        </message>
        <message>
            <source>A guest needs a name.</source>
            <translation>请填写嘉宾姓名。</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>姓名太长。</translation>
        </message>
        <message>
            <source>The title is too long.</source>
            <translation>职务／单位太长。</translation>
        </message>
        <message>
            <source>Between 1 and 30 rows.</source>
            <translation>排数须在 1 到 30 之间。</translation>
        </message>
        <message>
            <source>Between 1 and 60 seats a row.</source>
            <translation>每排座位数须在 1 到 60 之间。</translation>
        </message>
        <message>
            <source>Guests sit where the smaller plan has no seat: move them first.</source>
            <translation>缩小后的座位表中没有某些嘉宾的座位，请先调整他们的座位。</translation>
        </message>
        <message>
            <source>There is no such seat in the plan.</source>
            <translation>座位表中没有这个座位。</translation>
        </message>
        <message>
            <source>That seat is taken.</source>
            <translation>这个座位已有人。</translation>
        </message>
        <message>
            <source>The text is too long.</source>
            <translation>文字太长。</translation>
        </message>
        <message>
            <source>Row {row}, seat {number}</source>
            <translation>第{row}排{number}号</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>第{row}排</translation>
        </message>
        <message>
            <source>No guest of that name: {names}</source>
            <translation>没有这个名字的嘉宾：{names}</translation>
        </message>
        <message>
            <source>{name} has confirmed but has no seat.</source>
            <translation>{name}已确认出席，但还没有安排座位。</translation>
        </message>
        <message>
            <source>Nobody is to meet {name} on arrival.</source>
            <translation>{name}到场时没有安排接待人员。</translation>
        </message>
        <message>
            <source>{name} sits in row {row}, seat {number}, which the seating plan does not have.</source>
            <translation>{name}的座位是第{row}排{number}号，但座位表中没有这个座位。</translation>
        </message>
        <message>
            <source>The judge {name} has not confirmed, and the gala is today.</source>
            <translation>评委{name}尚未确认出席，晚会就在今天。</translation>
        </message>
        <message numerus="yes">
            <source>The judge {name} has not confirmed, %n day(s) before the gala.</source>
            <translation>
                <numerusform>评委{name}尚未确认出席，距晚会只剩 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add guest {name}</source>
            <translation>添加嘉宾{name}</translation>
        </message>
        <message>
            <source>Edit guest {name}</source>
            <translation>编辑嘉宾{name}</translation>
        </message>
        <message>
            <source>Remove guest {name}</source>
            <translation>删除嘉宾{name}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n guest(s)</source>
            <translation>
                <numerusform>删除 %n 位嘉宾</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n guest(s) “{status}”</source>
            <translation>
                <numerusform>将 %n 位嘉宾标为“{status}”</numerusform>
            </translation>
        </message>
        <message>
            <source>Seat {name} in {seat}</source>
            <translation>把{name}安排在{seat}</translation>
        </message>
        <message numerus="yes">
            <source>Take %n guest(s) off their seats</source>
            <translation>
                <numerusform>取消 %n 位嘉宾的座位</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the seating plan</source>
            <translation>修改座位表</translation>
        </message>
        <message>
            <source>Change the invitation text</source>
            <translation>修改邀请函文字</translation>
        </message>
    </context>
    <context>
        <name>GuestsPage</name>
        <message>
            <source>Guests</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>Seating plan</source>
            <translation>座位安排</translation>
        </message>
        <message>
            <source>Invitation texts</source>
            <translation>邀请函文字</translation>
        </message>
        <message>
            <source>Print invitations…</source>
            <translation>打印邀请函…</translation>
        </message>
        <message>
            <source>Print place cards…</source>
            <translation>打印桌签…</translation>
        </message>
        <message>
            <source>Export seating plan…</source>
            <translation>导出座位表…</translation>
        </message>
        <message>
            <source>invitations</source>
            <translation>邀请函</translation>
        </message>
        <message>
            <source>place cards</source>
            <translation>桌签</translation>
        </message>
        <message>
            <source>seating plan</source>
            <translation>嘉宾座位表</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Invitation</name>
        <message>
            <source>Dear {title} {name},</source>
            <translation>尊敬的{title}{name}：</translation>
        </message>
        <message>
            <source>Dear teacher {name},</source>
            <translation>尊敬的{name}老师：</translation>
        </message>
        <message>
            <source>Dear alumnus {name},</source>
            <translation>亲爱的{name}校友：</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>尊敬的{name}：</translation>
        </message>
        <message>
            <source>{organiser} will hold {gala} on {date} at {time} at {venue}, under the theme “{theme}”.</source>
            <translation>{organiser}定于{date} {time}在{venue}举办{gala}，主题为“{theme}”。</translation>
        </message>
        <message>
            <source>We would be honoured by your presence and guidance.</source>
            <translation>诚挚邀请您拨冗莅临指导！</translation>
        </message>
        <message>
            <source>We would be honoured if you would serve as a judge of the evening’s acts; your seat among the judges is kept for you.</source>
            <translation>特邀请您担任本次晚会的评委，评选优秀节目，评委席已为您预留座位。</translation>
        </message>
        <message>
            <source>With warm thanks for your support of the gala, we invite you to be our guest.</source>
            <translation>衷心感谢贵单位对本次晚会的大力支持，诚邀您莅临观看！</translation>
        </message>
        <message>
            <source>We warmly invite you to cover the evening.</source>
            <translation>诚邀您莅临采访报道！</translation>
        </message>
        <message>
            <source>Come back to campus and spend the evening with the students!</source>
            <translation>诚邀您回到母校，与学弟学妹们共度这个美好的夜晚！</translation>
        </message>
        <message>
            <source>We sincerely invite you to join us.</source>
            <translation>诚挚邀请您莅临观看！</translation>
        </message>
        <message>
            <source>{opening} {ending}</source>
            <translation>{opening}{ending}</translation>
        </message>
    </context>
    <context>
        <name>InvitationTextsTab</name>
        <message>
            <source>For</source>
            <translation>嘉宾类别</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>称呼</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Save the text</source>
            <translation>保存文字</translation>
        </message>
        <message>
            <source>Use the default words</source>
            <translation>恢复默认文字</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>These words are filled in: {names}</source>
            <translation>以下占位符会自动填写：{names}</translation>
        </message>
        <message>
            <source>The committee’s own words</source>
            <translation>自定义文字</translation>
        </message>
        <message>
            <source>The default words</source>
            <translation>默认文字</translation>
        </message>
        <message>
            <source>Zhang San</source>
            <translation>张三</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
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
            <translation>所有未婉拒的嘉宾</translation>
        </message>
        <message numerus="yes">
            <source>Only the %n selected guest(s)</source>
            <translation>
                <numerusform>只打印选中的 %n 位嘉宾</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SeatingTab</name>
        <message>
            <source>STAGE</source>
            <translation>舞　台</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>排数</translation>
        </message>
        <message>
            <source>Seats a row</source>
            <translation>每排座位</translation>
        </message>
        <message>
            <source>Numbering</source>
            <translation>编号方式</translation>
        </message>
        <message>
            <source>1, 2, 3 … from the left</source>
            <translation>从左到右 1、2、3……</translation>
        </message>
        <message>
            <source>Seat 1 in the middle, odd right, even left</source>
            <translation>1 号居中，单号在右、双号在左</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Seat the selected guest here</source>
            <translation>把选中的嘉宾安排到此座</translation>
        </message>
        <message>
            <source>Take off the seat</source>
            <translation>取消座位</translation>
        </message>
        <message>
            <source>Drag a guest from the list onto a seat, or onto another guest to swap. Seats are shown as the audience faces the stage.</source>
            <translation>把嘉宾从左侧列表拖到座位上；拖到另一位嘉宾上可互换座位。座位按观众面向舞台的方向排列。</translation>
        </message>
    </context>
    <context>
        <name>SeatingTableModel</name>
        <message>
            <source>Seat {number}</source>
            <translation>{number}号</translation>
        </message>
    </context>
</TS>
