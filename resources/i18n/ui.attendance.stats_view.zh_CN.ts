<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="52"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="52"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="52"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="53"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="53"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="58"/>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="58"/>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="58"/>
        <source>By meeting</source>
        <translation>按会议</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="60"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="63"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="66"/>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="71"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="80"/>
        <source>Counted for</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="83"/>
        <source>Meeting count</source>
        <translation>会议数</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="101"/>
        <source>Late or absent</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="81"/>
        <location filename="../../ui/attendance/stats_view.py" line="97"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="82"/>
        <source>Title / time</source>
        <translation>职务/时间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="84"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="85"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="86"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="87"/>
        <source>Substitutes</source>
        <translation>代会</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="88"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="89"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="90"/>
        <location filename="../../ui/attendance/stats_view.py" line="199"/>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="95"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="96"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="98"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="99"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="100"/>
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="102"/>
        <source>Asked for leave</source>
        <translation>是否请假</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="103"/>
        <source>Asked by</source>
        <translation>请假方式</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="107"/>
        <source>Attendance rate by unit</source>
        <translation>各单位出席率</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="118"/>
        <source>Statistics</source>
        <translation>统计表</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="119"/>
        <source>Late and absent (通报)</source>
        <translation>迟到缺席通报</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="173"/>
        <source>Computing statistics</source>
        <translation>正在统计</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="184"/>
        <source>%1: %2 meetings, expected %3, present %4 (substitutes %5), on leave %6, late %7, absent %8, attendance rate %9.</source>
        <translation>%1：共 %2 次会议，应到 %3 人次，实到 %4 人次（其中代会 %5），请假 %6，迟到 %7，缺席 %8，出席率 %9。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="191"/>
        <source>Statistics computed for %1.</source>
        <translation>已统计 %1 的考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="222"/>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="222"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="228"/>
        <source>Statistics exported to %1.</source>
        <translation>统计已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/stats_view.py" line="229"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
</TS>
