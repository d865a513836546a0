<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AwardExport</name>
        <message>
            <source>Tied, not decided: {acts}. The committee decides before the announcement.</source>
            <translation>Tied, not decided: {acts}. The committee decides before the announcement.</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>{award}: {winners}</source>
            <translation>{award}: {winners}</translation>
        </message>
        <message>
            <source>{winners} ({tie})</source>
            <translation>{winners} ({tie})</translation>
        </message>
        <message>
            <source>{name} {points} points</source>
            <translation>{name} {points} points</translation>
        </message>
        <message>
            <source>Full marks {max}.</source>
            <translation>Full marks {max}.</translation>
        </message>
        <message>
            <source>Criteria: {criteria}. {full}</source>
            <translation>Criteria: {criteria}. {full}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Score sheet</source>
            <translation>Score sheet</translation>
        </message>
        <message>
            <source>Judge: {name}  {title}</source>
            <translation>Judge: {name}  {title}</translation>
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
            <source>Performers</source>
            <translation>Performers</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Judge’s signature: ____________    Date: ____________</source>
            <translation>Judge’s signature: ____________    Date: ____________</translation>
        </message>
        <message>
            <source>No judge is recorded yet.</source>
            <translation>No judge is recorded yet.</translation>
        </message>
        <message>
            <source>no score from {judges}</source>
            <translation>no score from {judges}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>tie decided by the committee</source>
            <translation>tie decided by the committee</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>No award is set up.</source>
            <translation>No award is set up.</translation>
        </message>
        <message>
            <source>Award results for the host</source>
            <translation>Award results for the host</translation>
        </message>
        <message>
            <source>Announce from the top: the audience’s award first, then from the last prize to the first.</source>
            <translation>Announce from the top: the audience’s award first, then from the last prize to the first.</translation>
        </message>
        <message>
            <source>{performers}:</source>
            <translation>{performers}:</translation>
        </message>
        <message>
            <source>At {gala}, your act {act} won </source>
            <translation>At {gala}, your act {act} won </translation>
        </message>
        <message>
            <source>. This certificate is awarded in recognition.</source>
            <translation>. This certificate is awarded in recognition.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>CERTIFICATE OF HONOUR</source>
            <translation>CERTIFICATE OF HONOUR</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>No award has a winner yet.</source>
            <translation>No award has a winner yet.</translation>
        </message>
    </context>
    <context>
        <name>AwardSetupTab</name>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Scoring</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>Acts that compete</source>
            <translation>Acts that compete</translation>
        </message>
        <message>
            <source>By default the selected acts compete, except the hosts’ links, the intermission, the quiz and the awards. Tick or untick to decide otherwise.</source>
            <translation>By default the selected acts compete, except the hosts’ links, the intermission, the quiz and the awards. Tick or untick to decide otherwise.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
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
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Highest score</source>
            <translation>Highest score</translation>
        </message>
        <message>
            <source>Criteria
(one a line, points last)</source>
            <translation>Criteria
