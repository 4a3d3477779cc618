<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="36" />
        <source>Edit decision</source>
        <translation>编辑议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="36" />
        <source>New decision</source>
        <translation>新增议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="46" />
        <location filename="../../ui/meetings/action_dialogs.py" line="51" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="56" />
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="67" />
        <location filename="../../ui/meetings/action_dialogs.py" line="116" />
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="71" />
        <source>From the minutes</source>
        <translation>出自纪要</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="72" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="73" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="76" />
        <source>Please enter the decision.</source>
        <translation>请填写议定事项的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="96" />
        <location filename="../../ui/meetings/action_dialogs.py" line="134" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="103" />
        <source>Add feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="117" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="118" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="119" />
        <source>Reported by</source>
        <translation>反馈单位/人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="121" />
        <source>Please enter the feedback.</source>
        <translation>请填写反馈内容。</translation>
    </message>
</context>
</TS>