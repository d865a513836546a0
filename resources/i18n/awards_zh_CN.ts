<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AwardExport</name>
        <message>
            <source>Tied, not decided: {acts}. The committee decides before the announcement.</source>
            <translation>并列且尚未决定：{acts}。须在宣布前由评委会决定。</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>评比结果</translation>
        </message>
        <message>
            <source>{award}: {winners}</source>
            <translation>{award}：{winners}</translation>
        </message>
        <message>
            <source>{winners} ({tie})</source>
            <translation>{winners}（{tie}）</translation>
        </message>
        <message>
            <source>{name} {points} points</source>
            <translation>{name} {points} 分</translation>
        </message>
        <message>
            <source>Full marks {max}.</source>
            <translation>满分 {max} 分。</translation>
        </message>
        <message>
            <source>Criteria: {criteria}. {full}</source>
            <translation>评分标准：{criteria}。{full}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Score sheet</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Judge: {name}  {title}</source>
            <translation>评委：{name}　{title}</translation>
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
            <source>Performers</source>
            <translation>表演者</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Judge’s signature: ____________    Date: ____________</source>
            <translation>评委签名：____________　　日期：____________</translation>
        </message>
        <message>
            <source>No judge is recorded yet.</source>
            <translation>尚未登记评委。</translation>
        </message>
        <message>
            <source>no score from {judges}</source>
            <translation>缺少{judges}的评分</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>tie decided by the committee</source>
            <translation>并列由评委会决定</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>最后得分</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>观众票数</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>获奖节目</translation>
        </message>
        <message>
            <source>No award is set up.</source>
            <translation>尚未设置奖项。</translation>
        </message>
        <message>
            <source>Award results for the host</source>
            <translation>颁奖结果（主持人用）</translation>
        </message>
        <message>
            <source>Announce from the top: the audience’s award first, then from the last prize to the first.</source>
            <translation>从上往下宣布：先宣布观众投票的奖项，再从三等奖到一等奖。</translation>
        </message>
        <message>
            <source>{performers}:</source>
            <translation>{performers}：</translation>
        </message>
        <message>
            <source>At {gala}, your act {act} won </source>
            <translation>在{gala}中，你们表演的节目{act}荣获</translation>
        </message>
        <message>
            <source>. This certificate is awarded in recognition.</source>
            <translation>。特发此证，以资鼓励。</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>荣誉证书</translation>
        </message>
        <message>
            <source>CERTIFICATE OF HONOUR</source>
            <translation>CERTIFICATE OF HONOUR</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>奖状</translation>
        </message>
        <message>
            <source>No award has a winner yet.</source>
            <translation>还没有奖项有获奖节目。</translation>
        </message>
    </context>
    <context>
        <name>AwardSetupTab</name>
        <message>
            <source>Awards</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Acts that compete</source>
            <translation>参评节目</translation>
        </message>
        <message>
            <source>By default the selected acts compete, except the hosts’ links, the intermission, the quiz and the awards. Tick or untick to decide otherwise.</source>
            <translation>默认所有入选节目参评，主持串场、中场休息、有奖问答和颁奖环节除外。可勾选或取消勾选另行决定。</translation>
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
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>计分规则</translation>
        </message>
        <message>
            <source>Highest score</source>
            <translation>满分</translation>
        </message>
        <message>
            <source>Criteria
(one a line, points last)</source>
            <translation>评分标准