(one a line, points last)</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
    </context>
    <context>
        <name>Awards</name>
        <message>
            <source>Average of all judges</source>
            <translation>Average of all judges</translation>
        </message>
        <message>
            <source>Drop the highest and the lowest, average the rest</source>
            <translation>Drop the highest and the lowest, average the rest</translation>
        </message>
        <message>
            <source>The final score of an act is the average of the judges’ scores, rounded to two decimals.</source>
            <translation>The final score of an act is the average of the judges’ scores, rounded to two decimals.</translation>
        </message>
        <message>
            <source>The highest and the lowest score of each act are dropped; the final score is the average of the others, rounded to two decimals.</source>
            <translation>The highest and the lowest score of each act are dropped; the final score is the average of the others, rounded to two decimals.</translation>
        </message>
        <message>
            <source>Judges’ scores</source>
            <translation>Judges’ scores</translation>
        </message>
        <message>
            <source>Audience votes</source>
            <translation>Audience votes</translation>
        </message>
        <message>
            <source>An award needs a name.</source>
            <translation>An award needs a name.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>The name is too long.</translation>
        </message>
        <message>
            <source>Between 1 and 50 places.</source>
            <translation>Between 1 and 50 places.</translation>
        </message>
        <message>
            <source>The highest score must be between 1 and 1000.</source>
            <translation>The highest score must be between 1 and 1000.</translation>
        </message>
        <message>
            <source>A score must be between 0 and the highest score.</source>
            <translation>A score must be between 0 and the highest score.</translation>
        </message>
        <message>
            <source>A score has at most two decimals.</source>
            <translation>A score has at most two decimals.</translation>
        </message>
        <message>
            <source>A score is a number, e.g. 92.5.</source>
            <translation>A score is a number, e.g. 92.5.</translation>
        </message>
        <message>
            <source>Votes are a whole number, 0 or more.</source>
            <translation>Votes are a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>It cannot move further.</source>
            <translation>It cannot move further.</translation>
        </message>
        <message>
            <source>{rank} (tie)</source>
            <translation>{rank} (tie)</translation>
        </message>
        <message numerus="yes">
            <source>Only %n judge(s) for the rule that drops the highest and the lowest score; it wants {needed} or more.</source>
            <translation>
                <numerusform>Only %n judge for the rule that drops the highest and the lowest score; it wants {needed} or more.</numerusform>
                <numerusform>Only %n judges for the rule that drops the highest and the lowest score; it wants {needed} or more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The awards have {places} places but only %n act(s) in the competition.</source>
            <translation>
                <numerusform>The awards have {places} places but only %n act in the competition.</numerusform>
                <numerusform>The awards have {places} places but only %n acts in the competition.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{act}” has no score from {judges}.</source>
            <translation>“{act}” has no score from {judges}.</translation>
        </message>
        <message>
            <source>{acts} are tied for {award}: the committee must decide their order.</source>
            <translation>{acts} are tied for {award}: the committee must decide their order.</translation>
        </message>
        <message>
            <source>Score {score} from {judge} for {act}</source>
            <translation>Score {score} from {judge} for {act}</translation>
        </message>
        <message>
            <source>Clear the score of {judge} for {act}</source>
            <translation>Clear the score of {judge} for {act}</translation>
        </message>
        <message>
            <source>Votes for {act}</source>
            <translation>Votes for {act}</translation>
        </message>
        <message>
            <source>{act} competes</source>
            <translation>{act} competes</translation>
        </message>
        <message>
            <source>{act} does not compete</source>
            <translation>{act} does not compete</translation>
        </message>
        <message>
            <source>Change the scoring rule</source>
            <translation>Change the scoring rule</translation>
        </message>
        <message>
            <source>Add award {name}</source>
            <translation>Add award {name}</translation>
        </message>
        <message>
            <source>Edit award {name}</source>
            <translation>Edit award {name}</translation>
        </message>
        <message>
            <source>Remove award {name}</source>
            <translation>Remove award {name}</translation>
        </message>
        <message>
            <source>Move award {name}</source>
            <translation>Move award {name}</translation>
        </message>
        <message>
            <source>Decide a tie</source>
            <translation>Decide a tie</translation>
        </message>
        <message>
            <source>Clear the tie decisions</source>
            <translation>Clear the tie decisions</translation>
        </message>
    </context>
    <context>
        <name>AwardsPage</name>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Awards and acts</source>
            <translation>Awards and acts</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Print score sheets…</source>
            <translation>Print score sheets…</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Export results…</translation>
        </message>
        <message>
            <source>Print the host’s result card…</source>
            <translation>Print the host’s result card…</translation>
        </message>
        <message>
            <source>Print certificates…</source>
            <translation>Print certificates…</translation>
        </message>
        <message>
            <source>score-sheets.pdf</source>
            <translation>score-sheets.pdf</translation>
        </message>
        <message>
            <source>results.pdf</source>
            <translation>results.pdf</translation>
        </message>
        <message>
            <source>result-card.pdf</source>
            <translation>result-card.pdf</translation>
        </message>
        <message>
            <source>certificates.pdf</source>
            <translation>certificates.pdf</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>Award</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>e.g. 一等奖</source>
            <translation>e.g. 一等奖</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
    </context>
    <context>
        <name>CategoryTableModel</name>
        <message>
            <source>Award</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Competes</source>
            <translation>Competes</translation>
        </message>
        <message>
            <source>By its kind</source>
            <translation>By its kind</translation>
        </message>
        <message>
            <source>competes</source>
            <translation>competes</translation>
        </message>
        <message>
            <source>does not</source>
            <translation>does not</translation>
        </message>
    </context>
    <context>
        <name>RankingTableModel</name>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Decide the tie…</source>
            <translation>Decide the tie…</translation>
        </message>
        <message>
            <source>Clear the committee’s decisions</source>
            <translation>Clear the committee’s decisions</translation>
        </message>
        <message>
            <source>{award}: {winners}</source>
            <translation>{award}: {winners}</translation>
        </message>
        <message>
            <source>(a tie decided by the committee)</source>
            <translation>(a tie decided by the committee)</translation>
        </message>
        <message>
            <source>No award is set up yet.</source>
            <translation>No award is set up yet.</translation>
        </message>
    </context>
    <context>
        <name>ScoreTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Audience votes</source>
            <translation>Audience votes</translation>
        </message>
        <message>
            <source>Not scored by</source>
            <translation>Not scored by</translation>
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <source>Type a score and press Enter; the cell below is next. Delete a score to leave it missing: a judge who did not score an act is reported, never counted as 0.</source>
            <translation>Type a score and press Enter; the cell below is next. Delete a score to leave it missing: a judge who did not score an act is reported, never counted as 0.</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
    </context>
    <context>
        <name>TieDialog</name>
        <message>
            <source>Decide the tie for {award}</source>
            <translation>Decide the tie for {award}</translation>
        </message>
        <message>
            <source>These acts have the same result. Put them in the order the judges or the committee decided; the first is ahead. The results will say that the committee decided.</source>
            <translation>These acts have the same result. Put them in the order the judges or the committee decided; the first is ahead. The results will say that the committee decided.</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
    </context>
</TS>
