<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/dashboard.py" line="45" />
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="46" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="46" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="46" />
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="46" />
        <source>Due tomorrow</source>
        <translation>明日到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="47" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="48" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="49" />
        <location filename="../../ui/pages/dashboard.py" line="65" />
        <location filename="../../ui/pages/dashboard.py" line="79" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="50" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="54" />
        <source>Checklist items overdue, due today and tomorrow</source>
        <translation>逾期、今日和明日到期的会务事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="56" />
        <source>Mark done (Space)</source>
        <translation>标记完成（空格）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="57" />
        <source>Open meeting</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="62" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64" />
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="66" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="68" />
        <source>Checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="72" />
        <source>Meetings in the next 7 days</source>
        <translation>未来 7 天的会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="76" />
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="77" />
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="78" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="80" />
        <source>Latest feedback</source>
        <translation>最新反馈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="83" />
        <source>Overdue decisions</source>
        <translation>逾期的议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="87" />
        <source>Due by</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="88" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="89" />
        <source>Meeting or handout</source>
        <translation>会议或明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="90" />
        <source>Still missing</source>
        <translation>未回复 / 说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="94" />
        <source>To chase: replies, leave, returned tables and classified copies</source>
        <translation>待催办：回执、请假、明白纸附表、涉密材料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="99" />
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="109" />
        <source>Review requests</source>
        <translation>审核申报</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137" />
        <source>Loading the dashboard</source>
        <translation>正在读取工作台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="153" />
        <source>Today %1: %2 checklist items due today, %3 overdue; %4 meetings in the next 7 days; %5 overdue decisions.</source>
        <translation>今天 %1：会务事项今日到期 %2 项、逾期 %3 项；未来 7 天有 %4 个会议；逾期议定事项 %5 项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="175" />
        <source>Done: </source>
        <translation>已完成：</translation>
    </message>
</context>
</TS>