<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="26" />
        <source>Rostrum members</source>
        <translation>主席台人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="29" />
        <source>chosen by you</source>
        <translation>已由您选定</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="29" />
        <source>by default: the chair and the leaders in seniority order</source>
        <translation>默认：主持人及领导按排序号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="30" />
        <source>Tick who sits on the rostrum (%1 seats in this room; %2). The seating chart and the table cards print exactly the ticked people; everyone else sits below by unit.</source>
        <translation>请勾选在主席台就座的人员（本会议室主席台 %1 席；%2）。座次表和席卡只印勾选的人员，其余人员按单位在台下就座。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="40" />
        <source> (not coming)</source>
        <translation>（不到会）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="52" />
        <source>Back to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="66" />
        <source>%1 on the rostrum</source>
        <translation>主席台 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="68" />
        <source> — more than the room's %1 seats</source>
        <translation>，超过本会议室主席台的 %1 席</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="81" />
        <source>Rostrum members saved.</source>
        <translation>主席台人员已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="81" />
        <source>Rostrum back to default.</source>
        <translation>主席台人员已恢复默认。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="84" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/platform_dialog.py" line="96" />
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
</context>
</TS>