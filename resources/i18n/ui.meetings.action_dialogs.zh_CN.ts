<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="34"/>
        <source>Edit decision</source>
        <translation>编辑议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="34"/>
        <source>New decision</source>
        <translation>新增议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="44"/>
        <location filename="../../ui/meetings/action_dialogs.py" line="49"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="54"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="65"/>
        <location filename="../../ui/meetings/action_dialogs.py" line="110"/>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="66"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="67"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="70"/>
        <source>Please enter the decision.</source>
        <translation>请填写议定事项的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="90"/>
        <location filename="../../ui/meetings/action_dialogs.py" line="128"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="97"/>
        <source>Add feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="111"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="112"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="113"/>
        <source>Reported by</source>
        <translation>反馈单位/人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/action_dialogs.py" line="115"/>
        <source>Please enter the feedback.</source>
        <translation>请填写反馈内容。</translation>
    </message>
</context>
</TS>
