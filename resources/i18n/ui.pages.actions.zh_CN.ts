<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/actions.py" line="37" />
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="38" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="39" />
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="40" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="41" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="42" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="43" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="44" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="45" />
        <source>Latest feedback</source>
        <translation>最新反馈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="48" />
        <source>Search decisions</source>
        <translation>搜索议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="54" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="58" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="67" />
        <source>Add feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="68" />
        <source>Mark done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="69" />
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="70" />
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="71" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="72" />
        <source>Open meeting</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="94" />
        <source>Loading decisions</source>
        <translation>正在读取议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="101" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="138" />
        <source>%1 of %2 decisions shown; %3 overdue</source>
        <translation>显示 %1 / %2 项议定事项，其中逾期 %3 项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="148" />
        <source>From the minutes: </source>
        <translation>出自纪要：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="173" />
        <source>Saved decision: </source>
        <translation>已保存议定事项：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="190" />
        <source>Close decision</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="191" />
        <source>Close (销号) this decision? It leaves the follow-up list.</source>
        <translation>确定对这项议定事项销号吗？销号后不再督办。</translation>
    </message>
</context>
</TS>