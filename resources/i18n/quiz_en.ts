<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>PrizeTableModel</name>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>In supplies</source>
            <translation>In supplies</translation>
        </message>
        <message>
            <source>Handed out</source>
            <translation>Handed out</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <source>Quiz question</source>
            <translation>Quiz question</translation>
        </message>
        <message>
            <source>(no round)</source>
            <translation>(no round)</translation>
        </message>
        <message>
            <source>(no prize)</source>
            <translation>(no prize)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
    </context>
    <context>
        <name>QuestionTableModel</name>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>(no round)</source>
            <translation>(no round)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
    </context>
    <context>
        <name>Quiz</name>
        <message>
            <source>A question needs its text.</source>
            <translation>A question needs its text.</translation>
        </message>
        <message>
            <source>The question or the answer is too long.</source>
            <translation>The question or the answer is too long.</translation>
        </message>
        <message>
            <source>It cannot move further.</source>
            <translation>It cannot move further.</translation>
        </message>
        <message>
            <source>A winner needs a name.</source>
            <translation>A winner needs a name.</translation>
        </message>
        <message>
            <source>The name or the class is too long.</source>
            <translation>The name or the class is too long.</translation>
        </message>
        <message>
            <source>No “{value}” is left in the supplies: choose another prize.</source>
            <translation>No “{value}” is left in the supplies: choose another prize.</translation>
        </message>
        <message>
            <source>The quiz round “{round}” has no questions.</source>
            <translation>The quiz round “{round}” has no questions.</translation>
        </message>
        <message>
            <source>The quiz question “{question}” has no answer.</source>
            <translation>The quiz question “{question}” has no answer.</translation>
        </message>
        <message>
            <source>The quiz question “{question}” belongs to no round.</source>
            <translation>The quiz question “{question}” belongs to no round.</translation>
        </message>
        <message>
            <source>The quiz question “{question}” has no prize.</source>
            <translation>The quiz question “{question}” has no prize.</translation>
        </message>
        <message>
            <source>Only {left} “{prize}” left for {needed} questions still to win.</source>
            <translation>Only {left} “{prize}” left for {needed} questions still to win.</translation>
        </message>
        <message>
            <source>Add question “{q}”</source>
            <translation>Add question “{q}”</translation>
        </message>
        <message>
            <source>Edit question “{q}”</source>
            <translation>Edit question “{q}”</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n question(s)</source>
            <translation>
                <numerusform>Remove %n question</numerusform>
                <numerusform>Remove %n questions</numerusform>
            </translation>
        </message>
        <message>
            <source>Move question</source>
            <translation>Move question</translation>
        </message>
        <message>
            <source>{winner} wins {prize}</source>
            <translation>{winner} wins {prize}</translation>
        </message>
        <message numerus="yes">
            <source>Take back %n prize(s)</source>
            <translation>
                <numerusform>Take back %n prize</numerusform>
                <numerusform>Take back %n prizes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuizExport</name>
        <message>
            <source>Starts {time}</source>
            <translation>Starts {time}</translation>
        </message>
        <message>
            <source>Quiz cards for the host</source>
            <translation>Quiz cards for the host</translation>
        </message>
        <message>
            <source>Read the question, wait for hands, then the answer.</source>
            <translation>Read the question, wait for hands, then the answer.</translation>
        </message>
        <message>
            <source>Q{n}.</source>
            <translation>Q{n}.</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Answer: {answer}</translation>
        </message>
        <message>
            <source>Prize: {prize}</source>
            <translation>Prize: {prize}</translation>
        </message>
        <message>
            <source>No question for this round yet.</source>
            <translation>No question for this round yet.</translation>
        </message>
        <message>
            <source>The programme has no quiz round.</source>
            <translation>The programme has no quiz round.</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Add question…</source>
            <translation>Add question…</translation>
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
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Record winner…</source>
            <translation>Record winner…</translation>
        </message>
        <message>
            <source>Take prize back</source>
            <translation>Take prize back</translation>
        </message>
        <message>
            <source>Prizes (from the supplies)</source>
            <translation>Prizes (from the supplies)</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>Winners</translation>
        </message>
        <message>
            <source>Print quiz cards…</source>
            <translation>Print quiz cards…</translation>
        </message>
        <message>
            <source>Questions: {questions} · rounds: {rounds}</source>
            <translation>Questions: {questions} · rounds: {rounds}</translation>
        </message>
        <message>
            <source>quiz-cards.pdf</source>
            <translation>quiz-cards.pdf</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WinnerDialog</name>
        <message>
            <source>Quiz winner</source>
            <translation>Quiz winner</translation>
        </message>
        <message>
            <source>(no question)</source>
            <translation>(no question)</translation>
        </message>
        <message>
            <source>(choose a prize)</source>
            <translation>(choose a prize)</translation>
        </message>
        <message>
            <source>e.g. 电子信息 2301 班</source>
            <translation>e.g. 电子信息 2301 班</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Winner</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>A winner needs a name.</source>
            <translation>A winner needs a name.</translation>
        </message>
        <message>
            <source>Choose the prize they take.</source>
            <translation>Choose the prize they take.</translation>
        </message>
    </context>
    <context>
        <name>WinnerTableModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Winner</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
    </context>
</TS>
