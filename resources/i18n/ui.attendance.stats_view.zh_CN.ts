<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="66"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="66"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="66"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="67"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="67"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="72"/>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="72"/>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="72"/>
        <source>By meeting</source>
        <translation>按会议</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="74"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="77"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="80"/>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="85"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="96"/>
        <source>In person</source>
        <translation>本人出席</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="97"/>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="97"/>
        <location filename="../../ui/attendance/stats_view.py" line="219"/>
        <source>Attendance rate (in person)</source>
        <translation>出席率（本人）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="98"/>
        <source>Attendance rate (incl. substitutes)</source>
        <translation>到会率（含代会）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="101"/>
        <source>Counted for</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="117"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="121"/>
        <source>Attendance rate in person, by unit</source>
        <translation>各单位出席率（本人）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="133"/>
        <source>Attendance report (通报)</source>
        <translation>通报名单</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="202"/>
        <source>%1: %2 meetings, expected %3, present %4 (substitutes %5), on leave %6, late %7, absent %8, attendance rate %9 in person, %10 including substitutes.</source>
        <translation>%1：会议 %2 次，应到 %3 人次，实到 %4 人次（其中代会 %5），请假 %6，迟到 %7，缺席 %8；出席率（本人）%9，到会率（含代会）%10。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="95"/>
        <source>Meeting count</source>
        <translation>会议数</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="102"/>
        <location filename="../../ui/attendance/stats_view.py" line="110"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="103"/>
        <source>Title / time</source>
        <translation>职务/时间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="95"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="95"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="96"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="96"/>
        <source>Substitutes</source>
        <translation>代会</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="96"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="97"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="108"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="109"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="111"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="112"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="113"/>
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="114"/>
        <source>Situation</source>
        <translation>情形</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="115"/>
        <source>Asked for leave</source>
        <translation>是否请假</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="116"/>
        <source>Asked by</source>
        <translation>请假方式</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="132"/>
        <source>Statistics</source>
        <translation>统计表</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="191"/>
        <source>Computing statistics</source>
        <translation>正在统计</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="211"/>
        <source>Statistics computed for %1.</source>
        <translation>已统计 %1 的考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="242"/>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="242"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="251"/>
        <source>Statistics exported to %1.</source>
        <translation>统计已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="252"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
</TS>
