"""The column names people give each field, one table per kind of import.

A header cell matches a field when it equals one of its names after width, case,
spaces, punctuation and a bracketed unit are set aside ("时长（分钟）" is "时长").
The act table also holds the columns of an Ontime rundown (Time Start, Time End,
Timer Type, Note); `ONTIME_MARKS` are the headers that tell such a rundown apart.
"""

from __future__ import annotations

ACT_COLUMNS = {
    "title": ["节目名称", "节目", "节目名", "节目名字", "作品名称", "作品", "曲目", "名称", "标题",
              "Title", "Act", "Act title", "Act name"],
    "kind": ["类型", "节目类型", "类别", "形式", "节目形式", "Kind", "Type", "Genre"],
    "performers": ["表演者", "演员", "表演人员", "参演人员", "演出人员", "Performers", "Cast",
                   "Presenter"],
    "head_count": ["人数", "参演人数", "演员人数", "表演人数", "Head count",
                   "Number of performers"],
    "submitted_by": ["报送单位", "推荐单位", "申报单位", "所属单位", "院系", "系部", "学院", "社团",
                     "单位", "Submitted by", "Department", "Faculty", "Club", "School"],
    "contact_name": ["联系人", "负责人", "联系人姓名", "节目负责人", "Contact", "Contact person",
                     "Contact name"],
    "contact_phone": ["联系电话", "电话", "手机", "手机号", "手机号码", "Phone", "Contact phone",
                      "Mobile", "Tel"],
    "duration": ["时长", "节目时长", "时间", "演出时长", "表演时长", "预计时长", "用时", "Duration",
                 "Length", "Running time"],
    "time_start": ["开始时间", "开始", "Time Start", "Start", "Start time"],
    "time_end": ["结束时间", "结束", "Time End", "End", "End time"],
    "timer_type": ["Timer Type", "计时类型"],
    "mic_count": ["话筒数量", "话筒", "话筒数", "麦克风", "麦克风数量", "Microphones", "Mics"],
    "props": ["道具", "所需道具", "Props"],
    "music_file": ["音乐文件", "音乐", "伴奏", "音频", "背景音乐", "Music file", "Music",
                   "Backing track", "Audio"],
    "lighting_notes": ["灯光要求", "灯光", "Lighting", "Lighting notes", "Lights"],
    "sound_notes": ["音响要求", "音响", "Sound", "Sound notes"],
    "notes": ["备注", "说明", "注释", "附注", "其他要求", "Note", "Notes", "Remarks", "Comments",
              "Comment"],
}
# An Ontime rundown (getontime.no) names these; a title column with any of them is one.
ONTIME_MARKS = ("timer_type", "time_start", "time_end")

PEOPLE_COLUMNS = {
    "name": ["姓名", "名字", "人员", "成员", "Name", "Full name", "Member"],
    "gender": ["性别", "Gender", "Sex"],
    "phone": ["电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "Phone", "Mobile",
              "Telephone", "Tel"],
    "department": ["部门", "所属部门", "组别", "小组", "Department", "Dept", "Team"],
    "other_contact": ["微信", "QQ", "微信/QQ", "其他联系方式", "WeChat", "Other contact"],
    "student_no": ["学号", "班级", "班级/学号", "班级学号", "Class", "Student no",
                   "Student number"],
    "roles": ["角色", "职务", "分工", "Role", "Roles"],
    "notes": ["备注", "说明", "注释", "Note", "Notes", "Remarks", "Comments"],
}

SUPPLY_COLUMNS = {
    "name": ["物品", "物品名称", "名称", "品名", "物资", "物资名称", "Item", "Name", "Item name"],
    "category": ["类别", "分类", "类型", "Category", "Type"],
    "quantity": ["数量", "件数", "个数", "Quantity", "Qty", "Amount", "Count"],
    "unit": ["单位", "Unit"],
    "unit_price": ["单价", "价格", "单价（元）", "Unit price", "Price"],
    "source": ["来源", "方式", "获取方式", "Source"],
    "supplier": ["供应商", "出借方", "供应商/出借方", "商家", "购买地点", "Supplier", "Lender",
                 "Supplier / lender", "Shop"],
    "department": ["部门", "负责部门", "Department", "Dept"],
    "person": ["负责人", "经手人", "Responsible", "Person", "Owner", "Person in charge"],
    "needed_by": ["需要日期", "截止日期", "需要时间", "到位时间", "Needed by", "Due", "Deadline"],
    "status": ["状态", "进度", "Status"],
    "must_return": ["需归还", "需要归还", "是否归还", "Must return", "Returnable"],
    "return_to": ["归还给", "归还对象", "Return to"],
    "notes": ["备注", "说明", "注释", "Note", "Notes", "Remarks", "Comments"],
    "act": ["节目", "所属节目", "用于节目", "Act", "For act"],
}
