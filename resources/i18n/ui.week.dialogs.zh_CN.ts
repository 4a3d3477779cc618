<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/week/dialogs.py" line="35"/>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="37"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="39"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="48"/>
        <source>e.g. County head&apos;s calendar</source>
        <translation>如：县长日程</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="49"/>
        <source>Calendar name</source>
        <translation>日历名称</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="58"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="61"/>
        <source>(nobody — e.g. an upper-level notice calendar)</source>
        <translation>（无 — 如上级通知日历）</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="65"/>
        <source>Whose calendar</source>
        <translation>所属人员</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="66"/>
        <source>Re-importing into an existing calendar updates its events and removes the ones no longer in the file. Attendees found in the directory count in conflict checks.</source>
        <translation>再次导入到已有日历时，会更新其中的日程并删除文件中已没有的日程。通讯录中能找到的参会人会纳入冲突检查。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="71"/>
        <source>Please enter the calendar name.</source>
        <translation>请填写日历名称。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="85"/>
        <source>Calendar colour</source>
        <translation>日历颜色</translation>
    </message>
</context>
</TS>
