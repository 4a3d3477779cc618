<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/__init__.py" line="24" />
        <source>Dashboard</source>
        <comment>nav</comment>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="25" />
        <source>Week schedule</source>
        <comment>nav</comment>
        <translation>周安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="26" />
        <source>Meetings</source>
        <comment>nav</comment>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="27" />
        <source>Sign-in</source>
        <comment>nav</comment>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="28" />
        <source>Leave</source>
        <comment>nav</comment>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="29" />
        <source>Handouts</source>
        <comment>nav</comment>
        <translation>明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="30" />
        <source>Follow-up</source>
        <comment>nav</comment>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="31" />
        <source>Meeting reduction</source>
        <comment>nav</comment>
        <translation>会议精简</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="32" />
        <source>Directory</source>
        <comment>nav</comment>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="33" />
        <source>Settings</source>
        <comment>nav</comment>
        <translation>设置</translation>
    </message>
</context>
</TS>