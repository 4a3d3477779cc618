<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/week.py" line="84" />
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="85" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="86" />
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="95" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="95" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="95" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="96" />
        <source>Venues</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="103" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="108" />
        <source>Person (name or pinyin)</source>
        <translation>人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="115" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="119" />
        <source>Import .ics…</source>
        <translation>导入 .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="120" />
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="123" />
        <source>Export this week</source>
        <translation>导出本周日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="124" />
        <source>Export with confidential details</source>
        <translation>导出（含内部/涉密会议详情）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="126" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="129" />
        <source>Weekly schedule (grid)…</source>
        <translation>一周会议安排（表格）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="132" />
        <source>Weekly schedule (list)…</source>
        <translation>一周会议安排（列表）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="134" />
        <source>Weekly schedule with secret meetings' details…</source>
        <translation>一周会议安排（含涉密会议详情）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="139" />
        <location filename="../../ui/pages/week.py" line="269" />
        <source>Finalise week</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="158" />
        <source>Accept proposal…</source>
        <translation>采纳建议…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="165" />
        <source>Nothing is merged until you accept a proposal.</source>
        <translation>只有采纳建议后才会合并会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="172" />
        <source>Double-click a change to give its reason.</source>
        <translation>双击一项变更可填写变更原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="174" />
        <location filename="../../ui/pages/week.py" line="279" />
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="175" />
        <location filename="../../ui/pages/week.py" line="280" />
        <source>Merge proposals</source>
        <translation>合并建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="176" />
        <source>Changes and notes</source>
        <translation>变更与提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="178" />
        <source>Requests</source>
        <translation>会议申报</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="225" />
        <source>All venues</source>
        <translation>全部会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="226" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="227" />
        <source>All calendars</source>
        <translation>全部日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="228" />
        <source>Office meetings only</source>
        <translation>仅本办会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="252" />
        <source>Loading the week…</source>
        <translation>正在读取周安排…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="261" />
        <source> (edition %1)</source>
        <translation>（第%1版）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="269" />
        <source>Re-issue week</source>
        <translation>重新签发</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="281" />
        <source>Week shown: %1 meetings and events, %2 conflicts.</source>
        <translation>周安排已显示：会议和日程 %1 个，冲突 %2 处。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="300" />
        <source>Elsewhere / imported</source>
        <translation>其他地点 / 导入日程</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="318" />
        <source>No conflicts this week.</source>
        <translation>本周没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="319" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="324" />
        <source>Double-click to open the meeting</source>
        <translation>双击打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="345" />
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="345" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="352" />
        <source>No changes, leave or notes this week.</source>
        <translation>本周没有变更、请假或提示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="390" />
        <source>Merge 《%1》 into 《%2》?

Its agenda items and participants move to 《%2》 and 《%1》 is cancelled (keeping its list for the record). This is recorded in both meetings' history.</source>
        <translation>把《%1》并入《%2》？

其议题和参会人员将移入《%2》，《%1》随之取消（原参会名单保留备查）。两个会议的修改记录都会记下此事。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="393" />
        <source>Accept proposal</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="406" />
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="415" />
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="418" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="419" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="427" />
        <source>Reason saved.</source>
        <translation>变更原因已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="452" />
        <source>%1 finalised, signed by %2.</source>
        <translation>%1已定稿，签发：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="457" />
        <source>Finalising…</source>
        <translation>正在定稿…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="464" />
        <source>Weekly schedule</source>
        <translation>一周会议安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="464" />
        <source> (list)</source>
        <translation>（列表）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="466" />
        <source> (with secret meetings)</source>
        <translation>（含涉密会议）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="472" />
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="473" />
        <location filename="../../ui/pages/week.py" line="492" />
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="488" />
        <source>Exported %1 meetings to %2.</source>
        <translation>已导出 %1 个会议到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="489" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="492" />
        <location filename="../../ui/pages/week.py" line="512" />
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="518" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="525" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未作任何更改。</translation>
    </message>
</context>
</TS>