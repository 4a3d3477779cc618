<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/signin.py" line="81" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="90" />
        <source>Headcount for the chair</source>
        <translation>报主持人人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="92" />
        <location filename="../../ui/pages/signin.py" line="655" />
        <source>Close sign-in</source>
        <translation>结束签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="94" />
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="100" />
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="100" />
        <location filename="../../ui/pages/signin.py" line="687" />
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="100" />
        <location filename="../../ui/pages/signin.py" line="688" />
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="101" />
        <source>Substitutes</source>
        <translation>代会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="101" />
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="101" />
        <source>Not yet arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="128" />
        <source>Report to the chair:</source>
        <translation>报主持人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="130" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="135" />
        <source>Type the number, a name or pinyin initials, then press Enter</source>
        <translation>输入序号、姓名或拼音首字母，按回车签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="158" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="160" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="161" />
        <location filename="../../ui/pages/signin.py" line="522" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="162" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="163" />
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="164" />
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="159" />
        <location filename="../../ui/pages/signin.py" line="521" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="165" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="187" />
        <source>Not yet arrived (click to sign in)</source>
        <translation>未到人员（点击即签到）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="249" />
        <source>Loading meetings</source>
        <translation>正在加载会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="263" />
        <source>Meeting #%1</source>
        <translation>会议 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="267" />
        <source>No meetings in the two weeks around today.</source>
        <translation>前后两周内没有会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="292" />
        <source>Loading the roster</source>
        <translation>正在加载签到名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="314" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="347" />
        <source>%1 substitutes</source>
        <translation>%1 代会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="401" />
        <source>Nobody on this meeting matches “%1”.</source>
        <translation>本次会议名单中没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="416" />
        <source>%1 people match — choose with the arrow keys and press Enter.</source>
        <translation>有 %1 人符合——用方向键选择后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="437" />
        <source>%1 already signed in at %2.</source>
        <translation>%1 已于 %2 签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="442" />
        <source>This meeting is %1; sign-in is not possible.</source>
        <translation>本次会议状态为“%1”，不能签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="448" />
        <source>Sign-in opens at %1 (30 minutes before the start).</source>
        <translation>签到 %1 开始（会前 30 分钟）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="490" />
        <source>Signed in: %1 (%2 %3)</source>
        <translation>已签到：%1（%2 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="492" />
        <source>, substitute: %1</source>
        <translation>，代会：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="494" />
        <source>, late by %1 min</source>
        <translation>，迟到 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="496" />
        <source>, early</source>
        <translation>，提前到会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="501" />
        <source>On approved leave</source>
        <translation>已请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="502" />
        <source>%1 is on approved leave. Who is signing in?</source>
        <translation>%1 已请假（已批准）。现在是谁签到？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="503" />
        <source>The person came after all</source>
        <translation>本人到会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="504" />
        <source>A substitute…</source>
        <translation>代会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="505" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="515" />
        <source>Substitute for %1</source>
        <translation>%1 的代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="516" />
        <location filename="../../ui/pages/signin.py" line="598" />
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="524" />
        <source>Enter the substitute's name.</source>
        <translation>请填写代会人员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="567" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="574" />
        <location filename="../../ui/pages/signin.py" line="580" />
        <source>Sign-in of %1 undone.</source>
        <translation>已撤销 %1 的签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="599" />
        <source>Sign in a substitute…</source>
        <translation>代会签到…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="600" />
        <source>Undo sign-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="601" />
        <source>Left early now</source>
        <translation>现在早退</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="602" />
        <source>Correct attendance…</source>
        <translation>更正考勤…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="622" />
        <source>%1 recorded as leaving early.</source>
        <translation>已记录 %1 早退。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="635" />
        <source>Attendance of %1 corrected.</source>
        <translation>已更正 %1 的考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="638" />
        <location filename="../../ui/pages/signin.py" line="666" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="650" />
        <source>Headcount copied: %1</source>
        <translation>已复制出席人数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="656" />
        <source>Everyone not signed in and not on approved leave will be marked absent. Continue?</source>
        <translation>未签到且没有已批准请假的人员将记为缺席。确定结束签到吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="662" />
        <source>Sign-in closed: %1</source>
        <translation>签到已结束：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="683" />
        <source>Correct attendance of %1</source>
        <translation>更正 %1 的考勤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="687" />
        <source>Not signed in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="688" />
        <source>Substitute</source>
        <translation>代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="688" />
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="696" />
        <source>New state</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="697" />
        <source>Reason (recorded in the log)</source>
        <translation>原因（记入日志）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="699" />
        <source>Enter the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
</TS>