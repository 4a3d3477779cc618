<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/week.py" line="83" />
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="84" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="85" />
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="94" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="94" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="94" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="95" />
        <source>Venues</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="102" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="107" />
        <source>Person (name or pinyin)</source>
        <translation>人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="114" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="118" />
        <source>Import .ics…</source>
        <translation>导入 .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="119" />
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="122" />
        <source>Export this week</source>
        <translation>导出本周日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="123" />
        <source>Export with confidential details</source>
        <translation>导出（含内部/涉密会议详情）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="125" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="128" />
        <source>Weekly schedule (grid)…</source>
        <translation>一周会议安排（表格）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="131" />
        <source>Weekly schedule (list)…</source>
        <translation>一周会议安排（列表）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="133" />
        <source>Weekly schedule with secret meetings' details…</source>
        <translation>一周会议安排（含涉密会议详情）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="138" />
        <location filename="../../ui/pages/week.py" line="264" />
        <source>Finalise week</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="157" />
        <source>Accept proposal…</source>
        <translation>采纳建议…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="164" />
        <source>Nothing is merged until you accept a proposal.</source>
        <translation>只有采纳建议后才会合并会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="171" />
        <source>Double-click a change to give its reason.</source>
        <translation>双击一项变更可填写变更原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="173" />
        <location filename="../../ui/pages/week.py" line="274" />
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="174" />
        <location filename="../../ui/pages/week.py" line="275" />
        <source>Merge proposals</source>
        <translation>合并建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="175" />
        <source>Changes and notes</source>
        <translation>变更与提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="221" />
        <source>All venues</source>
        <translation>全部会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="222" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="223" />
        <source>All calendars</source>
        <translation>全部日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="224" />
        <source>Office meetings only</source>
        <translation>仅本办会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="248" />
        <source>Loading the week…</source>
        <translation>正在读取周安排…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="256" />
        <source> (edition %1)</source>
        <translation>（第%1版）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="264" />
        <source>Re-issue week</source>
        <translation>重新签发</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="276" />
        <source>Week shown: %1 meetings and events, %2 conflicts.</source>
        <translation>周安排已显示：会议和日程 %1 个，冲突 %2 处。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="295" />
        <source>Elsewhere / imported</source>
        <translation>其他地点 / 导入日程</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="313" />
        <source>No conflicts this week.</source>
        <translation>本周没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="314" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="319" />
        <source>Double-click to open the meeting</source>
        <translation>双击打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="340" />
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="340" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="347" />
        <source>No changes, leave or notes this week.</source>
        <translation>本周没有变更、请假或提示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="385" />
        <source>Merge 《%1》 into 《%2》?

Its agenda items and participants move to 《%2》 and 《%1》 is cancelled (keeping its list for the record). This is recorded in both meetings' history.</source>
        <translation>把《%1》并入《%2》？

其议题和参会人员将移入《%2》，《%1》随之取消（原参会名单保留备查）。两个会议的修改记录都会记下此事。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="388" />
        <source>Accept proposal</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="401" />
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="410" />
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="413" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="414" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="422" />
        <source>Reason saved.</source>
        <translation>变更原因已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="447" />
        <source>%1 finalised, signed by %2.</source>
        <translation>%1已定稿，签发：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="452" />
        <source>Finalising…</source>
        <translation>正在定稿…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="459" />
        <source>Weekly schedule</source>
        <translation>一周会议安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="459" />
        <source> (list)</source>
        <translation>（列表）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="461" />
        <source> (with secret meetings)</source>
        <translation>（含涉密会议）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="467" />
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="468" />
        <location filename="../../ui/pages/week.py" line="487" />
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="483" />
        <source>Exported %1 meetings to %2.</source>
        <translation>已导出 %1 个会议到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="484" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="487" />
        <location filename="../../ui/pages/week.py" line="507" />
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="513" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/week.py" line="520" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未作任何更改。</translation>
    </message>
</context>
</TS>