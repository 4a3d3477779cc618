<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/signin.py" line="82"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="91"/>
        <source>Headcount for the chair</source>
        <translation>报主持人人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="93"/>
        <location filename="../../ui/pages/signin.py" line="730"/>
        <source>Close sign-in</source>
        <translation>结束签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="99"/>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="105"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="105"/>
        <location filename="../../ui/pages/signin.py" line="770"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="105"/>
        <location filename="../../ui/pages/signin.py" line="771"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="106"/>
        <source>Substitutes</source>
        <translation>代会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="106"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="106"/>
        <source>Not yet arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="133"/>
        <source>Report to the chair:</source>
        <translation>报主持人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="135"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="140"/>
        <source>Type the number, a name or pinyin initials, then press Enter</source>
        <translation>输入序号、姓名或拼音首字母，按回车签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="163"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="165"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="166"/>
        <location filename="../../ui/pages/signin.py" line="564"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="167"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="168"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="169"/>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="164"/>
        <location filename="../../ui/pages/signin.py" line="563"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="95"/>
        <source>Result sheet…</source>
        <translation>签到结果表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="96"/>
        <source>Preview the attendance result sheet: everyone&apos;s mark, sign-in time and the totals</source>
        <translation>预览签到结果表：每人的签到情况、签到时间和合计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="170"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="192"/>
        <source>Not yet arrived (click to sign in)</source>
        <translation>未到人员（点击即签到）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="224"/>
        <source>Undo the last sign-in</source>
        <translation>撤销最近一次签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="225"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="226"/>
        <source>Back to the sign-in field</source>
        <translation>回到签到输入框</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="227"/>
        <source>Clear the field / leave full screen</source>
        <translation>清空输入框 / 退出全屏</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="256"/>
        <source>Loading meetings</source>
        <translation>正在加载会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="270"/>
        <source>Meeting #%1</source>
        <translation>会议 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="274"/>
        <source>No meetings in the two weeks around today.</source>
        <translation>前后两周内没有会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="299"/>
        <source>Loading the roster</source>
        <translation>正在加载签到名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="321"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="354"/>
        <source>%1 substitutes</source>
        <translation>%1 代会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="408"/>
        <source>Nobody on this meeting matches “%1”.</source>
        <translation>本次会议名单中没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="423"/>
        <source>%1 people match — choose with the arrow keys and press Enter.</source>
        <translation>有 %1 人符合——用方向键选择后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="446"/>
        <source>%1 already signed in at %2.</source>
        <translation>%1 已于 %2 签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="451"/>
        <source>This meeting is %1; sign-in is not possible.</source>
        <translation>本次会议状态为“%1”，不能签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="457"/>
        <source>Sign-in opens at %1 (30 minutes before the start).</source>
        <translation>签到 %1 开始（会前 30 分钟）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="501"/>
        <source>Signed in: %1 (%2 %3)</source>
        <translation>已签到：%1（%2 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="503"/>
        <source>, substitute: %1</source>
        <translation>，代会：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="505"/>
        <source>, late by %1 min</source>
        <translation>，迟到 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="507"/>
        <source>, early</source>
        <translation>，提前到会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="519"/>
        <source>On approved leave</source>
        <translation>已请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="520"/>
        <source>%1 is on approved leave. Who is signing in?</source>
        <translation>%1 已请假（已批准）。现在是谁签到？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="521"/>
        <source>Enter keeps the leave; choose “The person came after all” only if %1 is here.</source>
        <translation>按回车键保持请假；只有%1本人确已到会时才点“本人到会”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="523"/>
        <source>Keep the leave</source>
        <translation>保持请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="524"/>
        <source>The person came after all</source>
        <translation>本人到会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="525"/>
        <source>A substitute…</source>
        <translation>代会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="541"/>
        <source>%1 stays on leave; nothing was changed.</source>
        <translation>%1 仍为请假，未作更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="551"/>
        <source>Substitute for %1</source>
        <translation>%1 的代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="552"/>
        <location filename="../../ui/pages/signin.py" line="673"/>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="559"/>
        <source>Why the substitute is accepted without approval</source>
        <translation>未经批准仍由其代会的原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="566"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="574"/>
        <source>No approved leave names this substitute: it will be recorded as a substitute without approval and listed in the attendance report.</source>
        <translation>没有经批准的请假写明由此人代会：将记为“未经批准代会”，并列入通报。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="583"/>
        <source>Enter the substitute&apos;s name.</source>
        <translation>请填写代会人员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="585"/>
        <source>Enter why the substitute is accepted without approval.</source>
        <translation>请填写未经批准代会的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="631"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="638"/>
        <location filename="../../ui/pages/signin.py" line="655"/>
        <source>Sign-in of %1 undone.</source>
        <translation>已撤销 %1 的签到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="674"/>
        <source>Sign in a substitute…</source>
        <translation>代会签到…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="675"/>
        <source>Undo sign-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="676"/>
        <source>Left early now</source>
        <translation>现在早退</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="677"/>
        <source>Correct attendance…</source>
        <translation>更正考勤…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="697"/>
        <source>%1 recorded as leaving early.</source>
        <translation>已记录 %1 早退。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="710"/>
        <source>Attendance of %1 corrected.</source>
        <translation>已更正 %1 的考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="713"/>
        <location filename="../../ui/pages/signin.py" line="741"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="725"/>
        <source>Headcount copied: %1</source>
        <translation>已复制出席人数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="731"/>
        <source>Everyone not signed in and not on approved leave will be marked absent. Continue?</source>
        <translation>未签到且没有已批准请假的人员将记为缺席。确定结束签到吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="737"/>
        <source>Sign-in closed: %1</source>
        <translation>签到已结束：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="766"/>
        <source>Correct attendance of %1</source>
        <translation>更正 %1 的考勤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="770"/>
        <source>Not signed in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="771"/>
        <source>Substitute</source>
        <translation>代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="771"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="779"/>
        <source>New state</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="780"/>
        <source>Reason (recorded in the log)</source>
        <translation>原因（记入日志）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/signin.py" line="782"/>
        <source>Enter the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
</TS>
