<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/signin.py" line="82" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="91" />
        <source>Headcount for the chair</source>
        <translation>报主持人人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="93" />
        <location filename="../../ui/pages/signin.py" line="725" />
        <source>Close sign-in</source>
        <translation>结束签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="95" />
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="101" />
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="101" />
        <location filename="../../ui/pages/signin.py" line="757" />
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="101" />
        <location filename="../../ui/pages/signin.py" line="758" />
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="102" />
        <source>Substitutes</source>
        <translation>代会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="102" />
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="102" />
        <source>Not yet arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="129" />
        <source>Report to the chair:</source>
        <translation>报主持人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="131" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="136" />
        <source>Type the number, a name or pinyin initials, then press Enter</source>
        <translation>输入序号、姓名或拼音首字母，按回车签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="159" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="161" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="162" />
        <location filename="../../ui/pages/signin.py" line="559" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="163" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="164" />
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="165" />
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="160" />
        <location filename="../../ui/pages/signin.py" line="558" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="166" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="188" />
        <source>Not yet arrived (click to sign in)</source>
        <translation>未到人员（点击即签到）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="251" />
        <source>Loading meetings</source>
        <translation>正在加载会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="265" />
        <source>Meeting #%1</source>
        <translation>会议 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="269" />
        <source>No meetings in the two weeks around today.</source>
        <translation>前后两周内没有会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="294" />
        <source>Loading the roster</source>
        <translation>正在加载签到名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="316" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="349" />
        <source>%1 substitutes</source>
        <translation>%1 代会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="403" />
        <source>Nobody on this meeting matches “%1”.</source>
        <translation>本次会议名单中没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="418" />
        <source>%1 people match — choose with the arrow keys and press Enter.</source>
        <translation>有 %1 人符合——用方向键选择后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="441" />
        <source>%1 already signed in at %2.</source>
        <translation>%1 已于 %2 签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="446" />
        <source>This meeting is %1; sign-in is not possible.</source>
        <translation>本次会议状态为“%1”，不能签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="452" />
        <source>Sign-in opens at %1 (30 minutes before the start).</source>
        <translation>签到 %1 开始（会前 30 分钟）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="496" />
        <source>Signed in: %1 (%2 %3)</source>
        <translation>已签到：%1（%2 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="498" />
        <source>, substitute: %1</source>
        <translation>，代会：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="500" />
        <source>, late by %1 min</source>
        <translation>，迟到 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="502" />
        <source>, early</source>
        <translation>，提前到会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="514" />
        <source>On approved leave</source>
        <translation>已请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="515" />
        <source>%1 is on approved leave. Who is signing in?</source>
        <translation>%1 已请假（已批准）。现在是谁签到？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="516" />
        <source>Enter keeps the leave; choose “The person came after all” only if %1 is here.</source>
        <translation>按回车键保持请假；只有%1本人确已到会时才点“本人到会”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="518" />
        <source>Keep the leave</source>
        <translation>保持请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="519" />
        <source>The person came after all</source>
        <translation>本人到会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="520" />
        <source>A substitute…</source>
        <translation>代会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="536" />
        <source>%1 stays on leave; nothing was changed.</source>
        <translation>%1 仍为请假，未作更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="546" />
        <source>Substitute for %1</source>
        <translation>%1 的代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="547" />
        <location filename="../../ui/pages/signin.py" line="668" />
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="554" />
        <source>Why the substitute is accepted without approval</source>
        <translation>未经批准仍由其代会的原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="561" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="569" />
        <source>No approved leave names this substitute: it will be recorded as a substitute without approval and listed in the attendance report.</source>
        <translation>没有经批准的请假写明由此人代会：将记为“未经批准代会”，并列入通报。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="578" />
        <source>Enter the substitute's name.</source>
        <translation>请填写代会人员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="580" />
        <source>Enter why the substitute is accepted without approval.</source>
        <translation>请填写未经批准代会的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="626" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="633" />
        <location filename="../../ui/pages/signin.py" line="650" />
        <source>Sign-in of %1 undone.</source>
        <translation>已撤销 %1 的签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="669" />
        <source>Sign in a substitute…</source>
        <translation>代会签到…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="670" />
        <source>Undo sign-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="671" />
        <source>Left early now</source>
        <translation>现在早退</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="672" />
        <source>Correct attendance…</source>
        <translation>更正考勤…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="692" />
        <source>%1 recorded as leaving early.</source>
        <translation>已记录 %1 早退。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="705" />
        <source>Attendance of %1 corrected.</source>
        <translation>已更正 %1 的考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="708" />
        <location filename="../../ui/pages/signin.py" line="736" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="720" />
        <source>Headcount copied: %1</source>
        <translation>已复制出席人数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="726" />
        <source>Everyone not signed in and not on approved leave will be marked absent. Continue?</source>
        <translation>未签到且没有已批准请假的人员将记为缺席。确定结束签到吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="732" />
        <source>Sign-in closed: %1</source>
        <translation>签到已结束：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="753" />
        <source>Correct attendance of %1</source>
        <translation>更正 %1 的考勤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="757" />
        <source>Not signed in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="758" />
        <source>Substitute</source>
        <translation>代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="758" />
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="766" />
        <source>New state</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="767" />
        <source>Reason (recorded in the log)</source>
        <translation>原因（记入日志）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="769" />
        <source>Enter the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
</TS>