<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/week.py" line="79" />
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="80" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="81" />
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="90" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="90" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="90" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="91" />
        <source>Venues</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="98" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="103" />
        <source>Person (name or pinyin)</source>
        <translation>人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="110" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="114" />
        <source>Import .ics…</source>
        <translation>导入 .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="115" />
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="118" />
        <source>Export this week</source>
        <translation>导出本周日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="119" />
        <source>Export with confidential details</source>
        <translation>导出（含内部/涉密会议详情）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="121" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="124" />
        <source>Weekly schedule (grid)…</source>
        <translation>一周会议安排（表格）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="127" />
        <source>Weekly schedule (list)…</source>
        <translation>一周会议安排（列表）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="129" />
        <source>Weekly schedule with secret meetings' details…</source>
        <translation>一周会议安排（含涉密会议详情）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="134" />
        <location filename="../../ui/pages/week.py" line="393" />
        <source>Finalise week</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="153" />
        <source>Accept proposal…</source>
        <translation>采纳建议…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="160" />
        <source>Nothing is merged until you accept a proposal.</source>
        <translation>只有采纳建议后才会合并会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="167" />
        <location filename="../../ui/pages/week.py" line="262" />
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="168" />
        <location filename="../../ui/pages/week.py" line="263" />
        <source>Merge proposals</source>
        <translation>合并建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="169" />
        <source>Changes and notes</source>
        <translation>变更与提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="215" />
        <source>All venues</source>
        <translation>全部会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="216" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="217" />
        <source>All calendars</source>
        <translation>全部日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="218" />
        <source>Office meetings only</source>
        <translation>仅本办会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="242" />
        <source>Loading the week…</source>
        <translation>正在读取周安排…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="264" />
        <source>Week shown: %1 meetings and events, %2 conflicts.</source>
        <translation>周安排已显示：会议和日程 %1 个，冲突 %2 处。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="283" />
        <source>Elsewhere / imported</source>
        <translation>其他地点 / 导入日程</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="301" />
        <source>No conflicts this week.</source>
        <translation>本周没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="302" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="307" />
        <source>Double-click to open the meeting</source>
        <translation>双击打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="326" />
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="326" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="333" />
        <source>No changes, leave or notes this week.</source>
        <translation>本周没有变更、请假或提示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="371" />
        <source>Merge 《%1》 into 《%2》?

Its agenda items and participants move to 《%2》 and 《%1》 is cancelled (keeping its list for the record). This is recorded in both meetings' history.</source>
        <translation>把《%1》并入《%2》？

其议题和参会人员将移入《%2》，《%1》随之取消（原参会名单保留备查）。两个会议的修改记录都会记下此事。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="374" />
        <source>Accept proposal</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="387" />
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="391" />
        <source>Finalise %1? Later changes will be recorded and printed as amendments.</source>
        <translation>将%1定稿？定稿后的改动会记为变更，并在打印时列出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="397" />
        <source>%1 finalised.</source>
        <translation>%1已定稿。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="401" />
        <source>Finalising…</source>
        <translation>正在定稿…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="408" />
        <source>Weekly schedule</source>
        <translation>一周会议安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="408" />
        <source> (list)</source>
        <translation>（列表）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="410" />
        <source> (with secret meetings)</source>
        <translation>（含涉密会议）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="416" />
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="417" />
        <location filename="../../ui/pages/week.py" line="436" />
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="432" />
        <source>Exported %1 meetings to %2.</source>
        <translation>已导出 %1 个会议到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="433" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="436" />
        <location filename="../../ui/pages/week.py" line="456" />
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="462" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="469" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未作任何更改。</translation>
    </message>
</context>
</TS>