<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActorsEdit</name>
        <message>
            <source>anyone else, e.g. the hosts</source>
            <translation>其他人员，如 主持人</translation>
        </message>
    </context>
    <context>
        <name>AudienceShareBox</name>
        <message>
            <source>The audience's phones (public)</source>
            <translation>观众的手机（公开）</translation>
        </message>
        <message>
            <source>Print the programme with its code…</source>
            <translation>打印带二维码的节目单…</translation>
        </message>
        <message>
            <source>Anyone on the same Wi-Fi opens the address (or scans the code) and follows the programme: the act on stage, the next one, the sponsors. No key, and nothing but that: no contacts, no phones, no notes.</source>
            <translation>连着同一个 Wi-Fi 的任何人打开这个地址（或扫二维码）即可跟着看节目单：正在演出的节目、下一个节目和赞助单位。无需密钥，也只有这些：没有联系人、电话和备注。</translation>
        </message>
        <message>
            <source>Close to the audience</source>
            <translation>停止向观众开放</translation>
        </message>
        <message>
            <source>Open to the audience</source>
            <translation>向观众开放</translation>
        </message>
        <message>
            <source>The printed programme gets the code once the view has been opened on the hall's network.</source>
            <translation>在会场网络上开放过一次后，打印的节目单上就会有二维码。</translation>
        </message>
        <message>
            <source>The printed programme's code points to {url}. Open the view there on the night (the router can keep this address for this computer).</source>
            <translation>打印的节目单上的二维码指向 {url}。晚会当晚请在这个地址开放（可在路由器上为这台电脑固定此地址）。</translation>
        </message>
        <message>
            <source>Not open to the audience.</source>
            <translation>未向观众开放。</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>Programme</source>
            <translation>节目单</translation>
        </message>
        <message>
            <source>On stage</source>
            <translation>正在演出</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>With thanks to our sponsors</source>
            <translation>鸣谢赞助单位</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>中场休息</translation>
        </message>
        <message>
            <source>live</source>
            <translation>实时</translation>
        </message>
        <message>
            <source>reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
        <message>
            <source>The show has ended. Thank you for coming!</source>
            <translation>晚会已结束，感谢您的光临！</translation>
        </message>
        <message>
            <source>The show starts at {time}</source>
            <translation>晚会 {time} 开始</translation>
        </message>
        <message>
            <source>{host} is not this computer's address on this network (it has {addresses}). Join the hall's Wi-Fi, or have the router give this computer that address, or choose another address and print the programme's code again.</source>
            <translation>{host} 不是这台电脑在当前网络上的地址（它的地址是 {addresses}）。请连接会场的 Wi-Fi，或让路由器把这个地址分配给这台电脑，或选择其他地址并重新打印节目单上的二维码。</translation>
        </message>
        <message>
            <source>Port {port} is taken by another program: close it or choose another port.</source>
            <translation>端口 {port} 已被其他程序占用：请关闭该程序或选择其他端口。</translation>
        </message>
        <message>
            <source>Cannot share on {host}:{port}: {reason}</source>
            <translation>无法在 {host}:{port} 上共享：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ConsoleActions</name>
        <message>
            <source>Press F5 to start the rehearsal run first.</source>
            <translation>请先按 F5 开始彩排。</translation>
        </message>
        <message>
            <source>Not possible now.</source>
            <translation>当前无法执行此操作。</translation>
        </message>
        <message>
            <source>Host: “{text}”</source>
            <translation>主持人：“{text}”</translation>
        </message>
        <message>
            <source>End the show now?</source>
            <translation>现在结束演出吗？</translation>
        </message>
        <message>
            <source>End the rehearsal run now?</source>
            <translation>现在结束彩排吗？</translation>
        </message>
        <message>
            <source>Prizes are handed out during the show only.</source>
            <translation>奖品只在正式演出中发放。</translation>
        </message>
        <message>
            <source>Quiz winner: {name}, {prize}</source>
            <translation>有奖问答获奖：{name}，{prize}</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>已撤销：{what}</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>没有可撤销的操作。</translation>
        </message>
    </context>
    <context>
        <name>ConsoleKeys</name>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Start the show</source>
            <translation>开始演出</translation>
        </message>
        <message>
            <source>Next act</source>
            <translation>下一个节目</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>演出失误</translation>
        </message>
        <message>
            <source>Breakdown: restart, then withdraw</source>
            <translation>演出失误：重演，再失误则退场</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>未就绪</translation>
        </message>
        <message>
            <source>Next act not ready: swap</source>
            <translation>下一节目未就绪：对调</translation>
        </message>
        <message>
            <source>Skip next</source>
            <translation>跳过下一个</translation>
        </message>
        <message>
            <source>Skip the next act</source>
            <translation>跳过下一节目</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>中场休息</translation>
        </message>
        <message>
            <source>Intermission start/end</source>
            <translation>中场休息开始/结束</translation>
        </message>
        <message>
            <source>End show</source>
            <translation>结束演出</translation>
        </message>
        <message>
            <source>End of the show</source>
            <translation>演出结束</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>停电</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>人员受伤</translation>
        </message>
        <message>
            <source>Disorder</source>
            <translation>秩序混乱</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他意外</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>其他意外</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>Escalate (serious)</source>
            <translation>升级（情况严重）</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解除</translation>
        </message>
        <message>
            <source>Incident resolved</source>
            <translation>意外已解除</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>记录备注</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音乐</translation>
        </message>
        <message>
            <source>Play or stop the act's track</source>
            <translation>播放或停止本节目的音乐</translation>
        </message>
        <message>
            <source>Fade out</source>
            <translation>淡出</translation>
        </message>
        <message>
            <source>Fade the track out</source>
            <translation>将音乐淡出</translation>
        </message>
        <message>
            <source>Stage display</source>
            <translation>舞台提示屏</translation>
        </message>
        <message>
            <source>Open or close the stage display</source>
            <translation>打开或关闭舞台提示屏</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>手机页面</translation>
        </message>
        <message>
            <source>Share a live view with the crew's phones, or the programme with the audience's</source>
            <translation>向后台手机共享实时画面，或向观众手机开放节目单</translation>
        </message>
        <message>
            <source>Quiz winner</source>
            <translation>问答获奖</translation>
        </message>
        <message>
            <source>Record a quiz winner and hand out the prize</source>
            <translation>登记有奖问答获奖者并发放奖品</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Undo last action</source>
            <translation>撤销上一步操作</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>全屏</translation>
        </message>
    </context>
    <context>
        <name>ConsoleLauncher</name>
        <message>
            <source>Show console</source>
            <translation>演出控制台</translation>
        </message>
        <message>
            <source>A rehearsal run or the show?</source>
            <translation>彩排还是正式演出？</translation>
        </message>
        <message>
            <source>A rehearsal run records a rehearsal with each act's measured time; the show log is not touched. The show writes the night's log.</source>
            <translation>彩排会记录为一次彩排，并测得每个节目的时长，不会写入演出记录；正式演出写入当晚的演出记录。</translation>
        </message>
        <message>
            <source>Rehearsal run</source>
            <translation>彩排</translation>
        </message>
        <message>
            <source>The show</source>
            <translation>正式演出</translation>
        </message>
        <message>
            <source>The show of this gala was still running. Open the show console to resume it?</source>
            <translation>本晚会的演出尚未结束。是否打开演出控制台继续？</translation>
        </message>
        <message>
            <source>A rehearsal run of this gala was still going. Open the show console to resume it?</source>
            <translation>本晚会有一次彩排尚未结束。是否打开演出控制台继续？</translation>
        </message>
        <message>
            <source>Resume the show</source>
            <translation>继续演出</translation>
        </message>
    </context>
    <context>
        <name>ConsoleMenu</name>
        <message>
            <source>Rehearsal run (the show log is not touched)</source>
            <translation>彩排（不写入演出记录）</translation>
        </message>
        <message>
            <source>The show</source>
            <translation>正式演出</translation>
        </message>
        <message>
            <source>Reset the show…</source>
            <translation>重置演出记录…</translation>
        </message>
        <message>
            <source>Full screen on</source>
            <translation>全屏显示于</translation>
        </message>
        <message>
            <source>Stage display on</source>
            <translation>舞台提示屏显示在</translation>
        </message>
        <message>
            <source>Share with phones (crew, audience)… (F9)</source>
            <translation>共享到手机（后台、观众）…（F9）</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>关闭控制台</translation>
        </message>
        <message>
            <source>Lucky draw</source>
            <translation>抽奖</translation>
        </message>
        <message>
            <source>{draw} (drawn)</source>
            <translation>{draw}（已抽）</translation>
        </message>
    </context>
    <context>
        <name>Contingency</name>
        <message>
            <source>Programme failure</source>
            <translation>节目演出故障</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>人员受伤</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>停电</translation>
        </message>
        <message>
            <source>Disorder</source>
            <translation>秩序混乱</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>其他意外</translation>
        </message>
        <message>
            <source>Delay the start; the audience is free</source>
            <translation>推迟开场，观众自由活动</translation>
        </message>
        <message>
            <source>Postpone the gala to another day</source>
            <translation>晚会改天举办</translation>
        </message>
        <message>
            <source>Pause the show and wait for power</source>
            <translation>暂停演出，等待恢复供电</translation>
        </message>
        <message>
            <source>End the gala</source>
            <translation>宣布晚会结束</translation>
        </message>
        <message>
            <source>The next act goes on at once</source>
            <translation>下一个节目立即跟进</translation>
        </message>
        <message>
            <source>No act left to bring forward: wait or drop it</source>
            <translation>后面没有可提前的节目：等待或取消该节目</translation>
        </message>
        <message>
            <source>The act's leader restarts it</source>
            <translation>由节目负责人组织重演</translation>
        </message>
        <message>
            <source>The act leaves the stage</source>
            <translation>该节目立即退场</translation>
        </message>
        <message>
            <source>Minor: the school's medical staff treat it on site</source>
            <translation>情况较轻：由学校医疗人员现场处理</translation>
        </message>
        <message>
            <source>Serious: take the person to hospital</source>
            <translation>情况严重：送往医院治疗</translation>
        </message>
        <message>
            <source>The student union keeps order, politely</source>
            <translation>由学生会成员维持秩序，注意礼貌</translation>
        </message>
        <message>
            <source>Follow the plan's steps</source>
            <translation>按应急方案的步骤处理</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{posts}; {others}</source>
            <translation>{posts}；{others}</translation>
        </message>
        <message>
            <source>Because of a power failure the gala starts later, at the latest at {deadline}; you are free until then.</source>
            <translation>因停电，晚会推迟开始，最迟于 {deadline} 开始；此前大家可自由安排时间。</translation>
        </message>
        <message>
            <source>The power has failed; please stay in your seats while we restore it.</source>
            <translation>现场停电，请大家在座位上稍候，我们正在恢复供电。</translation>
        </message>
        <message>
            <source>The power has not come back: the gala is postponed to another day.</source>
            <translation>供电仍未恢复：本次晚会改天举办。</translation>
        </message>
        <message>
            <source>The power has not come back: the gala ends here. Thank you for coming.</source>
            <translation>供电仍未恢复：本次晚会到此结束，感谢大家的到来。</translation>
        </message>
        <message>
            <source>Next on stage: {title}.</source>
            <translation>下面请欣赏：{title}。</translation>
        </message>
        <message>
            <source>The act starts again from the beginning.</source>
            <translation>节目将从头重新开始。</translation>
        </message>
        <message>
            <source>The act leaves the stage; we go on with the next one.</source>
            <translation>该节目退场，我们继续下一个节目。</translation>
        </message>
        <message>
            <source>{phase} {kind} {timer}</source>
            <translation>{phase}{kind} {timer}</translation>
        </message>
        <message>
            <source>announce the postponement</source>
            <translation>宣布改期</translation>
        </message>
        <message>
            <source>announce the end of the gala</source>
            <translation>宣布晚会结束</translation>
        </message>
        <message>
            <source>{head} — at {minutes} min {outcome} ({left} left)</source>
            <translation>{head} — 满 {minutes} 分钟时{outcome}（还剩 {left}）</translation>
        </message>
        <message>
            <source>{head} — start may slip until {deadline}, then postpone</source>
            <translation>{head} — 最迟推迟到 {deadline} 开场，否则改期</translation>
        </message>
        <message>
            <source>There is no contingency plan for: {kind}.</source>
            <translation>缺少应急方案：{kind}。</translation>
        </message>
        <message>
            <source>The contingency plan “{title}” has no steps.</source>
            <translation>应急方案“{title}”没有处置步骤。</translation>
        </message>
        <message>
            <source>{name} in the plan “{title}” has no phone number.</source>
            <translation>应急方案“{title}”中的联系人 {name} 没有电话。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>One of the gala's people: change the name and the phone on the Staff page, and every card follows.</source>
            <translation>晚会人员：在“人员与岗位”页修改姓名和电话，所有应急卡片随之更新。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>a kind of your own, e.g. bad weather</source>
            <translation>也可输入自定义类别，如 恶劣天气</translation>
        </message>
    </context>
    <context>
        <name>ContingencyCards</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>Contingency plan</source>
            <translation>应急方案</translation>
        </message>
        <message>
            <source>When</source>
            <translation>启动条件</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>决策人</translation>
        </message>
        <message>
            <source>Who acts</source>
            <translation>执行人</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>处置规则</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>处置步骤</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职责</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Equipment to have ready</source>
            <translation>需备物资</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>This gala has no contingency plans yet.</source>
            <translation>本晚会还没有应急方案。</translation>
        </message>
        <message>
            <source>Before the start: the start may slip by at most {n} min; then the host announces the gala is postponed.</source>
            <translation>晚会前停电：最多推迟 {n} 分钟开场；届时仍未供电，由主持人宣布晚会改天举办。</translation>
        </message>
        <message>
            <source>First half: after {n} min without power the host announces the gala is postponed to another day.</source>
            <translation>前半部分停电超过 {n} 分钟：由主持人宣布晚会改天重新举行。</translation>
        </message>
        <message>
            <source>Second half: after {n} min without power the host announces the end of the gala.</source>
            <translation>后半部分停电超过 {n} 分钟：由主持人宣布晚会结束。</translation>
        </message>
        <message numerus="yes">
            <source>While an act performs, the next %n acts stand by backstage.</source>
            <translation>
                <numerusform>一个节目演出时，其后的 %n 个节目在后台准备。</numerusform>
            </translation>
        </message>
        <message>
            <source>An act that cannot start on time: the next act goes on at once.</source>
            <translation>节目无法按时出演时，下一个节目及时跟进。</translation>
        </message>
        <message>
            <source>An act that breaks down is restarted {n} time(s); if it fails again it leaves the stage.</source>
            <translation>节目演出失误时重演 {n} 次；若仍出现问题，该节目立即退场。</translation>
        </message>
        <message>
            <source>Minor injuries: the school's medical staff treat them on site. Serious ones: to hospital.</source>
            <translation>情况较轻的由学校医疗人员现场处理；情况严重者送往医院治疗。</translation>
        </message>
        <message>
            <source>Student-union members keep order and handle small disturbances, politely.</source>
            <translation>由学生会成员维持现场秩序，处理小型混乱时注意礼貌。</translation>
        </message>
    </context>
    <context>
        <name>ContingencyPage</name>
        <message>
            <source>New plan</source>
            <translation>新建方案</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <source>Open the show console (F11)</source>
            <translation>打开演出控制台（F11）</translation>
        </message>
        <message>
            <source>Export contingency cards (PDF)…</source>
            <translation>导出应急卡片（PDF）…</translation>
        </message>
        <message>
            <source>Print contingency plans…</source>
            <translation>打印应急方案…</translation>
        </message>
        <message>
            <source>Export show report (PDF or Excel)…</source>
            <translation>导出演出报告（PDF 或 Excel）…</translation>
        </message>
        <message>
            <source>Edit plan “{title}”</source>
            <translation>修改方案“{title}”</translation>
        </message>
        <message>
            <source>Delete plan “{title}”</source>
            <translation>删除方案“{title}”</translation>
        </message>
        <message>
            <source>Move plan</source>
            <translation>移动方案</translation>
        </message>
        <message>
            <source>Change the rules of the plan</source>
            <translation>修改应急规则</translation>
        </message>
        <message>
            <source>Export contingency cards</source>
            <translation>导出应急卡片</translation>
        </message>
        <message>
            <source>contingency cards</source>
            <translation>应急方案卡</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Export show report</source>
            <translation>导出演出报告</translation>
        </message>
        <message>
            <source>Export the plan anyway?</source>
            <translation>仍要导出只有计划的报告吗？</translation>
        </message>
        <message>
            <source>show report</source>
            <translation>演出报告</translation>
        </message>
        <message>
            <source>PDF files</source>
            <translation>PDF 文件</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel 工作簿</translation>
        </message>
    </context>
    <context>
        <name>CrewShareDialog</name>
        <message>
            <source>Phones: the crew's view and the audience's</source>
            <translation>手机实时页面：后台与观众</translation>
        </message>
        <message>
            <source>The crew's phones (private)</source>
            <translation>后台人员的手机（内部）</translation>
        </message>
        <message>
            <source>Address on the network:</source>
            <translation>局域网地址：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Phones on the same network open the address (or scan the code) and see what is on stage, who stands by and who is to be called, with their phones. The address holds a secret key; nothing can be changed from it.</source>
            <translation>同一网络中的手机打开此地址（或扫描二维码），即可看到正在演出、后台候场和待通知的节目及其联系电话。地址中含有密钥；通过它无法修改任何内容。</translation>
        </message>
        <message>
            <source>Cannot share on {host}:{port}: {reason}</source>
            <translation>无法在 {host}:{port} 上共享：{reason}</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>停止共享</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>开始共享</translation>
        </message>
        <message>
            <source>Not shared.</source>
            <translation>未共享。</translation>
        </message>
    </context>
    <context>
        <name>CrewView</name>
        <message>
            <source>Backstage</source>
            <translation>后台</translation>
        </message>
        <message>
            <source>ON STAGE</source>
            <translation>正在演出</translation>
        </message>
        <message>
            <source>STANDING BY (backstage, ready)</source>
            <translation>后台候场（准备就绪）</translation>
        </message>
        <message>
            <source>TO CALL</source>
            <translation>待通知</translation>
        </message>
        <message>
            <source>INCIDENT</source>
            <translation>突发情况</translation>
        </message>
        <message>
            <source>live</source>
            <translation>实时</translation>
        </message>
        <message>
            <source>reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
    </context>
    <context>
        <name>DeciderEdit</name>
        <message>
            <source>in what capacity, or someone from outside</source>
            <translation>身份，或外部人员</translation>
        </message>
        <message>
            <source>(nobody of the gala)</source>
            <translation>（非晚会人员）</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanel</name>
        <message>
            <source>Host: “{text}”</source>
            <translation>主持人：“{text}”</translation>
        </message>
        <message numerus="yes">
            <source>{n} more incident(s) running</source>
            <translation>
                <numerusform>另有 {n} 起意外正在处理</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MusicControl</name>
        <message>
            <source>No track to play: the act names no music file.</source>
            <translation>没有可播放的音乐：该节目未填写音乐文件。</translation>
        </message>
        <message>
            <source>The track of “{title}” is missing: {file}</source>
            <translation>“{title}”的音乐文件不存在：{file}</translation>
        </message>
        <message>
            <source>The track of “{title}” cannot be read as audio: {file}</source>
            <translation>“{title}”的音乐文件无法作为音频读取：{file}</translation>
        </message>
        <message>
            <source>Cannot play “{title}”: {reason}</source>
            <translation>无法播放“{title}”：{reason}</translation>
        </message>
        <message>
            <source>Playing the track of “{title}”.</source>
            <translation>正在播放“{title}”的音乐。</translation>
        </message>
        <message>
            <source>No music is playing.</source>
            <translation>当前没有播放音乐。</translation>
        </message>
        <message>
            <source>Fading out the track of “{title}”.</source>
            <translation>正在淡出“{title}”的音乐。</translation>
        </message>
        <message>
            <source>Music stopped.</source>
            <translation>音乐已停止。</translation>
        </message>
        <message>
            <source>Sound output</source>
            <translation>声音输出设备</translation>
        </message>
        <message>
            <source>The system's default</source>
            <translation>系统默认设备</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>启动条件</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>决策人</translation>
        </message>
        <message>
            <source>Who acts</source>
            <translation>执行人</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>需备物资</translation>
        </message>
        <message>
            <source>Steps (one per line)</source>
            <translation>处置步骤（每行一步）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>From people…</source>
            <translation>从人员中选…</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
    </context>
    <context>
        <name>PlanListModel</name>
        <message>
            <source>Plan</source>
            <translation>应急方案</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>STANDING BY (backstage, ready)</source>
            <translation>后台候场（准备就绪）</translation>
        </message>
        <message>
            <source>TO CALL</source>
            <translation>待通知</translation>
        </message>
    </context>
    <context>
        <name>RuleSettingsBox</name>
        <message>
            <source>Rules of the plan</source>
            <translation>应急规则</translation>
        </message>
        <message>
            <source>Latest start delay (min)</source>
            <translation>开场最多推迟（分钟）</translation>
        </message>
        <message>
            <source>First-half outage before postponing (min)</source>
            <translation>前半部分停电多久改期（分钟）</translation>
        </message>
        <message>
            <source>Second-half outage before ending (min)</source>
            <translation>后半部分停电多久结束（分钟）</translation>
        </message>
        <message>
            <source>Acts standing by backstage</source>
            <translation>后台候场节目数</translation>
        </message>
        <message>
            <source>Restarts before an act is withdrawn</source>
            <translation>节目退场前可重演次数</translation>
        </message>
        <message>
            <source>Apply rules</source>
            <translation>应用规则</translation>
        </message>
    </context>
    <context>
        <name>Serve</name>
        <message>
            <source>The audience's live programme of {file} (public, read-only):</source>
            <translation>{file} 的观众实时节目单（公开，只读）：</translation>
        </message>
        <message>
            <source>The crew's live view of {file} (read-only):</source>
            <translation>{file} 的后台实时画面（只读）：</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>按 Ctrl+C 停止。</translation>
        </message>
    </context>
    <context>
        <name>Show</name>
        <message>
            <source>Before the start</source>
            <translation>开场前</translation>
        </message>
        <message>
            <source>First half</source>
            <translation>上半场</translation>
        </message>
        <message>
            <source>Intermission</source>
            <translation>中场休息</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>下半场</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>performed</source>
            <translation>已演出</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已退场</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未演出</translation>
        </message>
        <message>
            <source>postponed (power failure)</source>
            <translation>因停电改期</translation>
        </message>
        <message>
            <source>ended early (power failure)</source>
            <translation>因停电提前结束</translation>
        </message>
        <message>
            <source>on stage</source>
            <translation>演出中</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>正常结束</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>情况严重</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>情况较轻</translation>
        </message>
        <message>
            <source>Show started; on stage: {title}</source>
            <translation>演出开始；上台：{title}</translation>
        </message>
        <message>
            <source>{title} ended; no act left</source>
            <translation>{title} 结束；没有后续节目</translation>
        </message>
        <message>
            <source>{title} ended; on stage: {other}</source>
            <translation>{title} 结束；上台：{other}</translation>
        </message>
        <message>
            <source>{title} broke down and restarts</source>
            <translation>{title} 演出失误，重演</translation>
        </message>
        <message>
            <source>{title} broke down again and is withdrawn; on stage: {other}</source>
            <translation>{title} 再次失误，退场；上台：{other}</translation>
        </message>
        <message>
            <source>{title} not ready; {other} goes first</source>
            <translation>{title} 未就绪；{other} 先上</translation>
        </message>
        <message>
            <source>{title} skipped</source>
            <translation>跳过 {title}</translation>
        </message>
        <message>
            <source>Intermission begins</source>
            <translation>中场休息开始</translation>
        </message>
        <message>
            <source>Intermission over; on stage: {title}</source>
            <translation>中场休息结束；上台：{title}</translation>
        </message>
        <message>
            <source>Show ended ({reason})</source>
            <translation>演出结束（{reason}）</translation>
        </message>
        <message>
            <source>Incident {n}: {kind}</source>
            <translation>意外 {n}：{kind}</translation>
        </message>
        <message>
            <source>Incident {n} escalated: {step}</source>
            <translation>意外 {n} 升级：{step}</translation>
        </message>
        <message>
            <source>Incident {n} resolved</source>
            <translation>意外 {n} 已解除</translation>
        </message>
        <message>
            <source>Note on incident {n}: {text}</source>
            <translation>意外 {n} 备注：{text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>备注：{text}</translation>
        </message>
    </context>
    <context>
        <name>ShowBoard</name>
        <message>
            <source>REHEARSAL</source>
            <translation>彩排</translation>
        </message>
        <message>
            <source>SHOW</source>
            <translation>演出</translation>
        </message>
        <message>
            <source>Planned {start}–{end} · now ending {projected}</source>
            <translation>计划 {start}–{end} · 预计结束 {projected}</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>尚未开始</translation>
        </message>
        <message>
            <source>On schedule</source>
            <translation>进度正常</translation>
        </message>
        <message>
            <source>Behind by {t}</source>
            <translation>落后 {t}</translation>
        </message>
        <message>
            <source>Ahead by {t}</source>
            <translation>提前 {t}</translation>
        </message>
        <message>
            <source>{host}: {link}</source>
            <translation>{host}：{link}</translation>
        </message>
        <message>
            <source>The show has ended</source>
            <translation>演出已结束</translation>
        </message>
        <message>
            <source>Rehearsal run</source>
            <translation>彩排</translation>
        </message>
        <message>
            <source>Stage empty</source>
            <translation>舞台空闲</translation>
        </message>
        <message>
            <source>started {time}</source>
            <translation>{time} 开始</translation>
        </message>
        <message>
            <source>paused: power failure</source>
            <translation>停电暂停</translation>
        </message>
        <message>
            <source>over by {t}</source>
            <translation>超时 {t}</translation>
        </message>
        <message>
            <source>restarted {n} time(s)</source>
            <translation>已重演 {n} 次</translation>
        </message>
        <message>
            <source>Run time {t}</source>
            <translation>实际时长 {t}</translation>
        </message>
        <message>
            <source>Press Space when the second half begins</source>
            <translation>下半场开始时按空格键</translation>
        </message>
        <message>
            <source>Press Space to bring on the next act</source>
            <translation>按空格键请下一个节目上台</translation>
        </message>
        <message>
            <source>No act left: press E to end</source>
            <translation>没有后续节目：按 E 结束演出</translation>
        </message>
        <message>
            <source>Press F5 to start</source>
            <translation>按 F5 开始</translation>
        </message>
        <message>
            <source>The gala is on {date} at {time}</source>
            <translation>晚会定于 {date} {time} 开始</translation>
        </message>
        <message>
            <source>Starts in {t}</source>
            <translation>距开场 {t}</translation>
        </message>
        <message>
            <source>Start time reached: press F5</source>
            <translation>已到开场时间：按 F5 开始</translation>
        </message>
    </context>
    <context>
        <name>ShowConsoleWindow</name>
        <message>
            <source>Show console</source>
            <translation>演出控制台</translation>
        </message>
        <message>
            <source>Show console: rehearsal run</source>
            <translation>演出控制台：彩排</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
        <message>
            <source>End the current run first (E).</source>
            <translation>请先结束当前的彩排或演出（E）。</translation>
        </message>
        <message>
            <source>Clear everything the show log holds? The gala file is backed up first; rehearsal runs are kept.</source>
            <translation>清空演出记录中的全部内容吗？清空前会先备份晚会文件；彩排记录保留。</translation>
        </message>
        <message numerus="yes">
            <source>Show reset: {n} action(s) cleared; backup: {path}</source>
            <translation>
                <numerusform>演出记录已重置：清除了 {n} 条操作；备份：{path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Note for the show log:</source>
            <translation>写入演出记录的备注：</translation>
        </message>
        <message>
            <source>Other incident</source>
            <translation>其他意外</translation>
        </message>
        <message>
            <source>Which plan applies?</source>
            <translation>按哪个应急方案处理？</translation>
        </message>
    </context>
    <context>
        <name>ShowReport</name>
        <message>
            <source>Show report</source>
            <translation>演出报告</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Planned and actual</source>
            <translation>计划与实际</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>意外事件</translation>
        </message>
        <message>
            <source>Show log</source>
            <translation>演出记录</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>计划开始</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>实际开始</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>结束方式</translation>
        </message>
        <message>
            <source>Run time</source>
            <translation>实际时长</translation>
        </message>
        <message>
            <source>No show has been logged for this gala: this report holds the plan only.</source>
            <translation>本晚会还没有演出记录：本报告只有计划。</translation>
        </message>
        <message>
            <source>Programme length</source>
            <translation>节目总时长</translation>
        </message>
        <message>
            <source>Planned length</source>
            <translation>计划时长</translation>
        </message>
        <message>
            <source>Against the planned length</source>
            <translation>与计划时长相比</translation>
        </message>
        <message>
            <source>{time} {kind}: {text}</source>
            <translation>{time} {kind}：{text}</translation>
        </message>
        <message>
            <source>End against plan</source>
            <translation>结束时间与计划相比</translation>
        </message>
        <message>
            <source>Acts over time</source>
            <translation>超时节目数</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划用时</translation>
        </message>
        <message>
            <source>Actual start</source>
            <translation>实际开始</translation>
        </message>
        <message>
            <source>Actual end</source>
            <translation>实际结束</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>实际用时</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>重演</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>When</source>
            <translation>发生阶段</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>持续</translation>
        </message>
        <message>
            <source>Decision (the plan's rule)</source>
            <translation>处置决定（按应急规则）</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>经过</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>No incidents.</source>
            <translation>没有发生意外。</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>StageDisplayWindow</name>
        <message>
            <source>Stage display</source>
            <translation>舞台提示屏</translation>
        </message>
        <message>
            <source>ON STAGE</source>
            <translation>正在演出</translation>
        </message>
        <message>
            <source>NEXT, AND THE HOST'S LINK</source>
            <translation>下一个节目与主持串词</translation>
        </message>
        <message>
            <source>Scan for the live programme</source>
            <translation>扫码查看实时节目单</translation>
        </message>
        <message>
            <source>PAUSED: power failure</source>
            <translation>暂停：停电</translation>
        </message>
        <message>
            <source>OVER TIME</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Last minute</source>
            <translation>最后一分钟</translation>
        </message>
    </context>
    <context>
        <name>StagePanel</name>
        <message>
            <source>ON STAGE</source>
            <translation>正在演出</translation>
        </message>
        <message>
            <source>NEXT, AND THE HOST'S LINK</source>
            <translation>下一个节目与主持串词</translation>
        </message>
    </context>
</TS>