（每行一项，分值写在最后）</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
    </context>
    <context>
        <name>Awards</name>
        <message>
            <source>Average of all judges</source>
            <translation>取全体评委平均分</translation>
        </message>
        <message>
            <source>Drop the highest and the lowest, average the rest</source>
            <translation>去掉一个最高分和一个最低分，取平均分</translation>
        </message>
        <message>
            <source>The final score of an act is the average of the judges’ scores, rounded to two decimals.</source>
            <translation>节目的最后得分为各位评委评分的平均分，保留两位小数。</translation>
        </message>
        <message>
            <source>The highest and the lowest score of each act are dropped; the final score is the average of the others, rounded to two decimals.</source>
            <translation>每个节目去掉一个最高分和一个最低分，其余评委评分的平均分为最后得分，保留两位小数。</translation>
        </message>
        <message>
            <source>Judges’ scores</source>
            <translation>评委评分</translation>
        </message>
        <message>
            <source>Audience votes</source>
            <translation>观众投票</translation>
        </message>
        <message>
            <source>An award needs a name.</source>
            <translation>请填写奖项名称。</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>名称太长。</translation>
        </message>
        <message>
            <source>Between 1 and 50 places.</source>
            <translation>名额须在 1 到 50 之间。</translation>
        </message>
        <message>
            <source>The highest score must be between 1 and 1000.</source>
            <translation>满分须在 1 到 1000 之间。</translation>
        </message>
        <message>
            <source>A score must be between 0 and the highest score.</source>
            <translation>评分须在 0 到满分之间。</translation>
        </message>
        <message>
            <source>A score has at most two decimals.</source>
            <translation>评分最多保留两位小数。</translation>
        </message>
        <message>
            <source>A score is a number, e.g. 92.5.</source>
            <translation>评分须为数字，例如 92.5。</translation>
        </message>
        <message>
            <source>Votes are a whole number, 0 or more.</source>
            <translation>票数须为不小于零的整数。</translation>
        </message>
        <message>
            <source>It cannot move further.</source>
            <translation>无法再移动。</translation>
        </message>
        <message>
            <source>{rank} (tie)</source>
            <translation>{rank}（并列）</translation>
        </message>
        <message numerus="yes">
            <source>Only %n judge(s) for the rule that drops the highest and the lowest score; it wants {needed} or more.</source>
            <translation>
                <numerusform>只有 %n 位评委，“去掉最高分和最低分”的规则需要 {needed} 位或更多。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The awards have {places} places but only %n act(s) in the competition.</source>
            <translation>
                <numerusform>奖项共有 {places} 个名额，但只有 %n 个节目参评。</numerusform>
            </translation>
        </message>
        <message>
            <source>“{act}” has no score from {judges}.</source>
            <translation>“{act}”缺少{judges}的评分。</translation>
        </message>
        <message>
            <source>{acts} are tied for {award}: the committee must decide their order.</source>
            <translation>{acts}并列争夺{award}：须由评委会决定先后。</translation>
        </message>
        <message>
            <source>Score {score} from {judge} for {act}</source>
            <translation>{judge}给{act}打 {score} 分</translation>
        </message>
        <message>
            <source>Clear the score of {judge} for {act}</source>
            <translation>清除{judge}对{act}的评分</translation>
        </message>
        <message>
            <source>Votes for {act}</source>
            <translation>{act}的观众票数</translation>
        </message>
        <message>
            <source>{act} competes</source>
            <translation>{act}参评</translation>
        </message>
        <message>
            <source>{act} does not compete</source>
            <translation>{act}不参评</translation>
        </message>
        <message>
            <source>Change the scoring rule</source>
            <translation>修改计分规则</translation>
        </message>
        <message>
            <source>Add award {name}</source>
            <translation>添加奖项{name}</translation>
        </message>
        <message>
            <source>Edit award {name}</source>
            <translation>编辑奖项{name}</translation>
        </message>
        <message>
            <source>Remove award {name}</source>
            <translation>删除奖项{name}</translation>
        </message>
        <message>
            <source>Move award {name}</source>
            <translation>移动奖项{name}</translation>
        </message>
        <message>
            <source>Decide a tie</source>
            <translation>决定并列名次</translation>
        </message>
        <message>
            <source>Clear the tie decisions</source>
            <translation>清除并列决定</translation>
        </message>
    </context>
    <context>
        <name>AwardsPage</name>
        <message>
            <source>Awards</source>
            <translation>评分与颁奖</translation>
        </message>
        <message>
            <source>Awards and acts</source>
            <translation>奖项与参评节目</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Print score sheets…</source>
            <translation>打印评分表…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>导出评比结果…</translation>
        </message>
        <message>
            <source>Print the host’s result card…</source>
            <translation>打印颁奖结果卡…</translation>
        </message>
        <message>
            <source>Print certificates…</source>
            <translation>打印奖状…</translation>
        </message>
        <message>
            <source>score-sheets.pdf</source>
            <translation>评分表.pdf</translation>
        </message>
        <message>
            <source>results.pdf</source>
            <translation>评比结果.pdf</translation>
        </message>
        <message>
            <source>result-card.pdf</source>
            <translation>颁奖结果卡.pdf</translation>
        </message>
        <message>
            <source>certificates.pdf</source>
            <translation>奖状.pdf</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>Award</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>e.g. 一等奖</source>
            <translation>例如：一等奖</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>评定依据</translation>
        </message>
    </context>
    <context>
        <name>CategoryTableModel</name>
        <message>
            <source>Award</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>By</source>
            <translation>评定依据</translation>
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Competes</source>
            <translation>参评</translation>
        </message>
        <message>
            <source>By its kind</source>
            <translation>按类型默认</translation>
        </message>
        <message>
            <source>competes</source>
            <translation>参评</translation>
        </message>
        <message>
            <source>does not</source>
            <translation>不参评</translation>
        </message>
    </context>
    <context>
        <name>RankingTableModel</name>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>最后得分</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>观众票数</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>奖项</translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>Awards</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Decide the tie…</source>
            <translation>决定并列名次…</translation>
        </message>
        <message>
            <source>Clear the committee’s decisions</source>
            <translation>清除评委会的决定</translation>
        </message>
        <message>
            <source>{award}: {winners}</source>
            <translation>{award}：{winners}</translation>
        </message>
        <message>
            <source>(a tie decided by the committee)</source>
            <translation>（并列由评委会决定）</translation>
        </message>
        <message>
            <source>No award is set up yet.</source>
            <translation>尚未设置奖项。</translation>
        </message>
    </context>
    <context>
        <name>ScoreTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>节目</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>最后得分</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Audience votes</source>
            <translation>观众票数</translation>
        </message>
        <message>
            <source>Not scored by</source>
            <translation>未评分的评委</translation>
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <source>Type a score and press Enter; the cell below is next. Delete a score to leave it missing: a judge who did not score an act is reported, never counted as 0.</source>
            <translation>输入分数后按回车，光标移到下一格。删除分数即为缺评：评委未评分的节目会被提示，绝不按 0 分计算。</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>评分</translation>
        </message>
    </context>
    <context>
        <name>TieDialog</name>
        <message>
            <source>Decide the tie for {award}</source>
            <translation>决定{award}的并列名次</translation>
        </message>
        <message>
            <source>These acts have the same result. Put them in the order the judges or the committee decided; the first is ahead. The results will say that the committee decided.</source>
            <translation>这些节目成绩相同。请按评委或评委会的决定排序，排在前面的名次在前。评比结果会注明由评委会决定。</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
    </context>
</TS>
