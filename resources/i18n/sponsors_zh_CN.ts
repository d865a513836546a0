<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>GoodsDialog</name>
        <message>
            <source>Goods in kind</source>
            <translation>实物赞助</translation>
        </message>
        <message>
            <source>yuan, e.g. 174</source>
            <translation>元，例如 174</translation>
        </message>
        <message>
            <source>(not a supply item)</source>
            <translation>（不是物资清单中的物品）</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>物资</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Value (¥)</source>
            <translation>价值（¥）</translation>
        </message>
        <message>
            <source>Say what the sponsor gives.</source>
            <translation>请填写赞助商提供的物品。</translation>
        </message>
        <message>
            <source>The value must be an amount in yuan, zero or more.</source>
            <translation>价值须为不小于零的金额（元）。</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <source>Promise to the sponsor</source>
            <translation>对赞助商的回报承诺</translation>
        </message>
        <message>
            <source>e.g. logo at the bottom right of the poster</source>
            <translation>例如：海报右下角印标志</translation>
        </message>
        <message>
            <source>(no point chosen)</source>
            <translation>（未选择时机）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>回报</translation>
        </message>
        <message>
            <source>What exactly</source>
            <translation>具体内容</translation>
        </message>
        <message>
            <source>Said after the link of</source>
            <translation>在此串词之后鸣谢</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Photo (optional)</source>
            <translation>照片（可选）</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>图片 (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>PromiseTableModel</name>
        <message>
            <source>Sponsor</source>
            <translation>赞助商</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>回报</translation>
        </message>
        <message>
            <source>When on stage</source>
            <translation>舞台时机</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>SponsorDialog</name>
        <message>
            <source>New sponsor</source>
            <translation>新赞助商</translation>
        </message>
        <message>
            <source>Sponsor “{company}”</source>
            <translation>赞助商“{company}”</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>yuan, e.g. 500</source>
            <translation>元，例如 500</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
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
            <source>Company</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Looked after by</source>
            <translation>对接人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Cash (¥)</source>
            <translation>现金（¥）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Goods in kind</source>
            <translation>实物赞助</translation>
        </message>
        <message>
            <source>What we promised in return</source>
            <translation>我们承诺的回报</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>物资</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>回报</translation>
        </message>
        <message>
            <source>What exactly</source>
            <translation>具体内容</translation>
        </message>
        <message>
            <source>When on stage</source>
            <translation>舞台时机</translation>
        </message>
        <message>
            <source>The cash must be an amount in yuan, zero or more (e.g. 500).</source>
            <translation>现金须为不小于零的金额（元），例如 500。</translation>
        </message>
    </context>
    <context>
        <name>SponsorExport</name>
        <message>
            <source>Sponsor report</source>
            <translation>赞助回报报告</translation>
        </message>
        <message>
            <source>In brief</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Goods in kind</source>
            <translation>实物赞助</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>物资</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>What we promised</source>
            <translation>承诺的回报</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>回报</translation>
        </message>
        <message>
            <source>When on stage</source>
            <translation>舞台时机</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>No goods in kind.</source>
            <translation>无实物赞助。</translation>
        </message>
        <message>
            <source>Nothing was promised.</source>
            <translation>没有承诺回报。</translation>
        </message>
        <message>
            <source>No sponsors are recorded.</source>
            <translation>尚未登记赞助商。</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Looked after by</source>
            <translation>对接人</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Sponsors who agreed</source>
            <translation>已同意的赞助商</translation>
        </message>
        <message>
            <source>{count} of {all}</source>
            <translation>{count} / {all}</translation>
        </message>
        <message>
            <source>Cash agreed</source>
            <translation>已谈妥现金</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>已到账现金</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>已兑现的回报</translation>
        </message>
        <message>
            <source>{kept} of {all} ({dropped} dropped)</source>
            <translation>{all} 项中已兑现 {kept} 项（取消 {dropped} 项）</translation>
        </message>
        <message>
            <source>Sponsor mention</source>
            <translation>赞助鸣谢</translation>
        </message>
    </context>
    <context>
        <name>SponsorTableModel</name>
        <message>
            <source>Company</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Goods in kind</source>
            <translation>实物赞助</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>已兑现回报</translation>
        </message>
        <message>
            <source>Looked after by</source>
            <translation>对接人</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
    </context>
    <context>
        <name>Sponsors</name>
        <message>
            <source>Approached</source>
            <translation>已联系</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已到账</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已婉拒</translation>
        </message>
        <message>
            <source>Logo on the poster</source>
            <translation>海报印标志</translation>
        </message>
        <message>
            <source>Banner</source>
            <translation>横幅</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>展位</translation>
        </message>
        <message>
            <source>Host mention</source>
            <translation>主持人鸣谢</translation>
        </message>
        <message>
            <source>Ad in the programme</source>
            <translation>节目单广告</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待落实</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已落实</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>A sponsor needs a company name.</source>
            <translation>请填写赞助单位名称。</translation>
        </message>
        <message>
            <source>The company name is too long.</source>
            <translation>单位名称太长。</translation>
        </message>
        <message>
            <source>The phone number may hold digits, spaces, +, - and brackets only.</source>
            <translation>电话号码只能包含数字、空格、+、- 和括号。</translation>
        </message>
        <message>
            <source>The cash must be an amount in yuan, zero or more (e.g. 500).</source>
            <translation>现金须为不小于零的金额（元），例如 500。</translation>
        </message>
        <message>
            <source>The cash amount is too large.</source>
            <translation>现金金额太大。</translation>
        </message>
        <message>
            <source>Each good in kind needs a description.</source>
            <translation>每项实物赞助都需要写明内容。</translation>
        </message>
        <message>
            <source>The value of goods must be an amount in yuan, zero or more.</source>
            <translation>实物价值须为不小于零的金额（元）。</translation>
        </message>
        <message>
            <source>The value of goods is too large.</source>
            <translation>实物价值太大。</translation>
        </message>
        <message>
            <source>{kind} ({detail})</source>
            <translation>{kind}（{detail}）</translation>
        </message>
        <message>
            <source>Our thanks to {company} for supporting tonight’s gala!</source>
            <translation>感谢{company}对本次晚会的大力支持！</translation>
        </message>
        <message>
            <source>Nobody of the committee looks after the sponsor “{company}”.</source>
            <translation>赞助商“{company}”还没有对接人。</translation>
        </message>
        <message>
            <source>“{company}” agreed to give {cash} but the money has not been received.</source>
            <translation>“{company}”已同意赞助 {cash}，但款项尚未到账。</translation>
        </message>
        <message>
            <source>“{item}” is a gift of “{company}” but the supply list buys it: set its source to Sponsored.</source>
            <translation>“{item}”由“{company}”赞助，但物资清单中记为购买：请把来源改为“赞助”。</translation>
        </message>
        <message>
            <source>The host mention of “{company}” has no point in the running order: {what}.</source>
            <translation>对“{company}”的主持人鸣谢还没有安排在节目流程中：{what}。</translation>
        </message>
        <message>
            <source>A promise to “{company}” is not kept yet: {what}.</source>
            <translation>对“{company}”的回报尚未落实：{what}。</translation>
        </message>
        <message>
            <source>Add sponsor “{company}”</source>
            <translation>添加赞助商“{company}”</translation>
        </message>
        <message>
            <source>Edit sponsor “{company}”</source>
            <translation>编辑赞助商“{company}”</translation>
        </message>
        <message>
            <source>Remove sponsor “{company}”</source>
            <translation>删除赞助商“{company}”</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n sponsor(s)</source>
            <translation>
                <numerusform>删除 %n 个赞助商</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n promise(s) “{status}”</source>
            <translation>
                <numerusform>将 %n 项回报标为“{status}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SponsorsPage</name>
        <message>
            <source>Add sponsor…</source>
            <translation>添加赞助商…</translation>
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
            <source>Export sponsor report…</source>
            <translation>导出赞助回报报告…</translation>
        </message>
        <message>
            <source>What we promised: tick it off on the night</source>
            <translation>承诺的回报：晚会当天逐项落实</translation>
        </message>
        <message>
            <source>Only what is still to do</source>
            <translation>只看待落实的</translation>
        </message>
        <message>
            <source>Mark selected:</source>
            <translation>将选中的标为：</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Cash agreed {cash} (received {received}) · goods {goods} · promises kept {kept} of {all}</source>
            <translation>谈妥现金 {cash}（已到账 {received}）· 实物 {goods} · 回报已兑现 {kept} / {all}</translation>
        </message>
        <message>
            <source>Export sponsor report</source>
            <translation>导出赞助回报报告</translation>
        </message>
        <message>
            <source>sponsor report</source>
            <translation>赞助报告</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
</TS>
