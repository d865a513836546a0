<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>PrizeTableModel</name>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
        <message>
            <source>In supplies</source>
            <translation>物资数量</translation>
        </message>
        <message>
            <source>Handed out</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>剩余</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <source>Quiz question</source>
            <translation>问答题目</translation>
        </message>
        <message>
            <source>(no round)</source>
            <translation>（未分轮次）</translation>
        </message>
        <message>
            <source>(no prize)</source>
            <translation>（无奖品）</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
    </context>
    <context>
        <name>QuestionTableModel</name>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>(no round)</source>
            <translation>（未分轮次）</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
    </context>
    <context>
        <name>Quiz</name>
        <message>
            <source>A question needs its text.</source>
            <translation>请填写题目内容。</translation>
        </message>
        <message>
            <source>The question or the answer is too long.</source>
            <translation>题目或答案太长。</translation>
        </message>
        <message>
            <source>It cannot move further.</source>
            <translation>已无法再移动。</translation>
        </message>
        <message>
            <source>A winner needs a name.</source>
            <translation>请填写获奖者姓名。</translation>
        </message>
        <message>
            <source>The name or the class is too long.</source>
            <translation>姓名或班级太长。</translation>
        </message>
        <message>
            <source>No “{value}” is left in the supplies: choose another prize.</source>
            <translation>物资中的“{value}”已发完，请选择其他奖品。</translation>
        </message>
        <message>
            <source>The quiz round “{round}” has no questions.</source>
            <translation>有奖问答“{round}”还没有题目。</translation>
        </message>
        <message>
            <source>The quiz question “{question}” has no answer.</source>
            <translation>问答题“{question}”没有答案。</translation>
        </message>
        <message>
            <source>The quiz question “{question}” belongs to no round.</source>
            <translation>问答题“{question}”未分配轮次。</translation>
        </message>
        <message>
            <source>The quiz question “{question}” has no prize.</source>
            <translation>问答题“{question}”没有设置奖品。</translation>
        </message>
        <message>
            <source>Only {left} “{prize}” left for {needed} questions still to win.</source>
            <translation>“{prize}”只剩 {left} 份，还有 {needed} 道题待发奖。</translation>
        </message>
        <message>
            <source>Add question “{q}”</source>
            <translation>添加题目“{q}”</translation>
        </message>
        <message>
            <source>Edit question “{q}”</source>
            <translation>修改题目“{q}”</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n question(s)</source>
            <translation>
                <numerusform>删除 %n 道题目</numerusform>
            </translation>
        </message>
        <message>
            <source>Move question</source>
            <translation>移动题目</translation>
        </message>
        <message>
            <source>{winner} wins {prize}</source>
            <translation>{winner} 获得{prize}</translation>
        </message>
        <message numerus="yes">
            <source>Take back %n prize(s)</source>
            <translation>
                <numerusform>收回 %n 份奖品</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuizExport</name>
        <message>
            <source>Starts {time}</source>
            <translation>{time} 开始</translation>
        </message>
        <message>
            <source>Quiz cards for the host</source>
            <translation>有奖问答主持卡</translation>
        </message>
        <message>
            <source>Read the question, wait for hands, then the answer.</source>
            <translation>先读题，等观众举手，再公布答案。</translation>
        </message>
        <message>
            <source>Q{n}.</source>
            <translation>第{n}题</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>答案：{answer}</translation>
        </message>
        <message>
            <source>Prize: {prize}</source>
            <translation>奖品：{prize}</translation>
        </message>
        <message>
            <source>No question for this round yet.</source>
            <translation>本轮还没有题目。</translation>
        </message>
        <message>
            <source>The programme has no quiz round.</source>
            <translation>节目单中没有有奖问答环节。</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>Quiz</source>
            <translation>有奖问答</translation>
        </message>
        <message>
            <source>Add question…</source>
            <translation>添加题目…</translation>
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
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Record winner…</source>
            <translation>登记获奖者…</translation>
        </message>
        <message>
            <source>Take prize back</source>
            <translation>收回奖品</translation>
        </message>
        <message>
            <source>Prizes (from the supplies)</source>
            <translation>奖品（来自物资）</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>获奖者</translation>
        </message>
        <message>
            <source>Print quiz cards…</source>
            <translation>打印问答主持卡…</translation>
        </message>
        <message>
            <source>Questions: {questions} · rounds: {rounds}</source>
            <translation>题目：{questions} 道 · 轮次：{rounds} 轮</translation>
        </message>
        <message>
            <source>quiz-cards.pdf</source>
            <translation>有奖问答主持卡.pdf</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WinnerDialog</name>
        <message>
            <source>Quiz winner</source>
            <translation>问答获奖者</translation>
        </message>
        <message>
            <source>(no question)</source>
            <translation>（不对应题目）</translation>
        </message>
        <message>
            <source>(choose a prize)</source>
            <translation>（请选择奖品）</translation>
        </message>
        <message>
            <source>e.g. 电子信息 2301 班</source>
            <translation>例如：电子信息 2301 班</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>获奖者</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>A winner needs a name.</source>
            <translation>请填写获奖者姓名。</translation>
        </message>
        <message>
            <source>Choose the prize they take.</source>
            <translation>请选择发放的奖品。</translation>
        </message>
    </context>
    <context>
        <name>WinnerTableModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>获奖者</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖品</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
    </context>
</TS>
